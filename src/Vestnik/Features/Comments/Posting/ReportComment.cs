using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Vestnik.Data;
using Vestnik.Features.Comments.Model;

namespace Vestnik.Features.Comments.Posting;

public enum ReportResult
{
    Reported,
    AlreadyReported,
    NotFound,
}

/// <summary>
/// A reader reports a comment with a reason. At <see cref="CommentsOptions.ReportsToHide"/> distinct reports the
/// comment leaves the page and waits in the queue.
/// </summary>
public sealed class ReportComment(VestnikDbContext db, TimeProvider clock, IOptions<CommentsOptions> options)
{
    public async Task<ReportResult> HandleAsync(long commentId, string userId, string reason, CancellationToken cancellationToken)
    {
        var comment = await db.Set<Comment>().FirstOrDefaultAsync(c => c.Id == commentId, cancellationToken);
        if (comment is null || comment.AuthorId == userId || comment.Status is CommentStatus.Deleted or CommentStatus.Rejected or CommentStatus.Spam)
        {
            return ReportResult.NotFound;
        }
        if (await db.Set<CommentReport>().AnyAsync(r => r.CommentId == commentId && r.ReporterId == userId, cancellationToken))
        {
            return ReportResult.AlreadyReported;
        }
        var wasPublic = comment.IsPublic;
        db.Add(new CommentReport { CommentId = commentId, ReporterId = userId, Reason = reason, CreatedAt = clock.GetUtcNow() });
        comment.ReportCount++;
        if (comment.ReportCount >= options.Value.ReportsToHide)
        {
            comment.HideForReports(comment.ReportCount);
        }
        try
        {
            await CommentCounts.InTransactionAsync(db, async () =>
            {
                await db.SaveChangesAsync(cancellationToken);
                await CommentCounts.AdjustAsync(db, comment.ArticleId, wasPublic && !comment.IsPublic ? -1 : 0, cancellationToken);
                return true;
            }, cancellationToken);
        }
        catch (DbUpdateException)
        {
            // The same reader's second report arrived at the same moment; the unique key kept one.
            return ReportResult.AlreadyReported;
        }
        return ReportResult.Reported;
    }
}
