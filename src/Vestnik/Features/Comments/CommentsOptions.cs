namespace Vestnik.Features.Comments;

/// <summary>The <c>Comments</c> configuration section.</summary>
public sealed class CommentsOptions
{
    public const string Section = "Comments";

    /// <summary>Let readers without an account comment under a name; their comments always wait for a moderator.</summary>
    public bool AllowGuests { get; set; }

    /// <summary>Reader reports after which a comment leaves the page until a moderator looks at it.</summary>
    public int ReportsToHide { get; set; } = 3;

    /// <summary>Top-level threads per page of comments.</summary>
    public int ThreadsPerPage { get; set; } = 20;

    /// <summary>A form sent back faster than this after the page was shown was not typed by a person.</summary>
    public int MinSecondsToSubmit { get; set; } = 3;

    /// <summary>More links than this and the comment waits for a moderator.</summary>
    public int MaxLinks { get; set; } = 3;

    /// <summary>The same text posted again within this many minutes, by anyone, is refused.</summary>
    public int DuplicateWindowMinutes { get; set; } = 60;

    /// <summary>Spam probability from the classifier at or above which a comment waits for a moderator.</summary>
    public double SpamThreshold { get; set; } = 0.9;

    public int PostsPerMinutePerAccount { get; set; } = 5;
    public int PostsPerMinutePerIp { get; set; } = 20;

    /// <summary>Salt for hashing readers' addresses; generated into the data folder when not set.</summary>
    public string? IpHashSalt { get; set; }
}
