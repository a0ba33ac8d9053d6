using Microsoft.EntityFrameworkCore;
using Vestnik.Data;
using Vestnik.Features.Comments.Model;

namespace Vestnik.Features.Comments.Posting;

public sealed record LikeResult(bool Found, bool Liked, int LikeCount);

/// <summary>Likes a comment, or takes the like back: one like per reader per comment, never on one's own.</summary>
public sealed class LikeComment(VestnikDbContext db, TimeProvider clock)
{
    public async Task<LikeResult> HandleAsync(long commentId, string userId, CancellationToken cancellationToken)
    {
        var comment = await db.Set<Comment>().AsNoTracking().Where(c => c.Id == commentId)
            .Select(c => new { c.AuthorId, c.Status, c.IsShadowed }).FirstOrDefaultAsync(cancellationToken);
        if (comment is null || comment.Status != CommentStatus.Published || comment.IsShadowed || comment.AuthorId == userId)
        {
            return new LikeResult(false, false, 0);
        }
        var liked = await CommentCounts.InTransactionAsync(db, async () =>
        {
            var removed = await db.Set<CommentLike>()
                .Where(l => l.CommentId == commentId && l.UserId == userId)
                .ExecuteDeleteAsync(cancellationToken);
            if (removed == 0)
            {
                db.Add(new CommentLike { CommentId = commentId, UserId = userId, CreatedAt = clock.GetUtcNow() });
                await db.SaveChangesAsync(cancellationToken);
            }
            var delta = removed == 0 ? 1 : -1;
            await db.Set<Comment>().Where(c => c.Id == commentId)
                .ExecuteUpdateAsync(s => s.SetProperty(c => c.LikeCount, c => c.LikeCount + delta), cancellationToken);
            return removed == 0;
        }, cancellationToken);
        var count = await db.Set<Comment>().Where(c => c.Id == commentId).Select(c => c.LikeCount).FirstAsync(cancellationToken);
        return new LikeResult(true, liked, count);
    }
}
