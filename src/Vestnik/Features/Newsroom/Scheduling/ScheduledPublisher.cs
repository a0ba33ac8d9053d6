using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Vestnik.Data;
using Vestnik.Features.Articles.Model;
using Vestnik.Features.Newsroom.Articles.Workflow;
using Vestnik.Infrastructure.Operations.Metrics;

namespace Vestnik.Features.Newsroom.Scheduling;

public sealed class SchedulerOptions
{
    public const string Section = "Newsroom:Scheduler";

    /// <summary>How often due articles are looked for.</summary>
    public TimeSpan Interval { get; set; } = TimeSpan.FromSeconds(15);
}

/// <summary>
/// Publishes scheduled articles when their time comes. Every node may run it: each publication is an UPDATE
/// conditioned on the version the node read, so when two nodes race for one article exactly one UPDATE matches
/// a row and the other gets a concurrency failure and moves on. An article is published at most once.
/// </summary>
public sealed class ScheduledPublisher(
    IServiceScopeFactory scopes, TimeProvider clock, IOptions<SchedulerOptions> options, VestnikMetrics metrics, ILogger<ScheduledPublisher> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.Interval, clock);
        do
        {
            try
            {
                await PublishDueAsync(stoppingToken);
            }
            catch (Exception ex) when (ex is DbUpdateException or InvalidOperationException or System.Data.Common.DbException)
            {
                // The database may be briefly unavailable; the next tick tries again.
                metrics.JobFailed(JobNames.ScheduledPublishing);
                logger.LogWarning(ex, "Publishing scheduled articles failed; retrying on the next tick");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    /// <summary>Publishes every article whose time has come; returns how many this node published.</summary>
    public async Task<int> PublishDueAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<VestnikDbContext>();
        var now = clock.GetUtcNow();
        var due = await db.Articles.AsNoTracking()
            .Where(a => a.Status == ArticleStatus.Scheduled && a.ScheduledFor <= now)
            .OrderBy(a => a.ScheduledFor)
            .Select(a => a.Id)
            .Take(100)
            .ToListAsync(cancellationToken);
        var published = 0;
        foreach (var id in due)
        {
            if (await PublishOneAsync(scope.ServiceProvider, id, now, cancellationToken))
            {
                published++;
            }
        }
        return published;
    }

    private async Task<bool> PublishOneAsync(IServiceProvider services, int id, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var result = await services.GetRequiredService<ArticleWorkflow>().PublishScheduledAsync(id, now, cancellationToken);
        if (result.Outcome == ChangeOutcome.Stale)
        {
            logger.LogInformation("Article {Id} was published or changed by someone else first", id);
        }
        else if (result.Saved)
        {
            logger.LogInformation("Published scheduled article {Id}", id);
        }
        return result.Saved;
    }
}
