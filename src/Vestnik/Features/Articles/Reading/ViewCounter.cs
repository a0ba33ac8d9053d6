using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Vestnik.Data;
using Vestnik.Infrastructure.Jobs;
using Vestnik.Infrastructure.Operations.Metrics;

namespace Vestnik.Features.Articles.Reading;

/// <summary>
/// Counts article views in memory and adds them to the database every few seconds, so that reading an
/// article never waits for a write. A crash loses at most one interval of counts, which "most read" tolerates.
/// </summary>
public sealed class ViewCounter
{
    private ConcurrentDictionary<int, long> _pending = new();

    public void Count(int articleId) => _pending.AddOrUpdate(articleId, 1, static (_, n) => n + 1);

    /// <summary>Takes the counts gathered so far and starts a new batch.</summary>
    public IReadOnlyDictionary<int, long> Drain() => Interlocked.Exchange(ref _pending, new ConcurrentDictionary<int, long>());
}

/// <summary>Adds the counted views to the database every few seconds, and once more when the node stops.</summary>
public sealed class ViewCountFlusher(ViewCounter counter) : PeriodicJob
{
    public override string Name => JobNames.ViewCounts;

    /// <summary>The counts are of the pages this node served.</summary>
    public override NodeRoles Roles => NodeRoles.Web;

    public override TimeSpan Interval => TimeSpan.FromSeconds(5);

    public override bool RunsAtStop => true;

    /// <summary>A batch whose write fails is dropped, which "most read" tolerates.</summary>
    protected internal override async Task RunAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var db = services.GetRequiredService<VestnikDbContext>();
        foreach (var (articleId, views) in counter.Drain())
        {
            await db.Articles.Where(a => a.Id == articleId)
                .ExecuteUpdateAsync(s => s.SetProperty(a => a.ViewCount, a => a.ViewCount + views), cancellationToken);
        }
    }
}
