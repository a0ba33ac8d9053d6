using System.Diagnostics;
using System.Globalization;
using Vestnik.Features.Search.Indexing;
using Vestnik.Features.Search.Querying;
using Vestnik.Infrastructure.Localization;
using Vestnik.Infrastructure.Time;

namespace Vestnik.Bench.Search;

/// <summary>
/// Does a misspelled or wrong-layout headline still find its article? Indexes the Russian corpus as the "titles"
/// benchmark does, then searches 200 headlines, each with one word of five letters or more mistyped (a neighbouring
/// key instead, a letter dropped, a neighbouring key added, two letters swapped; never the first letter), once
/// anywhere in the word and once in its last three letters, where the ending is; and each headline typed with the
/// Latin layout on. Reports hit@1, how many are not on the first page, how many of those found were found with every
/// word (not through the all-but-one fallback, which finds a long headline even when the mistyped word matches
/// nothing), and the time per search.
/// </summary>
internal static class TypoSearchBenchmark
{
    private const int Queries = 200;
    private static readonly string[] KeyRows = ["йцукенгшщзхъ", "фывапролджэ", "ячсмитьбю"];

    public static void Run(string corpusFolder)
    {
        var articles = Load(corpusFolder);
        Console.WriteLine($"Corpus: {articles.Count} Russian articles ({corpusFolder}); {Queries} queries each");
        using var bench = new BenchIndex();
        bench.Fill(articles);
        var search = new ArticleSearch(bench.Index, new NewsroomTime(TimeZoneInfo.Utc));
        var sample = articles.Take(Queries).ToList();

        var random = new Random(16);
        Report("one typo anywhere in a word", sample, a => Mistype(a.Title, random, inEnding: false), search);
        Report("one typo in a word's last 3 letters", sample, a => Mistype(a.Title, random, inEnding: true), search);
        Report("typed in the Latin layout", sample, a => KeyboardLayout.Switch(a.Title) ?? a.Title, search);
    }

    private static void Report(string what, List<IndexableArticle> articles, Func<IndexableArticle, string> query, ArticleSearch search)
    {
        var latencies = new List<double>();
        var everyWord = 0;
        var ranks = articles.Select(article =>
        {
            var started = Stopwatch.GetTimestamp();
            var results = search.Search(new SearchRequest { Text = query(article), Language = ContentLanguage.Ru });
            latencies.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            var index = results.Hits.ToList().FindIndex(h => h.Id == article.Id);
            everyWord += index >= 0 && !results.Partial ? 1 : 0;
            return index < 0 ? (int?)null : index + 1;
        }).ToList();
        var sorted = latencies.Order().ToList();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{what,-38} hit@1 {ranks.Count(r => r == 1) / (double)ranks.Count:0.000}  not on the first page: {ranks.Count(r => r is null),3} of {ranks.Count}  " +
            $"found with every word: {everyWord,3}  " +
            $"p50 {sorted[sorted.Count / 2]:0.0} ms  p99 {sorted[(int)Math.Ceiling(sorted.Count * 0.99) - 1]:0.0} ms"));
    }

    /// <summary>The headline with one typo in one of its words of five letters or more (unchanged when it has none).</summary>
    private static string Mistype(string headline, Random random, bool inEnding)
    {
        var words = headline.Split(' ');
        var candidates = Enumerable.Range(0, words.Length).Where(i => words[i].Length >= 5 && words[i].All(char.IsLetter)).ToList();
        if (candidates.Count == 0)
        {
            return headline;
        }
        var which = candidates[random.Next(candidates.Count)];
        var word = words[which];
        var position = inEnding ? random.Next(word.Length - 3, word.Length) : random.Next(1, word.Length);
        var letter = char.ToLowerInvariant(word[position]);
        words[which] = random.Next(4) switch
        {
            0 => word[..position] + Neighbour(letter, random) + word[(position + 1)..],
            1 => word.Remove(position, 1),
            2 => word.Insert(position, Neighbour(letter, random).ToString()),
            _ => position < word.Length - 1
                ? word[..position] + word[position + 1] + word[position] + word[(position + 2)..]
                : word[..(position - 1)] + word[position] + word[position - 1],
        };
        return string.Join(' ', words);
    }

    private static char Neighbour(char letter, Random random)
    {
        foreach (var row in KeyRows)
        {
            var at = row.IndexOf(letter, StringComparison.Ordinal);
            if (at >= 0)
            {
                var left = at > 0 ? row[at - 1] : row[at + 1];
                var right = at < row.Length - 1 ? row[at + 1] : row[at - 1];
                return random.Next(2) == 0 ? left : right;
            }
        }
        return 'а';
    }

    /// <summary>Distinct headlines with their texts, from the corpus's tab-separated files (INPUT:title, INPUT:text).</summary>
    private static List<IndexableArticle> Load(string folder)
    {
        var published = new DateTimeOffset(2020, 1, 1, 0, 0, 0, TimeSpan.Zero);
        var articles = new List<IndexableArticle>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(folder, "*.tsv").Order())
        {
            var lines = File.ReadAllLines(file);
            var header = lines[0].Split('\t');
            var titleColumn = Array.IndexOf(header, "INPUT:title");
            var textColumn = Array.IndexOf(header, "INPUT:text");
            foreach (var fields in lines.Skip(1).Select(line => line.Split('\t')))
            {
                var title = fields[titleColumn].Trim();
                if (title.Length > 0 && seen.Add(title))
                {
                    var id = articles.Count + 1;
                    articles.Add(new IndexableArticle(
                        id, ContentLanguage.Ru, title, title, "", fields[textColumn], $"/articles/{id}", "news", "Новости", [], [], [],
                        published.AddHours(id), null, null));
                }
            }
        }
        return articles;
    }
}
