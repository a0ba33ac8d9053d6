using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Vestnik.Features.Search.Indexing;

namespace Vestnik.Features.Search.ReadAlso;

/// <summary>
/// The words of one article as the index writes them, each with how often the article uses it, and which of them
/// identify its story (<see cref="StoryIdentity"/>). Read by running the index's analysis over the stored text, since
/// the term vectors keep no positions: a Russian word form the dictionary reads two ways ("стали": "стать" and
/// "сталь") gives both lemmas at one position, and here the two share that one use instead of each counting a whole
/// one. Counted twice, an ambiguous common word outweighed a word used once as often, and on the Russian set the
/// query leaned to whatever the dictionary reads two ways.
/// </summary>
public sealed record ArticleWords(IReadOnlyDictionary<string, double> Counts, IReadOnlySet<string> Identity)
{
    /// <summary>Shared: Lucene analyzers keep one token stream per thread and field.</summary>
    private static readonly Analyzer Analysis = NewsAnalyzers.ForIndex();

    public static ArticleWords Read(IEnumerable<(string Field, string? Text)> texts)
    {
        var counts = new Dictionary<string, double>(StringComparer.Ordinal);
        var identity = new HashSet<string>(StringComparer.Ordinal);
        var readings = new List<string>();
        void CountPosition()
        {
            foreach (var reading in readings)
            {
                counts[reading] = counts.GetValueOrDefault(reading) + 1.0 / readings.Count;
            }
            readings.Clear();
        }
        foreach (var (field, text) in texts)
        {
            if (string.IsNullOrEmpty(text))
            {
                continue;
            }
            using var stream = Analysis.GetTokenStream(field, text);
            var term = stream.AddAttribute<ICharTermAttribute>();
            var offset = stream.AddAttribute<IOffsetAttribute>();
            var position = stream.AddAttribute<IPositionIncrementAttribute>();
            stream.Reset();
            while (stream.IncrementToken())
            {
                if (position.PositionIncrement > 0)
                {
                    CountPosition();
                }
                var word = term.ToString();
                if (word.Length >= DistinctiveTerms.MinWordLength)
                {
                    readings.Add(word);
                }
                if (StoryIdentity.IsIdentity(text, offset.StartOffset, offset.EndOffset))
                {
                    identity.Add(word);
                }
            }
            stream.End();
            CountPosition();
        }
        return new ArticleWords(counts, identity);
    }
}
