namespace Vestnik.Features.Newsroom.Articles.Retelling;

/// <summary>
/// Finds the passages of a retelling that repeat its source word for word, so the desk can see how much of the draft
/// is the original's wording and which long stretches still need quotation marks and attribution. Words are compared
/// after <see cref="WordSequence"/>'s normalisation (case, ё/е, punctuation and quotes ignored); a passage is a run
/// of at least <see cref="MinPassageWords"/> consecutive words found in the source, located by hashing every
/// shingle of that many words once, so a long draft against a long source costs a few milliseconds.
/// </summary>
public static class VerbatimOverlap
{
    /// <summary>
    /// Shorter shared runs are the language's own: names with titles, set phrases ("заявил в понедельник, что"),
    /// dates with places. Eight words is where a shared run stops being a phrase and becomes a sentence.
    /// </summary>
    public const int MinPassageWords = 8;

    /// <summary>A passage this long outside quotation marks is flagged: it reads as the original's text passed off as ours.</summary>
    public const int LongPassageWords = 20;

    /// <summary>
    /// Passages this few words apart that continue the same stretch of the source are one passage: a copied paragraph
    /// with a word changed ("said" for "stated") is still a copied paragraph.
    /// </summary>
    private const int MaxGapWords = 2;

    /// <summary>A source that repeats itself ("the the the …") offers a shingle at many places; a few are enough to find the longest run.</summary>
    private const int MaxCandidates = 16;

    public static OverlapReport Find(string draftMarkdown, string source, int minWords = MinPassageWords)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(minWords, 1);
        var vocabulary = new Dictionary<string, int>(StringComparer.Ordinal);
        var draft = WordSequence.Read(MarkdownQuotations.WithoutLinkTargets(draftMarkdown), vocabulary);
        var original = WordSequence.Read(source, vocabulary);
        if (draft.Count < minWords || original.Count < minWords)
        {
            return new OverlapReport(draft.Count, 0, []);
        }

        var runs = Merge(MatchRuns(draft, original, minWords));
        var quoted = MarkdownQuotations.QuotedCharacters(draftMarkdown);
        var passages = runs.Select(run => new OverlapPassage(
            run.DraftEnd - run.DraftStart,
            AllQuoted(draft, run, quoted),
            new TextRange(draft.Start(run.DraftStart), draft.End(run.DraftEnd - 1) - draft.Start(run.DraftStart)),
            new TextRange(original.Start(run.SourceStart), original.End(run.SourceEnd - 1) - original.Start(run.SourceStart)),
            FirstWords(draftMarkdown, draft, run))).ToList();
        return new OverlapReport(draft.Count, passages.Sum(p => p.Words), passages);
    }

    private readonly record struct Run(int DraftStart, int DraftEnd, int SourceStart, int SourceEnd);

    /// <summary>
    /// Walks the draft once: where a shingle of the draft occurs in the source, the match is extended word by word as
    /// far as it goes (the longest of the source's places wins) and the walk resumes after it.
    /// </summary>
    private static List<Run> MatchRuns(WordSequence draft, WordSequence source, int size)
    {
        // Each shingle's hash points to its first place in the source; later places with the same hash are chained,
        // so a source that repeats itself is tried from the start, where the longest continuation lies.
        var first = new Dictionary<ulong, int>();
        var later = new int[source.Count];
        var sourceHashes = source.ShingleHashes(size);
        for (var j = sourceHashes.Length - 1; j >= 0; j--)
        {
            later[j] = first.TryGetValue(sourceHashes[j], out var next) ? next : -1;
            first[sourceHashes[j]] = j;
        }

        var runs = new List<Run>();
        var draftHashes = draft.ShingleHashes(size);
        var i = 0;
        while (i < draftHashes.Length)
        {
            var (length, at) = (0, -1);
            if (first.TryGetValue(draftHashes[i], out var j))
            {
                for (var tried = 0; j >= 0 && tried < MaxCandidates; j = later[j], tried++)
                {
                    var matched = 0;
                    while (i + matched < draft.Count && j + matched < source.Count && draft.Id(i + matched) == source.Id(j + matched))
                    {
                        matched++;
                    }
                    // Below the shingle size it was only a hash collision.
                    if (matched >= size && matched > length)
                    {
                        (length, at) = (matched, j);
                    }
                }
            }
            if (length == 0)
            {
                i++;
                continue;
            }
            runs.Add(new Run(i, i + length, at, at + length));
            i += length;
        }
        return runs;
    }

    private static List<Run> Merge(List<Run> runs)
    {
        var merged = new List<Run>();
        foreach (var run in runs)
        {
            if (merged.Count > 0 && merged[^1] is var previous
                && run.DraftStart - previous.DraftEnd <= MaxGapWords
                && run.SourceStart >= previous.SourceEnd && run.SourceStart - previous.SourceEnd <= MaxGapWords)
            {
                merged[^1] = previous with { DraftEnd = run.DraftEnd, SourceEnd = run.SourceEnd };
            }
            else
            {
                merged.Add(run);
            }
        }
        return merged;
    }

    private static bool AllQuoted(WordSequence draft, Run run, bool[] quoted)
    {
        for (var w = run.DraftStart; w < run.DraftEnd; w++)
        {
            if (!quoted[draft.Start(w)])
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>How the passage begins in the draft, enough words to find it: "The mayor announced on Monday that…".</summary>
    private static string FirstWords(string draftMarkdown, WordSequence draft, Run run)
    {
        const int shown = 6;
        var lastShown = Math.Min(run.DraftEnd, run.DraftStart + shown) - 1;
        var text = draftMarkdown[draft.Start(run.DraftStart)..draft.End(lastShown)];
        var words = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return lastShown < run.DraftEnd - 1 ? words + "…" : words;
    }
}

/// <summary>A stretch of a text by character offsets.</summary>
public readonly record struct TextRange(int Start, int Length)
{
    public int End => Start + Length;
}

/// <summary>One passage of the draft found in the source: its length in words, where it is on both sides, and how it begins.</summary>
public sealed record OverlapPassage(int Words, bool Quoted, TextRange Draft, TextRange Source, string FirstWords)
{
    /// <summary>Long and outside quotation marks: the passage the desk must quote, attribute or rewrite.</summary>
    public bool Flagged => !Quoted && Words >= VerbatimOverlap.LongPassageWords;
}

/// <summary>How much of a draft repeats its source: the draft's words, those inside passages, and the passages in draft order.</summary>
public sealed record OverlapReport(int DraftWords, int RepeatedWords, IReadOnlyList<OverlapPassage> Passages)
{
    public static OverlapReport None { get; } = new(0, 0, []);

    /// <summary>The repeated share in whole percent; any repetition at all shows as at least 1 %.</summary>
    public int SharePercent => RepeatedWords == 0 ? 0 : Math.Max(1, (int)Math.Round(100.0 * RepeatedWords / DraftWords));

    public int FlaggedPassages => Passages.Count(p => p.Flagged);
}
