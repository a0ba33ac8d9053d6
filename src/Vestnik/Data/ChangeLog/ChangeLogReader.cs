using Microsoft.EntityFrameworkCore;

namespace Vestnik.Data.ChangeLog;

/// <summary>Where the change log ends, for a reader that starts from now and for measuring how far one lags.</summary>
public static class ChangeLogReader
{
    /// <summary>The id of the newest entry, or 0 for an empty log.</summary>
    public static async Task<long> LatestPositionAsync(this VestnikDbContext db, CancellationToken cancellationToken) =>
        await db.ChangeLog.MaxAsync(e => (long?)e.Id, cancellationToken) ?? 0;
}
