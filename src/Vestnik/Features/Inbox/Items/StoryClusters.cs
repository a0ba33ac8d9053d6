namespace Vestnik.Features.Inbox.Items;

/// <summary>
/// Groups items about the same story: a new item joins the cluster of the most similar recent item in the same
/// language, when their headline-and-lede terms overlap enough. Cheap and explainable; the thresholds are tested on
/// real headlines in StoryClustersTests.
/// </summary>
public static class StoryClusters
{
    /// <summary>How far back a new item looks for its story.</summary>
    public static readonly TimeSpan Window = TimeSpan.FromHours(48);

    public const double MinOverlap = 0.5;
    public const int MinSharedTerms = 3;

    public sealed record Candidate(int Id, int? ClusterId, string Language, IReadOnlySet<string> Terms);

    /// <summary>The terms compared: the headline plus the first 200 characters of the summary.</summary>
    public static HashSet<string> TermsOf(string title, string summary) =>
        TitleSimilarity.Terms(title + " " + (summary.Length > 200 ? summary[..200] : summary));

    public static Candidate? BestMatch(IReadOnlySet<string> terms, string language, IEnumerable<Candidate> candidates)
    {
        Candidate? best = null;
        var bestScore = 0.0;
        foreach (var candidate in candidates)
        {
            if (candidate.Language != language)
            {
                continue;
            }
            var (overlap, shared) = TitleSimilarity.Overlap(terms, candidate.Terms);
            if (overlap >= MinOverlap && shared >= MinSharedTerms && overlap > bestScore)
            {
                best = candidate;
                bestScore = overlap;
            }
        }
        return best;
    }
}
