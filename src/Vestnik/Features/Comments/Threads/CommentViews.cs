using Vestnik.Features.Comments.Model;

namespace Vestnik.Features.Comments.Threads;

public enum CommentSort
{
    Oldest,
    Newest,
    Liked,
}

/// <summary>One comment as a reader sees it, with the replies shown under it.</summary>
public sealed record CommentView
{
    public required long Id { get; init; }
    public required string AuthorName { get; init; }
    public string? AuthorUrl { get; init; }
    public required string BodyHtml { get; init; }
    public required string CreatedText { get; init; }
    public required DateTimeOffset CreatedAt { get; init; }
    public required bool IsEdited { get; init; }
    public required bool IsDeleted { get; init; }

    /// <summary>Seen only by its author: waiting for a moderator (or shadowed, which the author is not told).</summary>
    public required bool IsAwaiting { get; init; }
    public string? ReplyToName { get; init; }
    public required int Depth { get; init; }
    public required int LikeCount { get; init; }
    public required bool LikedByViewer { get; init; }
    public required bool CanEdit { get; init; }
    public required bool IsOwn { get; init; }
    public List<CommentView> Replies { get; } = [];
}

/// <summary>The state of the comment form: what to show again after a refusal.</summary>
public sealed record CommentFormView
{
    public required int ArticleId { get; init; }
    public long? ParentId { get; init; }
    public string Body { get; init; } = "";
    public string GuestName { get; init; } = "";
    public string? Error { get; init; }
    public required bool AsGuest { get; init; }
    public required string Stamp { get; init; }
    public required CommentsText Text { get; init; }
}

/// <summary>Everything the comment block under an article renders.</summary>
public sealed record CommentsBlockView
{
    public required int ArticleId { get; init; }
    public required string ArticleUrl { get; init; }
    public required CommentsText Text { get; init; }
    public required ModerationMode Mode { get; init; }
    public required int Count { get; init; }
    public required IReadOnlyList<CommentView> Threads { get; init; }
    public required CommentSort Sort { get; init; }
    public required int Page { get; init; }
    public string? MoreUrl { get; init; }
    public string? MoreFragmentUrl { get; init; }

    /// <summary>The form, or null when the viewer may not post (then <see cref="SignInPrompt"/> or the mode says why).</summary>
    public CommentFormView? Form { get; init; }
    public bool SignInPrompt { get; init; }
    public bool IsSignedIn { get; init; }
    public string? Flash { get; init; }
}

/// <summary>A comment with what its markup needs from around it: the interface text and the reply form's setup.</summary>
public sealed record CommentItem(CommentView Comment, CommentsText Text, CommentFormView? ReplyForm, bool CanAct);

/// <summary>The answer to a posting script: the new comment's markup and the article's count after it.</summary>
public sealed record PostedView(CommentItem Item, string CountText);
