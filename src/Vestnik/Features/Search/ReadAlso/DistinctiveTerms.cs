using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Util;

namespace Vestnik.Features.Search.ReadAlso;

/// <summary>
/// The query "more like this article": its most distinctive words by tf·idf, each boosted by its weight, where the
/// words that identify the story (names, places, numbers: <see cref="StoryIdentity"/>) weigh more than the common
/// vocabulary of news.
/// <para>
/// Document frequencies are remembered per index reader, which never changes once opened, so a batch of articles
/// pays for each word once; each word is looked up in the body field, where nearly every word is most common, and
/// only a word the bodies hardly know is looked up in the other fields.
/// </para>
/// </summary>
public sealed class DistinctiveTerms
{
    public const int MaxQueryTerms = 40;
    internal const int MinWordLength = 2;
    private const int MinDocFreq = 2;

    /// <summary>
    /// How much more a story-identity word weighs than a common one. Category precision on the Russian and English
    /// sets falls as this grows (a category is a kind of story, not one story), so it stays just above even: enough to
    /// put the article that names the same person above the one that only shares vocabulary.
    /// </summary>
    private const float IdentityWeight = 1.25f;

    /// <summary>
    /// Words in more than a fifth of the articles say nothing about any story, and their posting lists are the
    /// longest: on 100,000 articles they were two thirds of the postings the query read. A small site keeps them
    /// (below <see cref="CommonFloor"/> articles a posting list costs nothing, and a fifth of a few dozen articles is
    /// no evidence that a word is common).
    /// </summary>
    private const float MaxDocShare = 0.2f;
    private const int CommonFloor = 100;

    /// <summary>At most this many words must be shared, and never more than one word in <see cref="MatchShare"/> of the query.</summary>
    private const int MinimumMatch = 3;
    private const int MatchShare = 6;

    private static readonly TFIDFSimilarity Similarity = new DefaultSimilarity();

    private static readonly IReadOnlySet<string> NoIdentity = new HashSet<string>();

    private readonly ConditionalWeakTable<IndexReader, ConcurrentDictionary<string, FieldFrequency>> _frequencies = new();

    private readonly record struct FieldFrequency(string Field, int DocFreq);

    /// <summary>A word of the query and its weight, the heaviest word of the article weighing 1.</summary>
    public readonly record struct WeightedTerm(string Field, string Word, float Weight);

    /// <summary>The article's heaviest words, heaviest first, its story-identity words weighed up.</summary>
    /// <param name="fields">The compared fields, the body last.</param>
    public List<WeightedTerm> Terms(IndexReader reader, ArticleWords words, IReadOnlyList<string> fields, int maxTerms) =>
        Terms(reader, words.Counts, fields, words.Identity, maxTerms);

    /// <summary>
    /// A feedback neighbour's heaviest words, from its term vectors: a word the dictionary reads two ways counts
    /// whole for both readings here, which on the Russian set ranked as well as reading the neighbour's text again
    /// (0.613 against 0.608) for the cost of decompressing and analysing it.
    /// </summary>
    public List<WeightedTerm> Terms(IndexReader reader, int docId, IReadOnlyList<string> fields, int maxTerms) =>
        Terms(reader, WordCounts(reader, docId, fields), fields, NoIdentity, maxTerms);

    private List<WeightedTerm> Terms(
        IndexReader reader, IReadOnlyDictionary<string, double> counts, IReadOnlyList<string> fields, IReadOnlySet<string> identity, int maxTerms)
    {
        var frequencies = _frequencies.GetValue(reader, _ => new ConcurrentDictionary<string, FieldFrequency>(StringComparer.Ordinal));
        LookUpMissing(reader, fields, counts.Keys, frequencies);
        var documents = reader.NumDocs;
        var ceiling = Math.Max(MaxDocShare * documents, CommonFloor);
        var scored = new List<WeightedTerm>(counts.Count);
        foreach (var (word, count) in counts)
        {
            var frequency = frequencies[word];
            if (frequency.DocFreq < MinDocFreq || frequency.DocFreq > ceiling)
            {
                continue;
            }
            var weight = identity.Contains(word) ? IdentityWeight : 1f;
            scored.Add(new WeightedTerm(frequency.Field, word, (float)count * weight * Similarity.Idf(frequency.DocFreq, documents)));
        }
        var top = scored.OrderByDescending(s => s.Weight).ThenBy(s => s.Word, StringComparer.Ordinal).Take(maxTerms).ToList();
        return top.Select(t => t with { Weight = t.Weight / top[0].Weight }).ToList();
    }

    /// <summary>
    /// One clause per word, boosted by its weight. An article must share a few of the words to be found at all: the
    /// scorer then skips the long posting lists of the commoner words instead of scoring every article that has one
    /// of them, which on 100,000 articles is most of the cost.
    /// </summary>
    public static Query? Query(IEnumerable<WeightedTerm> terms)
    {
        var query = new BooleanQuery();
        foreach (var (field, word, weight) in terms)
        {
            query.Add(new TermQuery(new Term(field, word)) { Boost = weight }, Occur.SHOULD);
        }
        if (query.Clauses.Count == 0)
        {
            return null;
        }
        query.MinimumNumberShouldMatch = Math.Clamp(query.Clauses.Count / MatchShare, 1, MinimumMatch);
        return query;
    }

    /// <summary>Each word's count in the article, summed over the fields, from the stored term vectors.</summary>
    private static Dictionary<string, double> WordCounts(IndexReader reader, int docId, IReadOnlyList<string> fields)
    {
        var counts = new Dictionary<string, double>(StringComparer.Ordinal);
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
                    counts[word] = counts.GetValueOrDefault(word) + words.TotalTermFreq;
                }
            }
        }
        return counts;
    }

    /// <summary>
    /// Looks up the words not yet remembered: the body's frequency when the bodies know the word, otherwise the field
    /// where it is most common. One dictionary cursor per segment and field walks the words in order, rather than a
    /// fresh cursor for every word and segment as <see cref="IndexReader.DocFreq"/> would open.
    /// </summary>
    private static void LookUpMissing(
        IndexReader reader, IReadOnlyList<string> fields, IEnumerable<string> words, ConcurrentDictionary<string, FieldFrequency> known)
    {
        var missing = words.Where(w => !known.ContainsKey(w)).Order(StringComparer.Ordinal).ToList();
        if (missing.Count == 0)
        {
            return;
        }
        var body = Frequencies(reader, fields[^1], missing);
        var rare = new List<string>();
        for (var i = 0; i < missing.Count; i++)
        {
            if (body[i] >= MinDocFreq)
            {
                known[missing[i]] = new FieldFrequency(fields[^1], body[i]);
            }
            else
            {
                rare.Add(missing[i]);
            }
        }
        var best = rare.Select(w => new FieldFrequency(fields[^1], body[missing.BinarySearch(w, StringComparer.Ordinal)])).ToArray();
        foreach (var field in fields.Take(fields.Count - 1))
        {
            var other = Frequencies(reader, field, rare);
            for (var i = 0; i < rare.Count; i++)
            {
                if (other[i] > best[i].DocFreq)
                {
                    best[i] = new FieldFrequency(field, other[i]);
                }
            }
        }
        for (var i = 0; i < rare.Count; i++)
        {
            known[rare[i]] = best[i];
        }
    }

    /// <summary>Each word's document frequency in one field; sorted words keep each cursor moving forward.</summary>
    private static int[] Frequencies(IndexReader reader, string field, List<string> sortedWords)
    {
        var frequencies = new int[sortedWords.Count];
        var bytes = new BytesRef();
        foreach (var leaf in reader.Leaves)
        {
            var cursor = leaf.AtomicReader.GetTerms(field)?.GetEnumerator();
            if (cursor is null)
            {
                continue;
            }
            for (var i = 0; i < sortedWords.Count; i++)
            {
                bytes.CopyChars(sortedWords[i]);
                if (cursor.SeekExact(bytes))
                {
                    frequencies[i] += cursor.DocFreq;
                }
            }
        }
        return frequencies;
    }
}
