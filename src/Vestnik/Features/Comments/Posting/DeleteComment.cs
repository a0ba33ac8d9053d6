using Microsoft.EntityFrameworkCore;
using Vestnik.Data;
using Vestnik.Features.Comments.Model;

namespace Vestnik.Features.Comments.Posting;

/// <summary>An author removes their own comment; the placeholder keeps the replies in place.</summary>
public sealed class DeleteComment(VestnikDbContext db, TimeProvider clock)
{
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
