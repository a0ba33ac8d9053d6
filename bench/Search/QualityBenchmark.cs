using System.Diagnostics;
using System.Globalization;
using System.Text;
using Vestnik.Features.Search.Indexing;
using Vestnik.Features.Search.Querying;
using Vestnik.Features.Search.ReadAlso;
using Vestnik.Infrastructure.Localization;
using Vestnik.Infrastructure.Time;

namespace Vestnik.Bench.Search;

/// <summary>
/// Read-also precision@6 (share of the six that have the article's category) and search MRR@10 (the article's rank
/// for a query made of its title words), for the site's code and a plain TF-IDF cosine baseline in the same run.
/// </summary>
internal static class QualityBenchmark
{
    private sealed record Labeled(IndexableArticle Article, string Category);

    public static void RunBbc(string corpusFolder) => Run(LoadBbc(corpusFolder), corpusFolder);

    /// <summary>The expert-labelled Russian development set (corpus-ru-dev): 8 categories, one date and section for all.</summary>
    public static void RunRussian(string corpusFolder) =>
        Run(LabelledNewsTsv.Load(corpusFolder, ContentLanguage.Ru).Select(item => new Labeled(item.Article, item.Category)).ToList(), corpusFolder);

    /// <summary>The demo newsroom, its section as the category; the rerank's section bonus favours the same section.</summary>
    public static void RunDemo() => Run(LoadDemo(), "demo corpus, category = section");

    private static void Run(List<Labeled> corpus, string name)
    {
        Console.WriteLine($"Corpus: {corpus.Count} articles in {corpus.Select(c => c.Category).Distinct().Count()} categories ({name})");

        using var bench = new BenchIndex();
        var clock = Stopwatch.StartNew();
        bench.Fill(corpus.Select(c => c.Article));
        Console.WriteLine($"Indexed in {clock.Elapsed.TotalSeconds:0.0} s");

        var byId = corpus.ToDictionary(c => c.Article.Id);
        var finder = new RelatedArticlesFinder();
        var searcher = bench.Index.Acquire();
        var precision = new List<double>();
        foreach (var item in corpus)
        {
            var related = finder.Find(searcher, item.Article.Id, ReadAlsoRefresher.Count);
            precision.Add(related.Count(r => byId[r.Id].Category == item.Category) / (double)ReadAlsoRefresher.Count);
        }
        bench.Index.Release(searcher);

        var search = new ArticleSearch(bench.Index, new NewsroomTime(TimeZoneInfo.Utc));
        var reciprocal = new List<double>();
        foreach (var item in corpus)
        {
            var hits = search.Search(new SearchRequest { Text = item.Article.Title, Language = item.Article.Language }).Hits;
            var rank = hits.ToList().FindIndex(h => h.Id == item.Article.Id);
            reciprocal.Add(rank < 0 ? 0 : 1.0 / (rank + 1));
        }

        var baseline = new TfIdfBaseline(corpus.Select(c => $"{c.Article.Title}\n{c.Article.Dek}\n{c.Article.Body}").ToList());
        var basePrecision = corpus.Select((item, doc) =>
            baseline.Similar(doc, ReadAlsoRefresher.Count).Count(d => corpus[d].Category == item.Category) / (double)ReadAlsoRefresher.Count).ToList();
        var baseReciprocal = corpus.Select((item, doc) =>
        {
            var rank = baseline.Query(item.Article.Title, SearchRequest.PageSize).ToList().IndexOf(doc);
            return rank < 0 ? 0 : 1.0 / (rank + 1);
        }).ToList();

        Console.WriteLine();
        Console.WriteLine("| measure | Vestnik | TF-IDF cosine baseline | Vestnik − baseline (95 % CI) |");
        Console.WriteLine("|---|---|---|---|");
        Console.WriteLine(Row("Read also precision@6", precision, basePrecision));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| search MRR@10, title as query | {reciprocal.Average():0.000} | {baseReciprocal.Average():0.000} | |"));
        var categories = corpus.Select(c => c.Category).Distinct().Order().ToList();
        foreach (var category in categories)
        {
            var members = corpus.Select((c, i) => (c, i)).Where(x => x.c.Category == category).Select(x => x.i).ToList();
            Console.WriteLine(Row($"precision@6, {category} (n = {members.Count})",
                members.Select(i => precision[i]).ToList(), members.Select(i => basePrecision[i]).ToList()));
        }
        var means = categories.Select(category => corpus.Select((c, i) => (c, i)).Where(x => x.c.Category == category).Average(x => precision[x.i])).ToList();
        var baseMeans = categories.Select(category => corpus.Select((c, i) => (c, i)).Where(x => x.c.Category == category).Average(x => basePrecision[x.i])).ToList();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"| mean of the category means (lowest–highest) | {means.Average():0.000} ({means.Min():0.000}–{means.Max():0.000}) | {baseMeans.Average():0.000} ({baseMeans.Min():0.000}–{baseMeans.Max():0.000}) | |"));
    }

    /// <summary>
    /// Mean ± standard deviation over the articles of each side, and the paired difference with its 95 % confidence
    /// interval (normal approximation): on a few hundred articles a difference under the interval is noise.
    /// </summary>
    private static string Row(string measure, List<double> mine, List<double> theirs)
    {
        var differences = mine.Zip(theirs, (a, b) => a - b).ToList();
        var half = 1.96 * Deviation(differences) / Math.Sqrt(differences.Count);
        return string.Create(CultureInfo.InvariantCulture,
            $"| {measure} | {mine.Average():0.000} ± {Deviation(mine):0.000} | {theirs.Average():0.000} ± {Deviation(theirs):0.000} | {differences.Average():+0.000;-0.000} ± {half:0.000} |");
    }

    private static double Deviation(List<double> values)
    {
        var mean = values.Average();
        return values.Count < 2 ? 0 : Math.Sqrt(values.Sum(v => (v - mean) * (v - mean)) / (values.Count - 1));
    }

    private static List<Labeled> LoadDemo()
    {
        var demo = Vestnik.Features.Demo.DemoCorpus.Create();
        var ids = demo.Articles.Select((a, i) => (a.Key, Id: i + 1)).ToDictionary(x => x.Key, x => x.Id);
        var now = new DateTimeOffset(2026, 11, 28, 12, 0, 0, TimeSpan.Zero);
        return demo.Articles.Select(a =>
        {
            var id = ids[a.Key];
            var translation = a.TranslationOfKey is { } of ? ids[of]
                : demo.Articles.FirstOrDefault(t => t.TranslationOfKey == a.Key) is { } t ? ids[t.Key] : (int?)null;
            return new Labeled(new IndexableArticle(
                id, a.Language, a.Title, a.Title, a.Dek, a.BodyMarkdown, $"/articles/{id}", a.SectionSlug, a.SectionSlug, [],
                a.Tags.Select(tag => (tag.ToLowerInvariant(), tag)).ToList(), [], now - a.Age, translation,
                a.Source is { } source ? $"{source.OutletName}|{source.OriginalHeadline}" : null), a.SectionSlug);
        }).ToList();
    }

    /// <summary>One file per article: headline, blank line, body. One file is still Latin-1, so decode strictly first.</summary>
    private static List<Labeled> LoadBbc(string folder)
    {
        var strictUtf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
        var published = new DateTimeOffset(2005, 1, 1, 0, 0, 0, TimeSpan.Zero);
        var items = new List<Labeled>();
        foreach (var file in Directory.EnumerateDirectories(folder).Order().SelectMany(d => Directory.EnumerateFiles(d, "*.txt").Order()))
        {
            var bytes = File.ReadAllBytes(file);
            string text;
            try
            {
                text = strictUtf8.GetString(bytes);
            }
            catch (DecoderFallbackException)
            {
                text = Encoding.Latin1.GetString(bytes);
            }
            var lines = text.Replace("\r", "", StringComparison.Ordinal).Split('\n');
            var title = lines[0].Trim();
            var paragraphs = lines.Skip(1).Select(l => l.Trim()).Where(l => l.Length > 0).ToList();
            var id = items.Count + 1;
            var category = Path.GetFileName(Path.GetDirectoryName(file))!;
            // The first paragraph of a BBC story is its standfirst: it plays the part of our dek.
            items.Add(new Labeled(new IndexableArticle(
                id, ContentLanguage.En, title, title, paragraphs.FirstOrDefault() ?? "", string.Join("\n", paragraphs.Skip(1)),
                $"/en/articles/{id}", "news", "News", [], [], [], published, null, null), category));
        }
        return items;
    }
}
