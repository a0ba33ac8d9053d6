using Lucene.Net.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Util;
using Vestnik.Features.Search.Indexing;

namespace Vestnik.Features.Search.Querying;

/// <summary>
/// "Did you mean": each word the index has never seen is replaced by the most frequent indexed word at most two
/// edits away. The vocabulary is the index's own, so a suggestion always finds something.
/// </summary>
internal static class Spelling
{
    private const int MinLength = 4;

    public static string? Suggest(IndexReader reader, IReadOnlyList<string> words, Analyzer wordsAnalyzer)
    {
        var terms = MultiFields.GetTerms(reader, SearchFields.Words);
        if (terms is null)
        {
            return null;
        }
        var changed = false;
        var suggestion = new List<string>(words.Count);
        foreach (var word in words)
        {
            var folded = Analysis.Tokens(wordsAnalyzer, word).FirstOrDefault();
            if (folded is null || folded.Length < MinLength || reader.DocFreq(new Term(SearchFields.Words, folded)) > 0)
            {
                suggestion.Add(word);
                continue;
            }
            var best = Closest(terms, folded);
            changed |= best is not null;
            suggestion.Add(best ?? word);
        }
        return changed ? string.Join(" ", suggestion) : null;
    }

    private static string? Closest(Terms terms, string word)
    {
        var candidates = new Lucene.Net.Search.FuzzyTermsEnum(
            terms, new AttributeSource(), new Term(SearchFields.Words, word), minSimilarity: 2, prefixLength: 1, transpositions: true);
        string? best = null;
        var bestDistance = int.MaxValue;
        var bestFrequency = 0;
        var seen = 0;
        while (candidates.MoveNext() && seen++ < 200)
        {
            var candidate = candidates.Term.Utf8ToString();
            var distance = Distance(word, candidate);
            var frequency = candidates.DocFreq;
            if (distance < bestDistance || (distance == bestDistance && frequency > bestFrequency))
            {
                (best, bestDistance, bestFrequency) = (candidate, distance, frequency);
            }
        }
        return best;
    }

    /// <summary>Optimal string alignment distance (a swap of neighbours is one edit).</summary>
    internal static int Distance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }
        for (var j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }
        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
        }
        return d[a.Length, b.Length];
    }
}
