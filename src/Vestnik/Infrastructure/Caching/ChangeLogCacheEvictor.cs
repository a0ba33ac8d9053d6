using Microsoft.AspNetCore.OutputCaching;
using Vestnik.Data;
using Vestnik.Data.ChangeLog;
using Vestnik.Infrastructure.Jobs;
using Vestnik.Infrastructure.Operations.Metrics;

namespace Vestnik.Infrastructure.Caching;

/// <summary>
/// Tails the change log and evicts the cached pages each change affects, a few times a second, so readers see a
/// committed change within about a second on every node (with Redis, the shared store is evicted once per node,
/// which is harmless). A failed read is retried; a failed eviction is not, and the entry lifetime
/// (<c>OutputCache:Lifetime</c>) bounds how stale a page can get.
/// </summary>
public sealed class ChangeLogCacheEvictor(IOutputCacheStore store, IEnumerable<ICacheTagSource> sources, TimeProvider clock) : PeriodicJob
{
    public static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(250);

    private readonly Dictionary<string, ICacheTagSource> _sources = sources.ToDictionary(s => s.Topic);
    private ChangeLogCursor? _cursor;

    /// <summary>The last change-log entry whose pages have been evicted.</summary>
    public long Position => _cursor?.Position ?? 0;

    public override string Name => JobNames.CacheEviction;

    /// <summary>The cache belongs to the node that serves the pages.</summary>
    public override NodeRoles Roles => NodeRoles.Web;

    public override TimeSpan Interval => PollInterval;

    /// <summary>Runs before the server takes requests, so no page can be cached from data older than the cursor.</summary>
    protected internal override async Task StartingAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var db = services.GetRequiredService<VestnikDbContext>();
        _cursor = new ChangeLogCursor(await db.LatestPositionAsync(cancellationToken), clock);
        // Changes made while this node was down are unknown; with a shared store, start from a clean cache.
        await store.EvictByTagAsync(CacheTags.All, cancellationToken);
    }

    protected internal override async Task RunAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var db = services.GetRequiredService<VestnikDbContext>();
        var changes = await _cursor!.NextAsync(db, cancellationToken);
        var tags = new HashSet<string>();
        foreach (var change in changes)
        {
            if (_sources.TryGetValue(change.Topic, out var source))
            {
                tags.UnionWith(await source.TagsForAsync(db, change, cancellationToken));
            }
        }
        foreach (var tag in tags)
        {
            await store.EvictByTagAsync(tag, cancellationToken);
        }
    }
}
