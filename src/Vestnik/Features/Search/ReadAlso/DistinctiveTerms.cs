using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;

namespace Vestnik.Features.Search.ReadAlso;

/// <summary>
/// The query "more like this article": its most distinctive words by tf·idf, each boosted by its weight, chosen the
/// way Lucene's <c>MoreLikeThis</c> chooses them (the word's count over the article's fields, idf from the field where
/// the word is most common, by default at most <see cref="MaxQueryTerms"/> words).
/// <para>
/// Written out because <c>MoreLikeThis</c> asks the index for the document frequency of every word of the article
/// in every field, on every call: on 100,000 articles that was 80 % of the time of "Read also", and the feedback
/// pass asks again for the neighbours' words, mostly the same ones. Here the frequencies are remembered per index
/// reader, which never changes once opened, so a batch of articles pays for each word once.
/// </para>
/// </summary>
public sealed class DistinctiveTerms
{
    public const int MaxQueryTerms = 40;
    private const int MinWordLength = 2;
    private const int MinDocFreq = 2;

    private static readonly TFIDFSimilarity Similarity = new DefaultSimilarity();

    private readonly ConditionalWeakTable<IndexReader, ConcurrentDictionary<string, FieldFrequency>> _frequencies = new();

    private readonly record struct FieldFrequency(string Field, int DocFreq);

    public Query? Query(IndexReader reader, int docId, IReadOnlyList<string> fields, int maxTerms = MaxQueryTerms)
    {
        var counts = WordCounts(reader, docId, fields);
        if (counts.Count == 0)
        {
            return null;
        }
        var frequencies = _frequencies.GetValue(reader, _ => new ConcurrentDictionary<string, FieldFrequency>(StringComparer.Ordinal));
        var documents = reader.NumDocs;
        var scored = new List<(string Field, string Word, float Score)>(counts.Count);
        foreach (var (word, count) in counts)
        {
            var frequency = frequencies.GetOrAdd(word, static (w, state) => MostCommonField(state.Reader, state.Fields, w), (Reader: reader, Fields: fields));
            if (frequency.DocFreq < MinDocFreq)
            {
                continue;
            }
            scored.Add((frequency.Field, word, count * Similarity.Idf(frequency.DocFreq, documents)));
        }
        var top = scored.OrderByDescending(s => s.Score).ThenBy(s => s.Word, StringComparer.Ordinal).Take(maxTerms).ToList();
        if (top.Count == 0)
        {
            return null;
        }
        var query = new BooleanQuery();
        foreach (var (field, word, score) in top)
        {
            query.Add(new TermQuery(new Term(field, word)) { Boost = score / top[0].Score }, Occur.SHOULD);
        }
        return query;
    }

    /// <summary>Each word's count in the article, summed over the fields, from the stored term vectors.</summary>
    private static Dictionary<string, int> WordCounts(IndexReader reader, int docId, IReadOnlyList<string> fields)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        var vectors = reader.GetTermVectors(docId);
        if (vectors is null)
        {
            return counts;
        }
        foreach (var field in fields)
        {
            var terms = vectors.GetTerms(field);
            if (terms is null)
            {
                continue;
            }
            var words = terms.GetEnumerator();
            while (words.MoveNext())
            {
                var word = words.Term.Utf8ToString();
                if (word.Length >= MinWordLength)
                {
                    counts[word] = counts.GetValueOrDefault(word) + (int)words.TotalTermFreq;
                }
            }
        }
        return counts;
    }

    private static FieldFrequency MostCommonField(IndexReader reader, IReadOnlyList<string> fields, string word)
    {
        var best = new FieldFrequency(fields[0], 0);
        foreach (var field in fields)
        {
            var docFreq = reader.DocFreq(new Term(field, word));
            if (docFreq > best.DocFreq)
            {
                best = new FieldFrequency(field, docFreq);
            }
        }
        return best;
    }
}
