namespace Vestnik.Features.Comments.Model;

public enum ModerationMode
{
    /// <summary>Comments appear at once; moderators review afterwards.</summary>
    Open = 0,

    /// <summary>Every comment waits for a moderator before readers see it.</summary>
    Premoderated = 1,

    /// <summary>Existing comments are shown, new ones are refused.</summary>
    Closed = 2,

    /// <summary>No comment block at all.</summary>
    Hidden = 3,
}

/// <summary>
/// A moderation mode for the whole site (no section, no article), a section, or one article. The most specific
/// setting wins: article over section over site.
/// </summary>
public sealed class CommentModeSetting
{
    public int Id { get; private set; }
    public int? SectionId { get; init; }
    public int? ArticleId { get; init; }
    public ModerationMode Mode { get; set; }
}
