using Microsoft.AspNetCore.OutputCaching;
using Vestnik.Data;
using Vestnik.Data.ChangeLog;
using Vestnik.Infrastructure.Operations.Metrics;

namespace Vestnik.Infrastructure.Caching;

/// <summary>
/// Tails the change log and evicts the cached pages each change affects, a few times a second, so readers see a
/// committed change within about a second on every node (with Redis, the shared store is evicted once per node,
/// which is harmless).
/// </summary>
public sealed class ChangeLogCacheEvictor(
    IOutputCacheStore store,
    IEnumerable<ICacheTagSource> sources,
    IServiceScopeFactory scopes,
    TimeProvider clock,
    VestnikMetrics metrics,
    ILogger<ChangeLogCacheEvictor> logger) : BackgroundService
{
    public static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(250);

    private readonly Dictionary<string, ICacheTagSource> _sources = sources.ToDictionary(s => s.Topic);
    private ChangeLogCursor? _cursor;

    /// <summary>The last change-log entry whose pages have been evicted.</summary>
    public long Position => _cursor?.Position ?? 0;

    /// <summary>Runs before the server takes requests, so no page can be cached from data older than the cursor.</summary>
    public override async Task StartAsync(CancellationToken cancellationToken)
    {
        await using (var scope = scopes.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<VestnikDbContext>();
            _cursor = new ChangeLogCursor(await db.LatestPositionAsync(cancellationToken), clock);
        }
        // Changes made while this node was down are unknown; with a shared store, start from a clean cache.
        await store.EvictByTagAsync(CacheTags.All, cancellationToken);
        await base.StartAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var cursor = _cursor!;
        using var timer = new PeriodicTimer(PollInterval);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await EvictNextAsync(cursor, stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // The database or Redis may be away for a moment. A failed read is retried on the next tick; a
                // failed eviction is not, and the entry lifetime (OutputCache:Lifetime) bounds how stale it can get.
                metrics.JobFailed(JobNames.CacheEviction);
                logger.LogWarning(ex, "Cache eviction from the change log failed at position {Position}", cursor.Position);
            }
        }
    }

    private async Task EvictNextAsync(ChangeLogCursor cursor, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<VestnikDbContext>();
        var changes = await cursor.NextAsync(db, cancellationToken);
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
