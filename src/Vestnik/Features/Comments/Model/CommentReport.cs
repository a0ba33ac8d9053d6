namespace Vestnik.Features.Comments.Model;

/// <summary>A reader's report of a comment, with the reason they gave. One per reader per comment.</summary>
public sealed class CommentReport
{
    public const int MaxReasonLength = 500;

    public long Id { get; private set; }
    public long CommentId { get; init; }
    public required string ReporterId { get; init; }
    public required string Reason { get; init; }
    public DateTimeOffset CreatedAt { get; init; }
}
