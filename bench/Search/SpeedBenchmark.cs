using System.Diagnostics;
using System.Globalization;
using Vestnik.Features.Search.Querying;
using Vestnik.Features.Search.ReadAlso;
using Vestnik.Infrastructure.Localization;
using Vestnik.Infrastructure.Time;

namespace Vestnik.Bench.Search;

/// <summary>Index build throughput, search latency and "Read also" time on a synthetic corpus.</summary>
internal static class SpeedBenchmark
{
    private const int Queries = 300;
    private const int WarmUp = 50;
    private const int ReadAlsoSamples = 300;

    /// <param name="keptIndex">A folder to keep the index in: a later run with the same folder skips generation and build.</param>
    public static void Run(int count, bool searchToo = true, string? keptIndex = null)
    {
        var corpus = new SyntheticCorpus();
        using var bench = new BenchIndex(keptIndex);
        if (bench.IsFilled)
        {
            Console.WriteLine($"Reusing the index in {bench.Path}");
        }
        else
        {
            Build(corpus, count, bench);
        }
        var random = new Random(11);
        if (searchToo)
        {
            MeasureSearch(corpus, bench, random);
        }

        var finder = new RelatedArticlesFinder();
        var searcher = bench.Index.Acquire();
        var timings = new List<double>();
        for (var i = 0; i < ReadAlsoSamples + WarmUp; i++)
        {
            var id = random.Next(1, count + 1);
            var started = Stopwatch.GetTimestamp();
            finder.Find(searcher, id, ReadAlsoRefresher.Count);
            if (i >= WarmUp)
            {
                timings.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            }
        }
        var segments = searcher.IndexReader.Leaves.Count;
        bench.Index.Release(searcher);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Read also ({ReadAlsoSamples} articles after {WarmUp} unmeasured, {segments} index segments): mean {timings.Average():0.0} ms, p50 {Percentile(timings, 50):0.0} ms, p99 {Percentile(timings, 99):0.0} ms"));
    }

    private static void Build(SyntheticCorpus corpus, int count, BenchIndex bench)
    {
        var clock = Stopwatch.StartNew();
        var articles = corpus.Generate(count).ToList();
        var generated = clock.Elapsed;
        var words = articles.Sum(a => (long)(a.Title.Length + a.Dek.Length + a.Body.Length)) / count;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Generated {count:N0} articles ({words:N0} characters each on average) in {generated.TotalSeconds:0.0} s"));

        clock.Restart();
        bench.Fill(articles);
        var built = clock.Elapsed;
        var size = new DirectoryInfo(bench.Path).EnumerateFiles().Sum(f => f.Length);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Index build: {built.TotalSeconds:0.0} s, {count / built.TotalSeconds:N0} articles/s, {size / 1024.0 / 1024:0} MB on disk"));
    }

    private static void MeasureSearch(SyntheticCorpus corpus, BenchIndex bench, Random random)
    {
        var search = new ArticleSearch(bench.Index, new NewsroomTime(TimeZoneInfo.Utc));
        var requests = Enumerable.Range(0, Queries + WarmUp).Select(i =>
        {
            var language = i % 2 == 0 ? ContentLanguage.En : ContentLanguage.Ru;
            var text = string.Join(" ", Enumerable.Range(0, 1 + (i % 3)).Select(_ => corpus.QueryWord(language, random)));
            return new SearchRequest { Text = text, Language = language, Sort = i % 5 == 0 ? SearchSort.Date : SearchSort.Relevance };
        }).ToList();
        var hits = 0L;
        var latencies = new List<double>();
        foreach (var (request, i) in requests.Select((r, i) => (r, i)))
        {
            var started = Stopwatch.GetTimestamp();
            hits += search.Search(request).Total;
            if (i >= WarmUp)
            {
                latencies.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            }
        }
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Search ({Queries} queries of 1-3 words, page 1 with highlighted snippets, {hits / (double)requests.Count:N0} hits on average): p50 {Percentile(latencies, 50):0.0} ms, p99 {Percentile(latencies, 99):0.0} ms"));
    }

    private static double Percentile(List<double> values, int percentile)
    {
        var sorted = values.Order().ToList();
        return sorted[Math.Clamp((int)Math.Ceiling(percentile / 100.0 * sorted.Count) - 1, 0, sorted.Count - 1)];
    }
}
