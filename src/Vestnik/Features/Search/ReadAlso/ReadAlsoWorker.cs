using System.Threading.Channels;
using Vestnik.Infrastructure.Jobs;
using Vestnik.Infrastructure.Operations.Metrics;

namespace Vestnik.Features.Search.ReadAlso;

/// <summary>
/// Computes Read also lists apart from indexing, so that on a large site a burst of changes never delays the moment
/// a change becomes searchable. The indexer hands over what it applied; work queued meanwhile is merged into one
/// round. The lists live in the shared database, so one worker node computes them for the cluster, under a lease.
/// </summary>
public sealed class ReadAlsoWorker(
    ReadAlsoRefresher refresher,
    IServiceScopeFactory scopes,
    NodeOptions node,
    VestnikMetrics metrics,
    ILogger<ReadAlsoWorker> logger) : BackgroundService
{
    private const string Job = "read-also";
    private static readonly TimeSpan Lease = TimeSpan.FromMinutes(1);

    private readonly Channel<Work> _queue = Channel.CreateUnbounded<Work>(new UnboundedChannelOptions { SingleReader = true });

    /// <summary>Queues the lists of changed articles, and of the neighbours of articles new to readers.</summary>
    public void AfterIndexing(IReadOnlyCollection<int> changed, IReadOnlyCollection<int> newToReaders) =>
        _queue.Writer.TryWrite(new Work(changed, newToReaders, FillMissing: false));

    /// <summary>Queues lists for every published article that has none (after a rebuild).</summary>
    public void FillMissing() => _queue.Writer.TryWrite(new Work([], [], FillMissing: true));

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await foreach (var first in _queue.Reader.ReadAllAsync(stoppingToken))
        {
            var changed = new HashSet<int>(first.Changed);
            var fresh = new HashSet<int>(first.NewToReaders);
            var fillMissing = first.FillMissing;
            while (_queue.Reader.TryRead(out var more))
            {
                changed.UnionWith(more.Changed);
                fresh.UnionWith(more.NewToReaders);
                fillMissing |= more.FillMissing;
            }
            try
            {
                if (!await HoldsLeaseAsync(stoppingToken))
                {
                    continue;
                }
                if (fillMissing)
                {
                    await refresher.FillMissingAsync(stoppingToken);
                }
                await refresher.AfterIndexingAsync(changed, fresh, stoppingToken);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                // The article page falls back to the section's latest until the next change refreshes the list.
                metrics.JobFailed(JobNames.ReadAlso);
                logger.LogError(exception, "Computing Read also for {Count} articles failed", changed.Count + fresh.Count);
            }
        }
    }

    private async Task<bool> HoldsLeaseAsync(CancellationToken cancellationToken)
    {
        if (!node.RunsWorkers)
        {
            return false;
        }
        await using var scope = scopes.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<JobLeases>().TryAcquireAsync(Job, Lease, cancellationToken);
    }

    private sealed record Work(IReadOnlyCollection<int> Changed, IReadOnlyCollection<int> NewToReaders, bool FillMissing);
}
