using System.Globalization;
using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;

namespace Vestnik.Features.Accounts.TwoFactor;

/// <summary>
/// A new authenticator key that is not stored yet. Storing it at once would replace the working key and change the
/// security stamp, signing the account out everywhere, before the user has even scanned it. So the key travels in
/// the setup form, encrypted and bound to the account, and is stored only when a code from it proves the phone has it.
/// </summary>
public sealed class AuthenticatorCandidate(IDataProtectionProvider protection, TimeProvider clock)
{
    /// <summary>Long enough to find the phone and scan; a stale form is simply started again.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(15);

    private const int Step = 30;

    private readonly ITimeLimitedDataProtector _protector =
        protection.CreateProtector("Vestnik.Accounts.AuthenticatorCandidate").ToTimeLimitedDataProtector();

    /// <summary>The sealed form value carrying <paramref name="key"/> for <paramref name="userId"/>.</summary>
    public string Seal(string userId, string key) => _protector.Protect($"{userId}\n{key}", clock.GetUtcNow() + Lifetime);

    /// <summary>The key sealed for <paramref name="userId"/>, or null when the value is missing, forged, expired or someone else's.</summary>
    public string? Open(string userId, string? sealedKey)
    {
        if (string.IsNullOrEmpty(sealedKey) || sealedKey.Length > 1000)
        {
            return null;
        }
        try
        {
            var parts = _protector.Unprotect(sealedKey, out var expiration).Split('\n');
            return parts.Length == 2 && parts[0] == userId && expiration > clock.GetUtcNow() ? parts[1] : null;
        }
        catch (CryptographicException)
        {
            return null;
        }
    }

    /// <summary>
    /// Whether <paramref name="code"/> is the RFC 6238 code of <paramref name="base32Key"/> now or one step either
    /// side (clock drift). Identity can only check codes of the stored key, which this one is not yet.
    /// </summary>
    public bool Accepts(string base32Key, string code)
    {
        var key = Base32.Decode(base32Key);
        var expected = System.Text.Encoding.ASCII.GetBytes(code);
        var step = clock.GetUtcNow().ToUnixTimeSeconds() / Step;
        var matched = false;
        for (var offset = -1; offset <= 1; offset++)
        {
            var candidate = System.Text.Encoding.ASCII.GetBytes(Code(key, step + offset));
            matched |= CryptographicOperations.FixedTimeEquals(candidate, expected);
        }
        return matched;
    }

    private static string Code(byte[] key, long step)
    {
        Span<byte> counter = stackalloc byte[8];
        System.Buffers.Binary.BinaryPrimitives.WriteInt64BigEndian(counter, step);
#pragma warning disable CA5350 // RFC 6238 authenticator apps compute HMAC-SHA1; the code must match theirs.
        var hash = HMACSHA1.HashData(key, counter);
#pragma warning restore CA5350
        var offset = hash[^1] & 0x0F;
        var binary = ((hash[offset] & 0x7F) << 24) | (hash[offset + 1] << 16) | (hash[offset + 2] << 8) | hash[offset + 3];
        return (binary % 1_000_000).ToString("D6", CultureInfo.InvariantCulture);
    }
}
