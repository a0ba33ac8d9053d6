using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Vestnik.Data;
using Vestnik.Features.Newsroom.Articles.Workflow;

namespace Vestnik.Features.Newsroom.Articles.Presence;

/// <summary>
/// Who else has an article open in the editor. Each open editor sends a heartbeat every <see cref="Heartbeat"/>;
/// an entry not renewed for <see cref="Expiry"/> (three missed heartbeats, so one slow request does not make a
/// colleague vanish) no longer counts and is removed by the next heartbeat on that article.
/// </summary>
public sealed class EditorPresence(VestnikDbContext db, TimeProvider clock)
{
    public static readonly TimeSpan Heartbeat = TimeSpan.FromSeconds(20);
    public static readonly TimeSpan Expiry = TimeSpan.FromSeconds(60);

    /// <summary>
    /// Whether <paramref name="user"/> takes part in the article's presence: only someone who may edit it (an author's
    /// own draft, anything for an editor), so presence never tells who works on an article the user could not write.
    /// </summary>
    public async Task<PresenceAccess> AccessAsync(int articleId, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var article = await db.Articles.AsNoTracking().FirstOrDefaultAsync(a => a.Id == articleId, cancellationToken);
        return article is null ? PresenceAccess.NoArticle
            : ArticleAccess.CanEdit(user, article) ? PresenceAccess.Allowed
            : PresenceAccess.Refused;
    }

    /// <summary>Records that <paramref name="userId"/> has the article open and answers the others' names, in name order.</summary>
    public async Task<IReadOnlyList<string>> BeatAsync(int articleId, string userId, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var expired = now - Expiry;
        await db.Set<ArticlePresence>().Where(p => p.ArticleId == articleId && p.SeenAt < expired).ExecuteDeleteAsync(cancellationToken);
        await MarkSeenAsync(articleId, userId, now, cancellationToken);
        var others = await db.Set<ArticlePresence>().AsNoTracking()
            .Where(p => p.ArticleId == articleId && p.UserId != userId && p.SeenAt >= expired)
            .Join(db.Users, p => p.UserId, u => u.Id, (_, u) => new { u.DisplayName, u.Email })
            .ToListAsync(cancellationToken);
        return [.. others.Select(u => u.DisplayName.Trim() is { Length: > 0 } name ? name : u.Email ?? "").Order(StringComparer.CurrentCulture)];
    }

    /// <summary>Forgets the user's entry when their editor closes, so the others' warning goes at their next heartbeat.</summary>
    public Task LeaveAsync(int articleId, string userId, CancellationToken cancellationToken) =>
        db.Set<ArticlePresence>().Where(p => p.ArticleId == articleId && p.UserId == userId).ExecuteDeleteAsync(cancellationToken);

    /// <summary>One conditional update renews the entry; only the first heartbeat inserts, and a racing twin's insert wins harmlessly.</summary>
    private async Task MarkSeenAsync(int articleId, string userId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var renewed = await db.Set<ArticlePresence>().Where(p => p.ArticleId == articleId && p.UserId == userId)
            .ExecuteUpdateAsync(s => s.SetProperty(p => p.SeenAt, now), cancellationToken);
        if (renewed > 0)
        {
            return;
        }
        db.Set<ArticlePresence>().Add(new ArticlePresence { ArticleId = articleId, UserId = userId, SeenAt = now });
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException clash) when (UniqueViolation.Is(clash))
        {
            // The same user's other tab inserted the entry a moment earlier: it is as fresh as this one.
        }
        finally
        {
            db.ChangeTracker.Clear();
        }
    }
}

public enum PresenceAccess
{
    Allowed,
    NoArticle,
    Refused,
}
