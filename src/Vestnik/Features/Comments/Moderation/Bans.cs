using Microsoft.EntityFrameworkCore;
using Vestnik.Data;
using Vestnik.Features.Comments.Model;

namespace Vestnik.Features.Comments.Moderation;

public enum BanState
{
    None,
    Banned,
    Shadow,
}

/// <summary>Whether an account or an address may comment right now.</summary>
public sealed class Bans(VestnikDbContext db, TimeProvider clock)
{
    public async Task<BanState> StateAsync(string? userId, string ipHash, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var bans = await db.Set<CommentBan>().AsNoTracking()
            .Where(b => b.LiftedAt == null && ((userId != null && b.UserId == userId) || b.IpHash == ipHash))
            .ToListAsync(cancellationToken);
        var active = bans.Where(b => b.IsActive(now)).ToList();
        if (active.Any(b => !b.IsShadow))
        {
            return BanState.Banned;
        }
        return active.Count > 0 ? BanState.Shadow : BanState.None;
    }
}
