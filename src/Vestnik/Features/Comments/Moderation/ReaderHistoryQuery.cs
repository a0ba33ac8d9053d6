using Microsoft.EntityFrameworkCore;
using Vestnik.Data;
using Vestnik.Features.Comments.Model;

namespace Vestnik.Features.Comments.Moderation;

public sealed record ReaderHistory(string DisplayName, string Email, IReadOnlyList<Comment> Comments, IReadOnlyList<CommentBan> Bans);

/// <summary>One account as moderators see it: its name and address, its latest comments and every ban; null for no such account.</summary>
public sealed class ReaderHistoryQuery(VestnikDbContext db)
{
    public const int MaxComments = 200;

    public async Task<ReaderHistory?> LoadAsync(string userId, CancellationToken cancellationToken)
    {
        var user = await db.Users.AsNoTracking().Where(u => u.Id == userId)
            .Select(u => new { u.DisplayName, u.Email }).FirstOrDefaultAsync(cancellationToken);
        if (user is null)
        {
            return null;
        }
        var comments = await db.Set<Comment>().AsNoTracking().Where(c => c.AuthorId == userId)
            .OrderByDescending(c => c.CreatedAt).Take(MaxComments).ToListAsync(cancellationToken);
        var bans = await db.Set<CommentBan>().AsNoTracking().Where(b => b.UserId == userId)
            .OrderByDescending(b => b.CreatedAt).ToListAsync(cancellationToken);
        return new ReaderHistory(user.DisplayName, user.Email ?? "", comments, bans);
    }
}
