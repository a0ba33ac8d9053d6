using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Vestnik.Data;
using Vestnik.Features.Articles.Model;
using Vestnik.Features.Newsroom.Articles.Workflow;
using Vestnik.Infrastructure.Jobs;
using Vestnik.Infrastructure.Operations.Metrics;

namespace Vestnik.Features.Newsroom.Scheduling;

public sealed class SchedulerOptions
{
    public const string Section = "Newsroom:Scheduler";

    /// <summary>How often due articles are looked for.</summary>
    public TimeSpan Interval { get; set; } = TimeSpan.FromSeconds(15);
}

/// <summary>
/// Publishes scheduled articles when their time comes. Every worker node runs it, with no lease to wait for after a
/// crash: each publication is an UPDATE conditioned on the version the node read, so when two nodes race for one
/// article exactly one UPDATE matches a row and the other gets a concurrency failure and moves on. An article is
/// published at most once.
/// </summary>
public sealed class ScheduledPublisher(TimeProvider clock, IOptions<SchedulerOptions> options, ILogger<ScheduledPublisher> logger) : PeriodicJob
{
    public override string Name => JobNames.ScheduledPublishing;

    public override NodeRoles Roles => NodeRoles.Worker;

    public override TimeSpan Interval => options.Value.Interval;

    protected internal override Task RunAsync(IServiceProvider services, CancellationToken cancellationToken) =>
        PublishDueAsync(services, cancellationToken);

    /// <summary>Publishes every article whose time has come; returns how many this node published.</summary>
    public async Task<int> PublishDueAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var db = services.GetRequiredService<VestnikDbContext>();
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
            if (await PublishOneAsync(services, id, now, cancellationToken))
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
