using System.Text.RegularExpressions;

namespace Vestnik.Bench.Search;

/// <summary>
/// The yardstick: plain TF-IDF vectors over the whole text (lower-cased words, no stemming, no stop list),
/// compared by cosine. Nothing tuned, nothing newsroom-specific.
/// </summary>
internal sealed partial class TfIdfBaseline
{
    private readonly Dictionary<string, int> _vocabulary = [];
    private readonly List<(int Term, double Weight)[]> _vectors = [];
    private readonly List<List<(int Doc, double Weight)>> _postings = [];
    private readonly double[] _idf;

    public TfIdfBaseline(IReadOnlyList<string> texts)
    {
        var counts = texts.Select(Count).ToList();
        _idf = new double[_vocabulary.Count];
        var df = new int[_vocabulary.Count];
        foreach (var c in counts)
        {
            foreach (var term in c.Keys)
            {
                df[term]++;
            }
        }
        for (var t = 0; t < df.Length; t++)
        {
            _idf[t] = Math.Log((double)texts.Count / df[t]);
            _postings.Add([]);
        }
        for (var d = 0; d < counts.Count; d++)
        {
            var vector = Normalize(counts[d].Select(kv => (kv.Key, kv.Value * _idf[kv.Key])).ToArray());
            _vectors.Add(vector);
            foreach (var (term, weight) in vector)
            {
                _postings[term].Add((d, weight));
            }
        }
    }

    /// <summary>The documents most similar to document <paramref name="doc"/>, itself excluded.</summary>
    public IEnumerable<int> Similar(int doc, int count) => Rank(_vectors[doc], count + 1).Where(d => d != doc).Take(count);

    /// <summary>The documents most similar to a free-text query.</summary>
    public IEnumerable<int> Query(string text, int count)
    {
        var terms = Words(text).Where(_vocabulary.ContainsKey).GroupBy(w => _vocabulary[w])
            .Select(g => (g.Key, g.Count() * _idf[g.Key])).ToArray();
        return Rank(Normalize(terms), count);
    }

    private IEnumerable<int> Rank((int Term, double Weight)[] vector, int count)
    {
        var scores = new Dictionary<int, double>();
        foreach (var (term, weight) in vector)
        {
            foreach (var (doc, other) in _postings[term])
            {
                scores[doc] = scores.GetValueOrDefault(doc) + weight * other;
            }
        }
        return scores.OrderByDescending(s => s.Value).ThenBy(s => s.Key).Take(count).Select(s => s.Key);
    }

    private Dictionary<int, int> Count(string text)
    {
        var counts = new Dictionary<int, int>();
        foreach (var word in Words(text))
        {
            if (!_vocabulary.TryGetValue(word, out var term))
            {
                _vocabulary[word] = term = _vocabulary.Count;
            }
            counts[term] = counts.GetValueOrDefault(term) + 1;
        }
        return counts;
    }

    private static (int, double)[] Normalize((int, double)[] vector)
    {
        var norm = Math.Sqrt(vector.Sum(v => v.Item2 * v.Item2));
        return norm == 0 ? vector : vector.Select(v => (v.Item1, v.Item2 / norm)).ToArray();
    }

    private static IEnumerable<string> Words(string text) => WordPattern().Matches(text.ToLowerInvariant()).Select(m => m.Value);

    [GeneratedRegex(@"[\p{L}\p{N}]+")]
    private static partial Regex WordPattern();
}
