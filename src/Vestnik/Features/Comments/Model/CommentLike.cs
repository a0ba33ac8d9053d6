namespace Vestnik.Features.Comments.Model;

/// <summary>One like per reader per comment: the key makes a second like impossible.</summary>
public sealed class CommentLike
{
    public long CommentId { get; init; }
    public required string UserId { get; init; }
    public DateTimeOffset CreatedAt { get; init; }
}
