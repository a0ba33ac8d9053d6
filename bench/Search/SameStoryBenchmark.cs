using System.Globalization;
using Lucene.Net.Search;
using Vestnik.Features.Search.Indexing;
using Vestnik.Features.Search.ReadAlso;
using Vestnik.Infrastructure.Localization;

namespace Vestnik.Bench.Search;

/// <summary>
/// Expert-labelled pairs of news articles from different outlets (tgcontest-toloka clustering_pairs: OK = the same
/// story, BAD = different stories), indexed among the labelled category articles of the same contest. For each pair:
/// is each article in the other's Read also, and would <see cref="SameStory"/> take them for one story (and so keep
/// only the newer of the two when both are candidates)?
/// </summary>
internal static class SameStoryBenchmark
{
    public static void Run(string tolokaFolder)
    {
        var pairs = LoadPairs(Path.Combine(tolokaFolder, "clustering_pairs"));
        var background = LabelledNewsTsv.Load(Path.Combine(tolokaFolder, "categories"), ContentLanguage.En).Select(x => x.Article).ToList();
        var articles = new List<IndexableArticle>();
        var published = new DateTimeOffset(2020, 1, 1, 0, 0, 0, TimeSpan.Zero);
        IndexableArticle Add(string title, string text)
        {
            var id = articles.Count + 1;
            var article = new IndexableArticle(id, ContentLanguage.En, title, title, "", text, $"/en/articles/{id}", "news", "News", [], [], [], published, null, null);
            articles.Add(article);
            return article;
        }
        var indexed = pairs.Select(p => (First: Add(p.FirstTitle, p.FirstText), Second: Add(p.SecondTitle, p.SecondText), p.Same)).ToList();
        foreach (var article in background)
        {
            Add(article.Title, article.Body);
        }
        Console.WriteLine($"{pairs.Count} pairs ({pairs.Count(p => p.Same)} same story), {articles.Count} articles indexed");

        using var bench = new BenchIndex();
        bench.Fill(articles);
        var searcher = bench.Index.Acquire();
        var finder = new RelatedArticlesFinder();
        var fields = SearchFields.Similarity(ContentLanguage.En);
        var rows = indexed.Select(pair =>
        {
            var firstList = finder.Find(searcher, pair.First.Id, ReadAlsoRefresher.Count).Select(m => m.Id).ToList();
            var secondList = finder.Find(searcher, pair.Second.Id, ReadAlsoRefresher.Count).Select(m => m.Id).ToList();
            var overlap = SameStory.Overlap(
                SameStory.Words(searcher.IndexReader, Doc(searcher, pair.First.Id), fields),
                SameStory.Words(searcher.IndexReader, Doc(searcher, pair.Second.Id), fields));
            return (pair.Same, InList: firstList.Contains(pair.Second.Id) && secondList.Contains(pair.First.Id), Overlap: overlap);
        }).ToList();
        bench.Index.Release(searcher);

        foreach (var same in new[] { true, false })
        {
            var group = rows.Where(r => r.Same == same).ToList();
            var overlaps = group.Select(r => r.Overlap).Order().ToList();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{(same ? "same story" : "different stories"),-18} n = {group.Count}: each in the other's Read also {group.Count(r => r.InList) / (double)group.Count:P0}; " +
                $"taken for one story at overlap ≥ {SameStory.Threshold:0.00}: {group.Count(r => r.Overlap >= SameStory.Threshold) / (double)group.Count:P0}; " +
                $"overlap {string.Join(" ", overlaps.Select(o => o.ToString("0.00", CultureInfo.InvariantCulture)))}"));
        }
    }

    private static int Doc(IndexSearcher searcher, int id) => searcher.Search(new TermQuery(SearchIndex.IdTerm(id)), 1).ScoreDocs[0].Doc;

    private sealed record Pair(string FirstTitle, string FirstText, string SecondTitle, string SecondText, bool Same);

    private static List<Pair> LoadPairs(string folder)
    {
        var pairs = new List<Pair>();
        foreach (var file in Directory.EnumerateFiles(folder, "*.tsv").Order())
        {
            var lines = File.ReadAllLines(file);
            var header = lines[0].Split('\t');
            int Column(string name) => Array.IndexOf(header, name);
            foreach (var fields in lines.Skip(1).Select(l => l.Split('\t').Select(LabelledNewsTsv.Unquote).ToArray()))
            {
                pairs.Add(new Pair(
                    fields[Column("INPUT:first_title")], fields[Column("INPUT:first_text")],
                    fields[Column("INPUT:second_title")], fields[Column("INPUT:second_text")],
                    fields[Column("GOLDEN:quality")] == "OK"));
            }
        }
        return pairs;
    }
}
