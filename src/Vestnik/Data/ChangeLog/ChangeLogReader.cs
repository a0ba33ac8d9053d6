using Microsoft.EntityFrameworkCore;

namespace Vestnik.Data.ChangeLog;

/// <summary>Reads the change log in order, for workers that tail it from a position they remember.</summary>
public static class ChangeLogReader
{
    /// <summary>The id of the newest entry, or 0 for an empty log.</summary>
    public static async Task<long> LatestPositionAsync(this VestnikDbContext db, CancellationToken cancellationToken) =>
        await db.ChangeLog.MaxAsync(e => (long?)e.Id, cancellationToken) ?? 0;

    /// <summary>Up to <paramref name="batchSize"/> entries after <paramref name="position"/>, oldest first.</summary>
    public static Task<List<ChangeLogEntry>> ReadAfterAsync(this VestnikDbContext db, long position, int batchSize, CancellationToken cancellationToken) =>
        db.ChangeLog.AsNoTracking().Where(e => e.Id > position).OrderBy(e => e.Id).Take(batchSize).ToListAsync(cancellationToken);
}
