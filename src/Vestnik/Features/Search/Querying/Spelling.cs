using Lucene.Net.Index;
using Lucene.Net.Util;
using Vestnik.Features.Search.Indexing;

namespace Vestnik.Features.Search.Querying;

/// <summary>
/// "Did you mean": each word the index has never seen is replaced by the same keys in the other keyboard layout when
/// the index has that word, else by the most frequent indexed word at most two edits away. The vocabulary is the
/// index's own, so a suggestion always finds something.
/// </summary>
internal static class Spelling
{
    private const int MinLength = 4;
    private const int MaxScanned = 200;

    public static string? Suggest(Vocabulary vocabulary, IReadOnlyList<string> words)
    {
        var changed = false;
        var suggestion = new List<string>(words.Count);
        foreach (var word in words)
        {
            var correction = Correct(vocabulary, word);
            changed |= correction is not null;
            suggestion.Add(correction ?? word);
        }
        return changed ? string.Join(" ", suggestion) : null;
    }

    /// <summary>The vocabulary word a typed word most likely meant, or null when it is known, short or matches nothing.</summary>
    public static string? Correct(Vocabulary vocabulary, string word)
    {
        var folded = vocabulary.Fold(word);
        if (folded is null || folded.Length < MinLength || vocabulary.Has(folded))
        {
            return null;
        }
        if (KeyboardLayout.Switch(word) is { } switched && vocabulary.Fold(switched) is { } other && vocabulary.Has(other))
        {
            return other;
        }
        var terms = MultiFields.GetTerms(vocabulary.Reader, SearchFields.Words);
        return terms is null ? null : Closest(terms, folded);
    }

    private static string? Closest(Terms terms, string word)
    {
        var candidates = new Lucene.Net.Search.FuzzyTermsEnum(
            terms, new AttributeSource(), new Term(SearchFields.Words, word), minSimilarity: 2, prefixLength: 1, transpositions: true);
        string? best = null;
        var bestDistance = int.MaxValue;
        var bestFrequency = 0;
        var seen = 0;
        while (candidates.MoveNext() && seen++ < MaxScanned)
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
