using Vestnik.Data;
using Vestnik.Data.ChangeLog;

namespace Vestnik.Features.Search.Indexing;

/// <summary>How many change-log entries this node's search index has not applied yet (metrics and the System page).</summary>
public static class IndexLag
{
    public static async Task<long> EntriesAsync(SearchIndex index, VestnikDbContext db, CancellationToken cancellationToken)
    {
        // The index's position first: read after the log's end, it could pass it and hide a lag.
        var position = index.Position;
        return Math.Max(0, await db.LatestPositionAsync(cancellationToken) - position);
    }
}
