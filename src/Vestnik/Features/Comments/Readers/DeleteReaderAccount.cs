using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Vestnik.Data;
using Vestnik.Features.Accounts;
using Vestnik.Features.Comments.Model;

namespace Vestnik.Features.Comments.Readers;

public enum AccountDeletion
{
    Deleted,
    WrongPassword,

    /// <summary>Staff accounts hold bylines, audit history and roles: an administrator removes them, not this page.</summary>
    Staff,
}

/// <summary>
/// A reader deletes their account. Their comments stay as "Comment deleted" placeholders so replies keep their place,
/// the counts lose them, the likes they gave are taken back, and the account with its settings, likes, reports and
/// bans goes, all in one transaction.
/// </summary>
public sealed class DeleteReaderAccount(VestnikDbContext db, UserManager<AppUser> users, TimeProvider clock, ILogger<DeleteReaderAccount> logger)
{
    public async Task<AccountDeletion> HandleAsync(AppUser user, string? password, CancellationToken cancellationToken)
    {
        if ((await users.GetRolesAsync(user)).Count > 0)
        {
            return AccountDeletion.Staff;
        }
        if (string.IsNullOrEmpty(password) || !await users.CheckPasswordAsync(user, password))
        {
            return AccountDeletion.WrongPassword;
        }
        var now = clock.GetUtcNow();
        await CommentCounts.InTransactionAsync(db, async () =>
        {
            var likes = db.Set<CommentLike>().Where(l => l.UserId == user.Id).Select(l => l.CommentId);
            await db.Set<Comment>().Where(c => likes.Contains(c.Id))
                .ExecuteUpdateAsync(s => s.SetProperty(c => c.LikeCount, c => c.LikeCount - 1), cancellationToken);
            var reports = db.Set<CommentReport>().Where(r => r.ReporterId == user.Id).Select(r => r.CommentId);
            await db.Set<Comment>().Where(c => reports.Contains(c.Id) && c.ReportCount > 0)
                .ExecuteUpdateAsync(s => s.SetProperty(c => c.ReportCount, c => c.ReportCount - 1), cancellationToken);

            var comments = await db.Set<Comment>().Where(c => c.AuthorId == user.Id).ToListAsync(cancellationToken);
            var lostPerArticle = comments.Where(c => c.IsPublic).GroupBy(c => c.ArticleId).Select(g => (ArticleId: g.Key, Count: g.Count())).ToList();
            foreach (var comment in comments)
            {
                comment.ForgetAuthor(now);
            }
            await db.SaveChangesAsync(cancellationToken);
            foreach (var (articleId, count) in lostPerArticle)
            {
                await CommentCounts.AdjustAsync(db, articleId, -count, cancellationToken);
            }
            var deleted = await users.DeleteAsync(user);
            if (!deleted.Succeeded)
            {
                throw new InvalidOperationException("The account could not be deleted: " + string.Join("; ", deleted.Errors.Select(e => e.Code)));
            }
            return comments.Count;
        }, cancellationToken);
        logger.LogInformation("Reader {UserId} deleted their account", user.Id);
        return AccountDeletion.Deleted;
    }
}
