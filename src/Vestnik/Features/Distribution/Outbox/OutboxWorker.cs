using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Vestnik.Data;
using Vestnik.Features.Distribution.Webhooks;
using Vestnik.Features.Site;
using Vestnik.Infrastructure.Jobs;
using Vestnik.Infrastructure.Operations.Metrics;

namespace Vestnik.Features.Distribution.Outbox;

/// <summary>
/// The background side of distribution, never on a reader's or editor's request path: turns the change log into
/// outbox messages, then delivers the due ones in parallel, each attempt bounded by <c>Webhooks:Timeout</c>.
/// A message is claimed with a conditional update before it is sent, so every worker node may share the deliveries
/// and none is sent twice at once. <see cref="PeriodicJob.Wake"/> runs it before the next poll (after a resend).
/// </summary>
public sealed class OutboxWorker(
    IServiceScopeFactory scopes,
    TimeProvider clock,
    IOptions<WebhookOptions> options,
    PublicUrl publicUrl,
    VestnikMetrics metrics,
    ILogger<OutboxWorker> logger) : PeriodicJob
{
    private const int DeliveriesPerRound = 16;

    public override string Name => JobNames.Outbox;

    public override NodeRoles Roles => NodeRoles.Worker;

    public override TimeSpan Interval => options.Value.PollInterval;

    protected internal override Task StartingAsync(IServiceProvider services, CancellationToken cancellationToken) =>
        services.GetRequiredService<OutboxWriter>().EnsureCursorAsync(cancellationToken);

    /// <summary>One round: write messages for new changes, then attempt every due message once, each in a scope of its own.</summary>
    protected internal override async Task RunAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var writer = services.GetRequiredService<OutboxWriter>();
        try
        {
            while (await writer.WriteNextBatchAsync(publicUrl.Origin(request: null), cancellationToken) > 0)
            {
            }
        }
        catch (DbUpdateConcurrencyException)
        {
            // Another node advanced the cursor over the same changes; its messages stand.
        }

        var db = services.GetRequiredService<VestnikDbContext>();
        var now = clock.GetUtcNow();
        var due = await db.Set<Delivery>().AsNoTracking()
            .Where(d => d.Status == DeliveryStatus.Pending && d.NextAttemptAt <= now)
            .OrderBy(d => d.NextAttemptAt).ThenBy(d => d.Id)
            .Select(d => d.Id)
            .Take(DeliveriesPerRound)
            .ToListAsync(cancellationToken);
        await Task.WhenAll(due.Select(id => AttemptAsync(id, cancellationToken)));
    }

    private async Task AttemptAsync(long deliveryId, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<VestnikDbContext>();
        var o = options.Value;
        var now = clock.GetUtcNow();
        var lease = now + o.Timeout + o.LeaseMargin;
        var claimed = await db.Set<Delivery>()
            .Where(d => d.Id == deliveryId && d.Status == DeliveryStatus.Pending && d.NextAttemptAt <= now)
            .ExecuteUpdateAsync(s => s.SetProperty(d => d.NextAttemptAt, lease), cancellationToken);
        if (claimed == 0)
        {
            return;
        }
        var delivery = await db.Set<Delivery>().SingleAsync(d => d.Id == deliveryId, cancellationToken);
        var result = await scope.ServiceProvider.GetRequiredService<DeliverySender>().SendAsync(delivery, cancellationToken);
        var finished = clock.GetUtcNow();
        if (result.Ok)
        {
            delivery.Succeeded(finished, result.StatusCode ?? 200);
        }
        else
        {
            delivery.AttemptFailed(finished, result.StatusCode, result.Error ?? "failed", o.MaxAttempts, o.RetryBaseDelay, o.MaxRetryDelay);
            metrics.DeliveryFailed(delivery.Target == DeliveryTarget.Telegram ? DeliveryKinds.Telegram : DeliveryKinds.Webhook);
            logger.LogWarning("Delivery {Id} ({Target}, {Event}) attempt {Attempt} failed: {Error}",
                delivery.Id, delivery.Target, delivery.Event, delivery.Attempts, delivery.LastError);
        }
        await db.SaveChangesAsync(CancellationToken.None);
    }
}
