using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Vestnik.Features.Api.Keys;

/// <summary>
/// A key an outside tool sends to read the content API or, with a writing scope, to write through the admin API as a
/// staff account. Only a SHA-256 of the secret is stored: the secret is shown
/// once, when the key is created, and a stolen database copy holds nothing that opens the API.
/// </summary>
public sealed class ApiKey
{
    public const int MaxNameLength = 100;
    public const int MaxOrigins = 20;
    public const int MaxOriginLength = 200;
    public const int MinRequestsPerMinute = 1;
    public const int MaxRequestsPerMinute = 100_000;

    /// <summary>What every key's secret starts with, so a leaked one is easy to recognise in logs and code scanners.</summary>
    public const string SecretPrefix = "vk_";

    public int Id { get; private set; }
    public required string Name { get; set; }

    /// <summary>Lower-case hex SHA-256 of the secret: the only form in which the secret is kept.</summary>
    public required string SecretHash { get; init; }

    /// <summary>The scopes the key holds (<see cref="ApiScopes"/>), space-separated as in OAuth.</summary>
    public required string Scopes { get; init; }

    /// <summary>Origins (scheme, host and port) whose pages may call the API with this key from a browser; one per line.</summary>
    public string AllowedOrigins { get; init; } = "";

    public int RequestsPerMinute { get; init; }

    /// <summary>
    /// The staff account a key with a writing scope acts as: its writes are allowed by that account's roles and
    /// recorded under its name, so a key never holds more than the person it stands for.
    /// </summary>
    public string? ActsAsUserId { get; init; }
    public string? CreatedByUserId { get; init; }
    public DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset? LastUsedAt { get; set; }
    public DateTimeOffset? RevokedAt { get; private set; }

    public bool IsRevoked => RevokedAt is not null;

    public IReadOnlyList<string> ScopeList => Scopes.Split(' ', StringSplitOptions.RemoveEmptyEntries);

    public IReadOnlyList<string> OriginList => AllowedOrigins.Split('\n', StringSplitOptions.RemoveEmptyEntries);

    /// <summary>Revoking is final: a revoked key never works again, and its row stays as the record of who had access.</summary>
    public void Revoke(DateTimeOffset now) => RevokedAt ??= now;

    /// <summary>A new secret of 256 random bits, URL-safe, with <see cref="SecretPrefix"/>.</summary>
    public static string NewSecret() => SecretPrefix + Base64Url(RandomNumberGenerator.GetBytes(32));

    public static string HashOf(string secret) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}

internal sealed class ApiKeyConfiguration : IEntityTypeConfiguration<ApiKey>
{
    public void Configure(EntityTypeBuilder<ApiKey> builder)
    {
        builder.ToTable("ApiKeys");
        builder.Property(k => k.Name).HasMaxLength(ApiKey.MaxNameLength);
        builder.Property(k => k.SecretHash).HasMaxLength(64);
        builder.HasIndex(k => k.SecretHash).IsUnique();
        builder.Property(k => k.Scopes).HasMaxLength(200);
        builder.Property(k => k.AllowedOrigins).HasMaxLength(ApiKey.MaxOrigins * (ApiKey.MaxOriginLength + 1));
        builder.Property(k => k.CreatedByUserId).HasMaxLength(450);
        builder.Property(k => k.ActsAsUserId).HasMaxLength(450);
    }
}
