using System.Globalization;

namespace Vestnik.Features.Comments.Model;

/// <summary>
/// One line of <see cref="Comment.ReviewNotes"/>: why a comment waits or was marked. It is stored as a code and its
/// figures (<c>links|4|2</c>), not as a sentence, so the moderation queue says it in each moderator's language. Lines
/// stored before the codes are English sentences; <see cref="Parse"/> does not recognise them and they are shown as
/// they are.
/// </summary>
public sealed record ReviewNote(string Code, IReadOnlyList<string> Values)
{
    public const string Honeypot = "honeypot";
    public const string TooFast = "timing";
    public const string NoTimeStamp = "timing-missing";
    public const string Links = "links";
    public const string Duplicate = "duplicate";
    public const string BannedWords = "banned-words";
    public const string Classifier = "classifier";
    public const string Premoderated = "premoderated";
    public const string Guest = "guest";
    public const string Reports = "reports";

    /// <summary>A note made when the author edited the comment; its values are the inner note's code and values.</summary>
    public const string Edited = "edited";

    private const char Separator = '|';

    private static readonly HashSet<string> Codes =
        [Honeypot, TooFast, NoTimeStamp, Links, Duplicate, BannedWords, Classifier, Premoderated, Guest, Reports, Edited];

    /// <summary>A note; numbers are kept in the invariant culture, and text values lose what would break the line.</summary>
    public static ReviewNote Of(string code, params object[] values) =>
        new(code, values.Select(v => (Convert.ToString(v, CultureInfo.InvariantCulture) ?? "").Replace(Separator, '/').Replace('\n', ' ')).ToList());

    public static ReviewNote EditedBecause(ReviewNote inner) => new(Edited, [inner.Code, .. inner.Values]);

    public string Stored => string.Join(Separator, [Code, .. Values]);

    /// <summary>The note of a stored line, or null for a line written before the codes.</summary>
    public static ReviewNote? Parse(string line)
    {
        var parts = line.Split(Separator);
        return Codes.Contains(parts[0]) ? new ReviewNote(parts[0], parts[1..]) : null;
    }

    /// <summary>The note an <see cref="Edited"/> note wraps.</summary>
    public ReviewNote? Inner => Code == Edited && Values.Count > 0 ? Parse(string.Join(Separator, Values)) : null;
}
