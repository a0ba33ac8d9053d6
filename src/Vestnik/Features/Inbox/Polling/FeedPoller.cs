using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Vestnik.Data;
using Vestnik.Features.Inbox.Model;
using Vestnik.Infrastructure.Jobs;
using Vestnik.Infrastructure.Operations.Metrics;

namespace Vestnik.Features.Inbox.Polling;

/// <summary>
/// The background poller. Every tick it claims due subscriptions with a conditional UPDATE on the lease column, so
/// when several nodes run it each feed is fetched by exactly one of them; a node that dies mid-fetch only holds its
/// feeds until the lease expires. Feeds are polled a few at a time; one failing feed never stops the others.
/// </summary>
public sealed class FeedPoller(IServiceScopeFactory scopes, IOptions<InboxOptions> options, TimeProvider clock, VestnikMetrics metrics, ILogger<FeedPoller> logger)
    : PeriodicJob
{
    private const int Parallelism = 4;

    public override string Name => JobNames.FeedPolling;

    /// <summary>Each feed is claimed by one node, so every worker node shares the polling.</summary>
    public override NodeRoles Roles => NodeRoles.Worker;

    public override TimeSpan Interval => options.Value.PollerTick;

    /// <summary>Off with the deprecated <c>Inbox:PollerEnabled=false</c>.</summary>
    public override bool IsEnabled => options.Value.PollerEnabled;

    protected internal override Task RunAsync(IServiceProvider services, CancellationToken cancellationToken) => PollDueAsync(cancellationToken);

    /// <summary>Claims and polls every due subscription; returns how many this node polled.</summary>
    public async Task<int> PollDueAsync(CancellationToken ct)
    {
        var claimed = await ClaimDueAsync(ct);
        await Parallel.ForEachAsync(claimed, new ParallelOptions { MaxDegreeOfParallelism = Parallelism, CancellationToken = ct }, async (id, token) =>
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                await scope.ServiceProvider.GetRequiredService<PollSubscription>().RunAsync(id, token);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                metrics.JobFailed(JobNames.FeedPolling);
                logger.LogError(e, "Polling subscription {SubscriptionId} failed unexpectedly.", id);
            }
        });
        return claimed.Count;
    }

    private async Task<List<int>> ClaimDueAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<VestnikDbContext>();
        var now = clock.GetUtcNow();
        var due = await db.Set<FeedSubscription>()
            .Where(s => s.IsEnabled && s.NextPollAt <= now && (s.LeaseUntil == null || s.LeaseUntil < now))
            .OrderBy(s => s.NextPollAt)
            .Select(s => s.Id)
            .Take(options.Value.BatchSize)
            .ToListAsync(ct);
        var leaseUntil = now + options.Value.Lease;
        var claimed = new List<int>();
        foreach (var id in due)
        {
            // Only one node's UPDATE matches the row while the lease is free; the others see 0 rows and move on. The row
            // must still be due: another node may have claimed, polled and released it since this node read the list.
            var rows = await db.Set<FeedSubscription>()
                .Where(s => s.Id == id && s.NextPollAt <= now && (s.LeaseUntil == null || s.LeaseUntil < now))
                .ExecuteUpdateAsync(s => s.SetProperty(x => x.LeaseUntil, leaseUntil), ct);
            if (rows == 1)
            {
                claimed.Add(id);
            }
        }
        return claimed;
    }
}
