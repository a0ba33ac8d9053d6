using Microsoft.EntityFrameworkCore;

namespace Vestnik.Data.ChangeLog;

/// <summary>
/// A reader's place in the change log. Ids are handed out when a row is inserted, but on PostgreSQL transactions
/// may commit out of order, so entry 10 can become visible after entry 11. The cursor remembers such gaps for a
/// while and picks the late entries up when they appear; a gap left by a rolled-back transaction simply expires.
/// Every reader decides what is new, what is a gap and when a gap expires here; where the place is kept is the
/// reader's business: a per-node reader keeps the cursor in memory, the outbox saves <see cref="Position"/> and
/// <see cref="Gaps"/> with its work and resumes from them.
/// </summary>
public sealed class ChangeLogCursor(long position, IEnumerable<KeyValuePair<long, DateTimeOffset>> gaps, TimeProvider clock)
{
    public const int BatchSize = 500;

    /// <summary>
    /// The most gaps remembered; beyond it the oldest are forgotten. Real gaps are a handful of transactions in
    /// flight; thousands mean rolled-back bulk work, and remembering them all would only slow every read.
    /// </summary>
    public const int MaxGaps = 1000;

    public static readonly TimeSpan GapPatience = TimeSpan.FromSeconds(30);

    private readonly SortedDictionary<long, DateTimeOffset> _gaps = new(gaps.ToDictionary());

    public ChangeLogCursor(long position, TimeProvider clock)
        : this(position, [], clock)
    {
    }

    /// <summary>The highest id read so far.</summary>
    public long Position { get; private set; } = position;

    /// <summary>Ids below <see cref="Position"/> not seen yet, with when each was first missed.</summary>
    public IReadOnlyDictionary<long, DateTimeOffset> Gaps => _gaps;

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

        var fresh = await db.ChangeLog.AsNoTracking().Where(e => e.Id > Position).OrderBy(e => e.Id).Take(BatchSize).ToListAsync(cancellationToken);
        var expected = Position + 1;
        foreach (var entry in fresh)
        {
            for (var missing = Math.Max(expected, entry.Id - MaxGaps); missing < entry.Id; missing++)
            {
                _gaps[missing] = now;
            }
            expected = entry.Id + 1;
        }
        while (_gaps.Count > MaxGaps)
        {
            _gaps.Remove(_gaps.Keys.First());
        }
        if (fresh.Count > 0)
        {
            Position = fresh[^1].Id;
        }
        result.AddRange(fresh);
        return result;
    }
}
