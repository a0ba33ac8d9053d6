using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Vestnik.Features.Distribution.Webhooks;

/// <summary>An outside system that receives a signed JSON message when an article is published, updated or unpublished.</summary>
public sealed class Webhook
{
    public const int MaxUrlLength = 2000;
    public const int MaxDescriptionLength = 200;

    public int Id { get; private set; }
    public required string Url { get; set; }
    public string Description { get; set; } = "";

    /// <summary>The HMAC-SHA256 key the receiver verifies signatures with.</summary>
    public string Secret { get; private set; } = NewSecret();
    public bool IsActive { get; set; } = true;
    public DateTimeOffset CreatedAt { get; init; }

    public void RotateSecret() => Secret = NewSecret();

    private static string NewSecret() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(32));
}

internal sealed class WebhookConfiguration : IEntityTypeConfiguration<Webhook>
{
    public void Configure(EntityTypeBuilder<Webhook> builder)
    {
        builder.ToTable("Webhooks");
        builder.Property(w => w.Url).HasMaxLength(Webhook.MaxUrlLength);
        builder.Property(w => w.Description).HasMaxLength(Webhook.MaxDescriptionLength);
        builder.Property(w => w.Secret).HasMaxLength(64);
    }
}
