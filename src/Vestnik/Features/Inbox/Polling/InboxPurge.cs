using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Vestnik.Data;
using Vestnik.Features.Inbox.Model;
using Vestnik.Infrastructure.Operations.Metrics;

namespace Vestnik.Features.Inbox.Polling;

/// <summary>
/// Deletes inbox items older than <see cref="InboxOptions.RetentionDays"/> that no retelling came from. Items with a
/// retelling stay: they are the draft's link back to the wire. Running it on several nodes is harmless.
/// </summary>
public sealed class InboxPurge(IServiceScopeFactory scopes, IOptions<InboxOptions> options, TimeProvider clock, VestnikMetrics metrics, ILogger<InboxPurge> logger)
    : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromHours(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval, clock);
        do
        {
            try
            {
                var purged = await PurgeAsync(stoppingToken);
                if (purged > 0)
                {
                    logger.LogInformation("Purged {Count} inbox items older than {Days} days.", purged, options.Value.RetentionDays);
                }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                metrics.JobFailed(JobNames.InboxPurge);
                logger.LogError(e, "The inbox purge failed; it will try again in an hour.");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    public async Task<int> PurgeAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<VestnikDbContext>();
        var cutoff = clock.GetUtcNow().AddDays(-options.Value.RetentionDays);
        return await db.Set<InboxItem>()
            .Where(i => i.ArticleId == null && i.FoundAt < cutoff)
            .ExecuteDeleteAsync(ct);
    }
}
