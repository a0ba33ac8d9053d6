using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Vestnik.Data;
using Vestnik.Features.Inbox.Model;
using Vestnik.Infrastructure.Jobs;
using Vestnik.Infrastructure.Operations.Metrics;

namespace Vestnik.Features.Inbox.Polling;

/// <summary>
/// Deletes inbox items older than <see cref="InboxOptions.RetentionDays"/> that no retelling came from. Items with a
/// retelling stay: they are the draft's link back to the wire. One worker node purges for the cluster.
/// </summary>
public sealed class InboxPurge(IOptions<InboxOptions> options, TimeProvider clock, ILogger<InboxPurge> logger) : PeriodicJob
{
    public override string Name => JobNames.InboxPurge;

    public override NodeRoles Roles => NodeRoles.Worker;

    public override TimeSpan Interval => TimeSpan.FromHours(1);

    public override bool OncePerCluster => true;

    /// <summary>Off with the deprecated <c>Inbox:PollerEnabled=false</c>.</summary>
    public override bool IsEnabled => options.Value.PollerEnabled;

    protected internal override async Task RunAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var purged = await PurgeAsync(services.GetRequiredService<VestnikDbContext>(), cancellationToken);
        if (purged > 0)
        {
            logger.LogInformation("Purged {Count} inbox items older than {Days} days.", purged, options.Value.RetentionDays);
        }
    }

    public Task<int> PurgeAsync(VestnikDbContext db, CancellationToken ct)
    {
        var cutoff = clock.GetUtcNow().AddDays(-options.Value.RetentionDays);
        return db.Set<InboxItem>()
            .Where(i => i.ArticleId == null && i.FoundAt < cutoff)
            .ExecuteDeleteAsync(ct);
    }
}
