namespace Vestnik.Features.Comments.Model;

/// <summary>A word moderators do not want in comments; matched on its stem, so inflected forms are caught too.</summary>
public sealed class BannedWord
{
    public const int MaxLength = 100;

    public int Id { get; private set; }
    public required string Word { get; init; }
    public required string Stem { get; init; }
    public BannedWordAction Action { get; set; }
    public DateTimeOffset CreatedAt { get; init; }
}

public enum BannedWordAction
{
    /// <summary>The comment waits for a moderator.</summary>
    Hold = 0,

    /// <summary>The comment is refused and the reader is told why.</summary>
    Reject = 1,
}
