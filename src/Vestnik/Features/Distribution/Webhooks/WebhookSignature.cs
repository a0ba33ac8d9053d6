using System.Security.Cryptography;
using System.Text;

namespace Vestnik.Features.Distribution.Webhooks;

/// <summary>
/// <c>X-Vestnik-Signature: sha256=HEX(HMAC-SHA256(secret, "{timestamp}.{body}"))</c>, with the Unix timestamp in
/// <c>X-Vestnik-Timestamp</c>. Signing the timestamp lets receivers refuse replays of old messages.
/// </summary>
public static class WebhookSignature
{
    public const string SignatureHeader = "X-Vestnik-Signature";
    public const string TimestampHeader = "X-Vestnik-Timestamp";
    public const string EventHeader = "X-Vestnik-Event";
    public const string DeliveryHeader = "X-Vestnik-Delivery";

    public static string Sign(string secret, long timestamp, string body)
    {
        var mac = HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes($"{timestamp}.{body}"));
        return "sha256=" + Convert.ToHexStringLower(mac);
    }

    /// <summary>What a receiver does: recompute and compare in constant time.</summary>
    public static bool Verify(string secret, string timestampHeader, string body, string signatureHeader) =>
        long.TryParse(timestampHeader, out var timestamp) &&
        CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(Sign(secret, timestamp, body)), Encoding.ASCII.GetBytes(signatureHeader));
}
