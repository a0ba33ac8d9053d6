using Vestnik.Data.ChangeLog;

namespace Vestnik.Features.Comments.Model;

/// <summary>
/// A reader's comment on an article. Replies keep their real <see cref="ParentId"/> but are shown at most
/// <see cref="MaxDepth"/> levels deep: a deeper reply hangs under its nearest shown ancestor and says whom it answers.
/// </summary>
public sealed class Comment : IChangeLogged
{
    public const int MinLength = 2;
    public const int MaxLength = 4000;
    public const int MaxDepth = 3;

    /// <summary>How long an author may still correct their comment.</summary>
    public static readonly TimeSpan EditWindow = TimeSpan.FromMinutes(10);

    public long Id { get; private set; }

    // Every change lands in the change log under its article, so cached article pages and lists showing its count go.
    string IChangeLogged.ChangeTopic => ChangeTopics.ArticleComments;

    int IChangeLogged.ChangeEntityId => ArticleId;
    public int ArticleId { get; init; }

    /// <summary>The comment this one answers (null for a top-level comment).</summary>
    public long? ParentId { get; init; }

    /// <summary>The top-level comment of the thread: paging loads whole threads by it.</summary>
    public long? RootId { get; set; }

    /// <summary>The comment this one is shown under; differs from the parent only when the thread is too deep.</summary>
    public long? DisplayParentId { get; init; }

    /// <summary>0 for a top-level comment, at most <see cref="MaxDepth"/>.</summary>
    public int Depth { get; init; }

    /// <summary>Shown as "in reply to NAME" when the reply had to be flattened.</summary>
    public string? ReplyToName { get; init; }

    /// <summary>The reader's account, or null for a guest.</summary>
    public string? AuthorId { get; init; }
    public string AuthorName { get; set; } = "";

    /// <summary>The text as typed; <see cref="BodyHtml"/> is rendered from it once, on save.</summary>
    public string Body { get; private set; } = "";
    public string BodyHtml { get; private set; } = "";

    /// <summary>Normalized-text hash for duplicate detection.</summary>
    public string ContentHash { get; private set; } = "";

    public CommentStatus Status { get; private set; }

    /// <summary>Published for its author only: the author is shadow-banned.</summary>
    public bool IsShadowed { get; init; }

    /// <summary>Why the anti-spam pipeline or a rule held or flagged the comment, one step per line.</summary>
    public string ReviewNotes { get; set; } = "";
    public double SpamScore { get; set; }

    /// <summary>Salted hash of the poster's IP address; the raw address is never stored.</summary>
    public string IpHash { get; init; } = "";

    public DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset? EditedAt { get; private set; }
    public DateTimeOffset? ModeratedAt { get; private set; }
    public string? ModeratedBy { get; private set; }

    public int LikeCount { get; set; }
    public int ReportCount { get; set; }

    /// <summary>True when everyone sees it, and so when it counts towards the article's comment count.</summary>
    public bool IsPublic => Status == CommentStatus.Published && !IsShadowed;

    public void SetBody(string body, string html, string contentHash)
    {
        Body = body;
        BodyHtml = html;
        ContentHash = contentHash;
    }

    /// <param name="reason">Null when the notes already say why (the spam checks wrote them).</param>
    public void Hold(ReviewNote? reason)
    {
        Status = CommentStatus.Pending;
        AppendNote(reason);
    }

    /// <param name="reason">Null when the notes already say why (the spam checks wrote them).</param>
    public void MarkSpam(ReviewNote? reason)
    {
        Status = CommentStatus.Spam;
        AppendNote(reason);
    }

    public bool CanEdit(string? userId, DateTimeOffset now) =>
        userId is not null && userId == AuthorId && Status is CommentStatus.Published or CommentStatus.Pending
        && now - CreatedAt <= EditWindow;

    public void Edit(string body, string html, string contentHash, DateTimeOffset now)
    {
        SetBody(body, html, contentHash);
        EditedAt = now;
    }

    /// <summary>The author removes their comment: the row stays as a placeholder so replies keep their place.</summary>
    public void DeleteByAuthor(DateTimeOffset now)
    {
        Status = CommentStatus.Deleted;
        SetBody("", "", "");
        EditedAt = now;
    }

    /// <summary>
    /// The author deleted their account: the comment becomes the same placeholder as a deleted one, without their
    /// name. The address's salted hash stays, unlinked from any account, so an address ban still catches a returning
    /// spammer.
    /// </summary>
    public void ForgetAuthor(DateTimeOffset now)
    {
        if (Status != CommentStatus.Deleted)
        {
            DeleteByAuthor(now);
        }
        AuthorName = "";
    }

    /// <summary>A moderator's verdict. Returns false when the comment already had it.</summary>
    public bool Moderate(CommentStatus verdict, string moderator, DateTimeOffset now)
    {
        if (verdict is not (CommentStatus.Published or CommentStatus.Rejected or CommentStatus.Spam))
        {
            throw new ArgumentOutOfRangeException(nameof(verdict), verdict, "A moderator approves, rejects or marks spam.");
        }
        if (Status == CommentStatus.Deleted || (Status == verdict && ModeratedAt is not null))
        {
            return false;
        }
        Status = verdict;
        ModeratedAt = now;
        ModeratedBy = moderator;
        if (verdict == CommentStatus.Published)
        {
            // An approved comment starts afresh: old reports were reviewed with it.
            ReportCount = 0;
        }
        return true;
    }

    /// <summary>Enough readers reported it: it leaves the page until a moderator looks.</summary>
    public void HideForReports(int reports)
    {
        if (Status == CommentStatus.Published)
        {
            Status = CommentStatus.Pending;
            AppendNote(ReviewNote.Of(ReviewNote.Reports, reports));
        }
    }

    private void AppendNote(ReviewNote? note)
    {
        if (note is not null)
        {
            ReviewNotes = ReviewNotes.Length == 0 ? note.Stored : ReviewNotes + "\n" + note.Stored;
        }
    }
}
