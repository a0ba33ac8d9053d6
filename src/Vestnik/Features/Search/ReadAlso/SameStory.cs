using Lucene.Net.Index;

namespace Vestnik.Features.Search.ReadAlso;

/// <summary>
/// Two articles tell the same story when they come from the same source story, or when most of their words are
/// shared (the overlap of their vocabularies, from the stored term vectors, stop words already left out by the
/// analysis). Reports of one event by several outlets share names and numbers but are each written anew; a rewrite
/// or a follow-up with the same text shares most of its words.
/// </summary>
public static class SameStory
{
    /// <summary>
    /// Share of the smaller vocabulary found in the other. On expert-labelled pairs of English news (see
    /// <c>docs/benchmarks.md</c>, "Same story") pairs of different stories overlapped at most 0.57, and most
    /// same-story pairs 0.62 or more.
    /// </summary>
    public const double Threshold = 0.6;

    /// <summary>How far down the ranking a newer telling of a kept story is looked for.</summary>
    private const int ExtraLooked = 6;

    /// <summary>
    /// The first <paramref name="count"/> of <paramref name="ranked"/> with near-duplicates collapsed: of several
    /// tellings of one story only the newest is kept, in the place of the best-ranked one.
    /// </summary>
    internal static List<RelatedArticlesFinder.Candidate> Collapse(
        IndexReader reader, IReadOnlyList<string> fields, List<RelatedArticlesFinder.Candidate> ranked, int count)
    {
        var kept = new List<(RelatedArticlesFinder.Candidate Candidate, HashSet<string> Words)>();
        foreach (var candidate in ranked.Take(count + ExtraLooked))
        {
            var words = Words(reader, candidate.Doc, fields);
            var same = kept.FindIndex(k => Same(k.Candidate, k.Words, candidate, words));
            if (same >= 0)
            {
                if (candidate.Described.PublishedAt > kept[same].Candidate.Described.PublishedAt)
                {
                    kept[same] = (candidate with { Score = kept[same].Candidate.Score }, words);
                }
                continue;
            }
            if (kept.Count < count)
            {
                kept.Add((candidate, words));
            }
        }
        return kept.Select(k => k.Candidate).ToList();
    }

    private static bool Same(
        RelatedArticlesFinder.Candidate first, HashSet<string> firstWords, RelatedArticlesFinder.Candidate second, HashSet<string> secondWords) =>
        (first.Described.Source is not null && first.Described.Source == second.Described.Source)
        || Overlap(firstWords, secondWords) >= Threshold;

    public static double Overlap(HashSet<string> first, HashSet<string> second)
    {
        var (smaller, larger) = first.Count <= second.Count ? (first, second) : (second, first);
        return smaller.Count == 0 ? 0 : smaller.Count(larger.Contains) / (double)smaller.Count;
    }

    public static HashSet<string> Words(IndexReader reader, int doc, IReadOnlyList<string> fields)
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        var vectors = reader.GetTermVectors(doc);
        foreach (var field in fields)
        {
            if (vectors?.GetTerms(field) is not { } terms)
            {
                continue;
            }
            var each = terms.GetEnumerator();
            while (each.MoveNext())
            {
                words.Add(each.Term.Utf8ToString());
            }
        }
        return words;
    }
}
