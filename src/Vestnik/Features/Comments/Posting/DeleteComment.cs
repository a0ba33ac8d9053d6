using Microsoft.EntityFrameworkCore;
using Vestnik.Data;
using Vestnik.Features.Comments.Model;

namespace Vestnik.Features.Comments.Posting;

/// <summary>What the confirmation page shows of the comment about to go.</summary>
public sealed record DeletableComment(long Id, int ArticleId, string Body);

/// <summary>An author removes their own comment; the placeholder keeps the replies in place.</summary>
public sealed class DeleteComment(VestnikDbContext db, TimeProvider clock)
{
    /// <summary>The author's own comment that is still there to delete, or null (someone else's, gone, or unknown).</summary>
    public Task<DeletableComment?> FindOwnAsync(long commentId, string userId, CancellationToken cancellationToken) =>
        db.Set<Comment>().AsNoTracking()
            .Where(c => c.Id == commentId && c.AuthorId == userId && c.Status != CommentStatus.Deleted)
            .Select(c => new DeletableComment(c.Id, c.ArticleId, c.Body))
            .FirstOrDefaultAsync(cancellationToken);

    public async Task<bool> HandleAsync(long commentId, string userId, CancellationToken cancellationToken)
    {
        var comment = await db.Set<Comment>().FirstOrDefaultAsync(c => c.Id == commentId && c.AuthorId == userId, cancellationToken);
        if (comment is null || comment.Status == CommentStatus.Deleted)
        {
            return false;
        }
        var wasPublic = comment.IsPublic;
        comment.DeleteByAuthor(clock.GetUtcNow());
        await CommentCounts.InTransactionAsync(db, async () =>
        {
            await db.SaveChangesAsync(cancellationToken);
            await CommentCounts.AdjustAsync(db, comment.ArticleId, wasPublic ? -1 : 0, cancellationToken);
            return true;
        }, cancellationToken);
        return true;
    }
}
