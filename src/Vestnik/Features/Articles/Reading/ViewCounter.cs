using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Vestnik.Data;
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

public sealed class ViewCountFlusher(ViewCounter counter, IServiceScopeFactory scopes, VestnikMetrics metrics, ILogger<ViewCountFlusher> logger) : BackgroundService
{
    private static readonly TimeSpan Interval = TimeSpan.FromSeconds(5);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                await FlushAsync(CancellationToken.None);
            }
        }
        catch (OperationCanceledException)
        {
            // Shutting down: fall through to the final flush.
        }
        await FlushAsync(CancellationToken.None);
    }

    public async Task FlushAsync(CancellationToken cancellationToken)
    {
        var batch = counter.Drain();
        if (batch.Count == 0)
        {
            return;
        }
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<VestnikDbContext>();
            foreach (var (articleId, views) in batch)
            {
                await db.Articles.Where(a => a.Id == articleId)
                    .ExecuteUpdateAsync(s => s.SetProperty(a => a.ViewCount, a => a.ViewCount + views), cancellationToken);
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            metrics.JobFailed(JobNames.ViewCounts);
            logger.LogWarning(ex, "Could not store {Count} article view counts; they are dropped", batch.Count);
        }
    }
}
