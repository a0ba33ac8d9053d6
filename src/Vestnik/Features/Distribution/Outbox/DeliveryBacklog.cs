using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Vestnik.Data;
using Vestnik.Infrastructure.Localization;
using Vestnik.Infrastructure.Operations.Backlogs;

namespace Vestnik.Features.Distribution.Outbox;

/// <summary>Webhook and Telegram deliveries still to send and those that gave up, on the System page.</summary>
public sealed class DeliveryBacklog(VestnikDbContext db) : IBacklog
{
    public async Task<IReadOnlyList<BacklogLine>> ReadAsync(ContentLanguage language, CancellationToken cancellationToken)
    {
        var counts = await db.Set<Delivery>().AsNoTracking()
            .Where(d => d.Status != DeliveryStatus.Delivered)
            .GroupBy(d => d.Status)
            .Select(g => new { Status = g.Key, Count = g.Count() })
            .ToListAsync(cancellationToken);
        var pending = counts.Where(c => c.Status == DeliveryStatus.Pending).Sum(c => c.Count);
        var failed = counts.Where(c => c.Status == DeliveryStatus.Failed).Sum(c => c.Count);
        var text = language == ContentLanguage.En ? DeliveryBacklogText.En : DeliveryBacklogText.Ru;
        return
        [
            new BacklogLine("pending-deliveries", text.Pending, pending.ToString(CultureInfo.InvariantCulture)),
            new BacklogLine("failed-deliveries", text.Failed, failed.ToString(CultureInfo.InvariantCulture), NeedsAttention: failed > 0),
        ];
    }
}

/// <summary>The delivery queue's names in both languages.</summary>
public sealed record DeliveryBacklogText(string Pending, string Failed)
{
    public static readonly DeliveryBacklogText Ru = new("Вебхуки и Telegram: ждут отправки", "Вебхуки и Telegram: не доставлены");
    public static readonly DeliveryBacklogText En = new("Webhooks and Telegram: waiting to be sent", "Webhooks and Telegram: not delivered");
}
