using Microsoft.EntityFrameworkCore;
using Vestnik.Data;
using Vestnik.Features.Distribution.Outbox;

namespace Vestnik.Features.Distribution.Webhooks;

/// <summary>One line of a delivery log.</summary>
public sealed record DeliveryRow(
    long Id, string Event, int ArticleId, DeliveryStatus Status, int Attempts, DateTimeOffset CreatedAt,
    DateTimeOffset? LastAttemptAt, DateTimeOffset? DeliveredAt, DateTimeOffset NextAttemptAt, int? LastStatusCode, string? LastError);

public sealed record WebhookRow(int Id, string Url, string Description, bool IsActive, DateTimeOffset CreatedAt, int Failed, int Pending);

/// <summary>What the admin pages do with webhooks: list, register, switch off, remove, read the log, resend.</summary>
public sealed class WebhookAdmin(VestnikDbContext db, WebhookTargetGuard guard, OutboxWorker outbox, TimeProvider clock)
{
    public const int LogLength = 100;

    public Task<List<WebhookRow>> ListAsync(CancellationToken cancellationToken) =>
        db.Set<Webhook>().AsNoTracking().OrderBy(w => w.Id)
            .Select(w => new WebhookRow(w.Id, w.Url, w.Description, w.IsActive, w.CreatedAt,
                db.Set<Delivery>().Count(d => d.WebhookId == w.Id && d.Status == DeliveryStatus.Failed),
                db.Set<Delivery>().Count(d => d.WebhookId == w.Id && d.Status == DeliveryStatus.Pending)))
            .ToListAsync(cancellationToken);

    public Task<Webhook?> FindAsync(int id, CancellationToken cancellationToken) =>
        db.Set<Webhook>().AsNoTracking().FirstOrDefaultAsync(w => w.Id == id, cancellationToken);

    /// <summary>Registers the URL, or says why not (not http(s), private address, unknown host).</summary>
    public async Task<(Webhook? Webhook, string? Error)> RegisterAsync(string url, string description, DistributionText text, CancellationToken cancellationToken)
    {
        url = url.Trim();
        description = description.Trim();
        if (description.Length > Webhook.MaxDescriptionLength)
        {
            return (null, text.DescriptionTooLong(Webhook.MaxDescriptionLength));
        }
        if (await guard.RefusalAsync(url, text, cancellationToken) is { } refusal)
        {
            return (null, refusal);
        }
        var webhook = new Webhook { Url = url, Description = description, CreatedAt = clock.GetUtcNow() };
        db.Add(webhook);
        await db.SaveChangesAsync(cancellationToken);
        return (webhook, null);
    }

    public async Task<bool> SetActiveAsync(int id, bool active, CancellationToken cancellationToken) =>
        await db.Set<Webhook>().Where(w => w.Id == id)
            .ExecuteUpdateAsync(s => s.SetProperty(w => w.IsActive, active), cancellationToken) > 0;

    public async Task<bool> RemoveAsync(int id, CancellationToken cancellationToken)
    {
        var webhook = await db.Set<Webhook>().FirstOrDefaultAsync(w => w.Id == id, cancellationToken);
        if (webhook is null)
        {
            return false;
        }
        db.Remove(webhook);
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    public Task<List<DeliveryRow>> LogAsync(int? webhookId, DeliveryTarget target, CancellationToken cancellationToken) =>
        db.Set<Delivery>().AsNoTracking()
            .Where(d => d.Target == target && d.WebhookId == webhookId)
            .OrderByDescending(d => d.Id)
            .Take(LogLength)
            .Select(d => new DeliveryRow(d.Id, d.Event, d.ArticleId, d.Status, d.Attempts, d.CreatedAt, d.LastAttemptAt,
                d.DeliveredAt, d.NextAttemptAt, d.LastStatusCode, d.LastError))
            .ToListAsync(cancellationToken);

    /// <summary>Queues the same message again as a new log line; null when there is no such delivery.</summary>
    public async Task<Delivery?> ResendAsync(long deliveryId, CancellationToken cancellationToken)
    {
        var original = await db.Set<Delivery>().AsNoTracking().FirstOrDefaultAsync(d => d.Id == deliveryId, cancellationToken);
        if (original is null)
        {
            return null;
        }
        var copy = original.Resend(clock.GetUtcNow());
        db.Add(copy);
        await db.SaveChangesAsync(cancellationToken);
        outbox.Wake();
        return copy;
    }
}
