namespace Vestnik.Features.Import.WordPress;

/// <summary>One thing a WordPress export (WXR) declares, in the order the file gives them.</summary>
public abstract record WxrEntry;

/// <summary>The exported site: its name and the address its permalinks start with.</summary>
public sealed record WxrSite(string Title, string BaseUrl, string WxrVersion) : WxrEntry;

/// <summary>A WordPress user who wrote posts: a byline here, and a staff account without a password.</summary>
public sealed record WxrAuthor(string Id, string Login, string Email, string DisplayName) : WxrEntry;

/// <summary>A category (a section here) or a tag, by the slug WordPress uses in its links.</summary>
public sealed record WxrTerm(WxrTermKind Kind, string Slug, string Name) : WxrEntry;

public enum WxrTermKind
{
    Category,
    Tag,
}

/// <summary>
/// A post, page or attachment with its comments. Fields longer than the reader's limits are cut, and
/// <see cref="Problem"/> says which one was: such an item is reported and skipped, never imported half.
/// </summary>
public sealed record WxrItem : WxrEntry
{
    public required string Id { get; init; }
    public required string Type { get; init; }
    public string Title { get; init; } = "";
    public string Link { get; init; } = "";
    public string Creator { get; init; } = "";
    public string Content { get; init; } = "";
    public string Excerpt { get; init; } = "";
    public string Status { get; init; } = "";
    public string Slug { get; init; } = "";
    public DateTimeOffset? Date { get; init; }
    public DateTimeOffset? Modified { get; init; }
    public string AttachmentUrl { get; init; } = "";
    public string? ThumbnailId { get; init; }
    public string? ImageAlt { get; init; }
    public IReadOnlyList<WxrTerm> Terms { get; init; } = [];
    public IReadOnlyList<WxrComment> Comments { get; init; } = [];
    public string? Problem { get; init; }
}

public sealed record WxrComment(
    string Id, string ParentId, string Author, DateTimeOffset? Date, string Content, string Approved, string Type);
