using Vestnik.Features.Articles.Model;

namespace Vestnik.Features.Newsroom.Articles.Retelling;

/// <summary>
/// What the source pane shows beside the editor: the original's attribution, the text the draft is compared with
/// (the editor's pasted text, else the inbox item's summary) cut into plain and repeated stretches, and the overlap.
/// </summary>
public sealed record RetellingPane(SourceAttribution? Source, string PastedText, bool FromInbox, string ComparedText, OverlapReport Overlap)
{
    /// <summary>The pane in the editor's form.</summary>
    public const string Partial = "~/Features/Newsroom/Articles/Retelling/_RetellingSource.cshtml";

    /// <summary>The pane's figures, passages and highlighted text: part of the pane, and the live endpoint's answer.</summary>
    public const string OverlapPartial = "~/Features/Newsroom/Articles/Retelling/_SourceOverlap.cshtml";

    /// <summary>Open by default on a retelling; elsewhere the pane waits, closed, for a pasted source.</summary>
    public bool Open => Source is not null || ComparedText.Length > 0;

    public static RetellingPane Of(SourceAttribution? source, string draftMarkdown, string pastedText, string? inboxSummary)
    {
        var pasted = pastedText.Trim();
        var compared = pasted.Length > 0 ? pasted : (inboxSummary ?? "").Trim();
        return new RetellingPane(source, pastedText, pasted.Length == 0 && compared.Length > 0, compared, VerbatimOverlap.Find(draftMarkdown, compared));
    }

    /// <summary>The compared text in order, each stretch with the passage it belongs to (null outside passages).</summary>
    public IReadOnlyList<(string Text, int? Passage)> Stretches()
    {
        // Two passages of the draft may repeat overlapping parts of the source: each character goes to the first.
        var owner = new int?[ComparedText.Length];
        for (var p = Overlap.Passages.Count - 1; p >= 0; p--)
        {
            var range = Overlap.Passages[p].Source;
            Array.Fill(owner, p, range.Start, range.Length);
        }
        var stretches = new List<(string, int?)>();
        var start = 0;
        for (var i = 1; i <= owner.Length; i++)
        {
            if (i == owner.Length || owner[i] != owner[start])
            {
                stretches.Add((ComparedText[start..i], owner[start]));
                start = i;
            }
        }
        return stretches;
    }
}
