using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Vestnik.Features.Distribution.Webhooks;

namespace Vestnik.Features.Distribution.Outbox;

public enum DeliveryTarget
{
    Webhook = 0,
    Telegram = 1,
}

public enum DeliveryStatus
{
    Pending = 0,
    Delivered = 1,
    /// <summary>Gave up after the configured number of attempts; an admin can resend it.</summary>
    Failed = 2,
}

/// <summary>
/// One message to one target, persisted before any attempt (the outbox), and kept afterwards as the delivery log.
/// The payload is fixed when the message is written, so a retry or a resend sends the same body.
/// </summary>
public sealed class Delivery
{
    public const int MaxErrorLength = 1000;

    public long Id { get; private set; }
    public DeliveryTarget Target { get; init; }
    public int? WebhookId { get; init; }
    public required string Event { get; init; }
    public int ArticleId { get; init; }
    public required string Payload { get; init; }
    public DeliveryStatus Status { get; private set; }
    public int Attempts { get; private set; }
    public DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset NextAttemptAt { get; set; }
    public DateTimeOffset? LastAttemptAt { get; private set; }
    public DateTimeOffset? DeliveredAt { get; private set; }
    public int? LastStatusCode { get; private set; }
    public string? LastError { get; private set; }

    public void Succeeded(DateTimeOffset now, int statusCode)
    {
        Attempts++;
        LastAttemptAt = now;
        LastStatusCode = statusCode;
        LastError = null;
        Status = DeliveryStatus.Delivered;
        DeliveredAt = now;
    }

    /// <summary>Records a failed attempt and schedules the next one with exponential backoff, or gives up.</summary>
    public void AttemptFailed(DateTimeOffset now, int? statusCode, string error, int maxAttempts, TimeSpan baseDelay, TimeSpan maxDelay)
    {
        Attempts++;
        LastAttemptAt = now;
        LastStatusCode = statusCode;
        LastError = error.Length > MaxErrorLength ? error[..MaxErrorLength] : error;
        if (Attempts >= maxAttempts)
        {
            Status = DeliveryStatus.Failed;
            return;
        }
        var delay = baseDelay * Math.Pow(2, Attempts - 1);
        NextAttemptAt = now + (delay > maxDelay ? maxDelay : delay);
    }

    /// <summary>A fresh copy of this message for an admin's "resend": same body, new attempts.</summary>
    public Delivery Resend(DateTimeOffset now) => new()
    {
        Target = Target,
        WebhookId = WebhookId,
        Event = Event,
        ArticleId = ArticleId,
        Payload = Payload,
        CreatedAt = now,
        NextAttemptAt = now,
    };
}

internal sealed class DeliveryConfiguration : IEntityTypeConfiguration<Delivery>
{
    public void Configure(EntityTypeBuilder<Delivery> builder)
    {
        builder.ToTable("Deliveries");
        builder.Property(d => d.Event).HasMaxLength(40);
        builder.Property(d => d.LastError).HasMaxLength(Delivery.MaxErrorLength);
        builder.HasOne<Webhook>().WithMany().HasForeignKey(d => d.WebhookId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(d => new { d.Status, d.NextAttemptAt });
        builder.HasIndex(d => new { d.WebhookId, d.Id });
    }
}
