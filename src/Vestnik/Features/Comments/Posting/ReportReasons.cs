namespace Vestnik.Features.Comments.Posting;

/// <summary>One reason a reader can pick when reporting a comment.</summary>
public sealed record ReportReason(string Code, Func<CommentsText, string> Label);

/// <summary>
/// The reasons a report form offers. A preset is stored as its stable <see cref="ReportReason.Code"/>, so a
/// moderator's screen can name it in its own language; "other" is stored as <c>other: details</c>. Reports filed before the presets hold free
/// text and stay as they are.
/// </summary>
public static class ReportReasons
{
    public const string Other = "other";
    private const string OtherPrefix = Other + ": ";

    /// <summary>The longest details a reader may type: with the "other: " prefix they still fit the stored reason.</summary>
    public const int MaxDetailsLength = 480;

    public static readonly IReadOnlyList<ReportReason> All =
    [
        new("spam", t => t.ReportReasonSpam),
        new("abuse", t => t.ReportReasonAbuse),
        new("off-topic", t => t.ReportReasonOffTopic),
        new("misinformation", t => t.ReportReasonMisinformation),
        new(Other, t => t.ReportReasonOther),
    ];

    /// <summary>
    /// A stored reason as a moderator reads it in <paramref name="text"/>'s language: a preset's label, "Other: details",
    /// or an older report's free text as it was typed.
    /// </summary>
    public static string Describe(string stored, CommentsText text)
    {
        if (stored.StartsWith(OtherPrefix, StringComparison.Ordinal))
        {
            return $"{text.ReportReasonOther}: {stored[OtherPrefix.Length..]}";
        }
        return All.FirstOrDefault(r => r.Code == stored) is { } preset ? preset.Label(text) : stored;
    }

    /// <summary>
    /// What to store for a submitted report, or null when it is incomplete. <paramref name="preset"/> is a code from
    /// <see cref="All"/>; without one, <paramref name="details"/> is taken as the free-text reason of the older form.
    /// </summary>
    public static string? ToStored(string? preset, string? details)
    {
        var text = CommentFormatter.Normalize(details);
        if (string.IsNullOrEmpty(preset) || preset == Other)
        {
            return text.Length is 0 or > MaxDetailsLength ? null : string.IsNullOrEmpty(preset) ? text : OtherPrefix + text;
        }
        return All.Any(r => r.Code == preset) ? preset : null;
    }
}
