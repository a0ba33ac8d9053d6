using System.Globalization;
using Vestnik.Features.Search.Indexing;
using Vestnik.Features.Search.Querying;
using Vestnik.Infrastructure.Localization;
using Vestnik.Infrastructure.Time;

namespace Vestnik.Bench.Search;

/// <summary>
/// Does a headline find its own article? Indexes a Russian news corpus (tab-separated, with INPUT:title and
/// INPUT:text columns, as in corpus-ru-dev), then searches each article's exact headline, and the headline with one
/// word no article has, and reports the article's rank: hit@1, MRR over the first page, and how many are not on it.
/// </summary>
internal static class TitleSearchBenchmark
{
    /// <summary>A word no article of the corpus contains, as a reader's stray extra word.</summary>
    private const string StrayWord = "фотогалерея";

    public static void Run(string corpusFolder)
    {
        // Each article at its own hour, as in the earlier runs of this benchmark.
        var articles = LabelledNewsTsv.Load(corpusFolder, ContentLanguage.Ru)
            .Select(item => item.Article with { PublishedAt = item.Article.PublishedAt.AddHours(item.Article.Id) }).ToList();
        Console.WriteLine($"Corpus: {articles.Count} Russian articles ({corpusFolder})");
        using var bench = new BenchIndex();
        bench.Fill(articles);
        var search = new ArticleSearch(bench.Index, new NewsroomTime(TimeZoneInfo.Utc));

        Report("exact headline", articles, a => a.Title, search);
        Report($"headline + \"{StrayWord}\"", articles, a => $"{a.Title} {StrayWord}", search);
    }

    private static void Report(string what, List<IndexableArticle> articles, Func<IndexableArticle, string> query, ArticleSearch search)
    {
        var ranks = articles.Select(article =>
        {
            var hits = search.Search(new SearchRequest { Text = query(article), Language = ContentLanguage.Ru }).Hits;
            var index = hits.ToList().FindIndex(h => h.Id == article.Id);
            return index < 0 ? (int?)null : index + 1;
        }).ToList();
        var hitAt1 = ranks.Count(r => r == 1) / (double)ranks.Count;
        var mrr = ranks.Sum(r => r is { } rank ? 1.0 / rank : 0) / ranks.Count;
        var missing = ranks.Count(r => r is null);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{what,-36} hit@1 {hitAt1:0.000}  MRR@10 {mrr:0.000}  not on the first page: {missing} of {ranks.Count}"));
    }
}
