using Microsoft.EntityFrameworkCore;
using Vestnik.Data;
using Vestnik.Features.Comments.Model;

namespace Vestnik.Features.Comments.Moderation;

public sealed record BanRequest(string UserId, bool Shadow, DateTimeOffset? Until, bool AlsoAddress, string Reason, string Moderator);

/// <summary>
/// Bans a reader's account and, on request, the address of their latest comment. Existing comments of a shadow-banned
/// reader stay as they are; a moderator removes them separately when they should go.
/// </summary>
public sealed class BanReader(VestnikDbContext db, TimeProvider clock)
{
    public async Task HandleAsync(BanRequest request, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        db.Add(new CommentBan
        {
            UserId = request.UserId, IsShadow = request.Shadow, Until = request.Until, Reason = request.Reason,
            CreatedAt = now, CreatedBy = request.Moderator,
        });
        if (request.AlsoAddress)
        {
            var ipHash = await db.Set<Comment>().AsNoTracking()
                .Where(c => c.AuthorId == request.UserId && c.IpHash != "")
                .OrderByDescending(c => c.CreatedAt)
                .Select(c => c.IpHash)
                .FirstOrDefaultAsync(cancellationToken);
            if (ipHash is not null)
            {
                db.Add(new CommentBan
                {
                    IpHash = ipHash, IsShadow = request.Shadow, Until = request.Until, Reason = request.Reason,
                    CreatedAt = now, CreatedBy = request.Moderator,
                });
            }
        }
        await db.SaveChangesAsync(cancellationToken);
    }

    public async Task LiftAsync(int banId, CancellationToken cancellationToken) =>
        await db.Set<CommentBan>().Where(b => b.Id == banId && b.LiftedAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(b => b.LiftedAt, clock.GetUtcNow()), cancellationToken);

    /// <summary>Rejects every comment of the account at once; counts on the articles follow.</summary>
    public async Task<int> RemoveAllCommentsAsync(string userId, string moderator, CancellationToken cancellationToken)
    {
        var comments = await db.Set<Comment>()
            .Where(c => c.AuthorId == userId && c.Status != CommentStatus.Deleted && c.Status != CommentStatus.Rejected && c.Status != CommentStatus.Spam)
            .ToListAsync(cancellationToken);
        var now = clock.GetUtcNow();
        var deltas = comments.Where(c => c.IsPublic).GroupBy(c => c.ArticleId).ToDictionary(g => g.Key, g => -g.Count());
        foreach (var comment in comments)
        {
            comment.Moderate(CommentStatus.Rejected, moderator, now);
        }
        return await CommentCounts.InTransactionAsync(db, async () =>
        {
            await db.SaveChangesAsync(cancellationToken);
            foreach (var (articleId, delta) in deltas)
            {
                await CommentCounts.AdjustAsync(db, articleId, delta, cancellationToken);
            }
            return comments.Count;
        }, cancellationToken);
    }
}
