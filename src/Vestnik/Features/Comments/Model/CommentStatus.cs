namespace Vestnik.Features.Comments.Model;

public enum CommentStatus
{
    Published = 0,

    /// <summary>Waiting for a moderator: pre-moderation, a pipeline hold, or too many reports.</summary>
    Pending = 1,
    Rejected = 2,
    Spam = 3,

    /// <summary>Removed by its author; shown as a placeholder so the thread keeps its shape.</summary>
    Deleted = 4,
}
