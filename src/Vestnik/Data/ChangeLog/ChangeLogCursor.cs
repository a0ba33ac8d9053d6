using Microsoft.EntityFrameworkCore;

namespace Vestnik.Data.ChangeLog;

/// <summary>
/// A reader's place in the change log. Ids are handed out when a row is inserted, but on PostgreSQL transactions
/// may commit out of order, so entry 10 can become visible after entry 11. The cursor remembers such gaps for a
/// while and picks the late entries up when they appear; a gap left by a rolled-back transaction simply expires.
/// </summary>
public sealed class ChangeLogCursor(long position, TimeProvider clock)
{
    public const int BatchSize = 500;
    public static readonly TimeSpan GapPatience = TimeSpan.FromSeconds(30);

    private readonly Dictionary<long, DateTimeOffset> _gaps = [];

    public long Position { get; private set; } = position;

    /// <summary>Entries not yet returned: late arrivals in earlier gaps first, then the next batch in id order.</summary>
    public async Task<IReadOnlyList<ChangeLogEntry>> NextAsync(VestnikDbContext db, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        foreach (var expired in _gaps.Where(g => now - g.Value > GapPatience).Select(g => g.Key).ToList())
        {
            _gaps.Remove(expired);
        }

        var result = new List<ChangeLogEntry>();
        if (_gaps.Count > 0)
        {
            var gapIds = _gaps.Keys.ToList();
            var late = await db.ChangeLog.AsNoTracking().Where(e => gapIds.Contains(e.Id)).OrderBy(e => e.Id).ToListAsync(cancellationToken);
            foreach (var entry in late)
            {
                _gaps.Remove(entry.Id);
            }
            result.AddRange(late);
        }

        var fresh = await db.ReadAfterAsync(Position, BatchSize, cancellationToken);
        var expected = Position + 1;
        foreach (var entry in fresh)
        {
            for (var missing = expected; missing < entry.Id; missing++)
            {
                _gaps[missing] = now;
            }
            expected = entry.Id + 1;
        }
        if (fresh.Count > 0)
        {
            Position = fresh[^1].Id;
        }
        result.AddRange(fresh);
        return result;
    }
}
