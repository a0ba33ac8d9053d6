using System.Net;
using System.Net.Sockets;

namespace Vestnik.Features.Inbox.Polling;

/// <summary>
/// Keeps the poller from being used to reach the newsroom's own network (SSRF): only http(s), and only public
/// addresses, checked on every redirect hop and again on the address actually connected to after DNS resolution.
/// </summary>
public static class TargetGuard
{
    /// <summary>Throws when the URL's scheme is not http or https.</summary>
    public static void CheckScheme(Uri url)
    {
        if (!url.IsAbsoluteUri || url.Scheme is not ("http" or "https"))
        {
            throw new FeedFetchException($"Only http and https feeds are allowed, not \"{(url.IsAbsoluteUri ? url.Scheme : url.OriginalString)}:\".");
        }
    }

    /// <summary>Loopback, private (RFC 1918, unique local), link-local, carrier-grade NAT, multicast and unspecified addresses.</summary>
    public static bool IsPrivate(IPAddress address)
    {
        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }
        if (IPAddress.IsLoopback(address) || address.Equals(IPAddress.Any) || address.Equals(IPAddress.IPv6Any)
            || address.Equals(IPAddress.Broadcast))
        {
            return true;
        }
        if (address.AddressFamily == AddressFamily.InterNetwork)
        {
            var b = address.GetAddressBytes();
            return b[0] is 0 or 10 or 127 || b[0] >= 224
                || (b[0] == 172 && b[1] is >= 16 and <= 31)
                || (b[0] == 192 && b[1] == 168)
                || (b[0] == 169 && b[1] == 254)
                || (b[0] == 100 && b[1] is >= 64 and <= 127);
        }
        var bytes = address.GetAddressBytes();
        return address.IsIPv6LinkLocal || address.IsIPv6SiteLocal || address.IsIPv6Multicast
            || (bytes[0] & 0xFE) == 0xFC;
    }

    /// <summary>
    /// Resolves the host and returns the first address allowed to connect to; refusing when every address is
    /// private. Connecting to the checked address itself means a DNS answer cannot change between check and use.
    /// </summary>
    public static async Task<IPAddress> ResolveAllowedAsync(string host, bool allowPrivate, CancellationToken ct)
    {
        var addresses = IPAddress.TryParse(host, out var literal) ? [literal] : await Dns.GetHostAddressesAsync(host, ct);
        if (addresses.Length == 0)
        {
            throw new FeedFetchException($"The host {host} does not resolve.");
        }
        var allowed = allowPrivate ? addresses : addresses.Where(a => !IsPrivate(a)).ToArray();
        if (allowed.Length == 0)
        {
            throw new FeedFetchException($"Refused: {host} resolves to a private, loopback or link-local address ({addresses[0]}).");
        }
        return allowed.FirstOrDefault(a => a.AddressFamily == AddressFamily.InterNetwork) ?? allowed[0];
    }
}

/// <summary>A fetch failed in a way the subscription's status should show (HTTP error, timeout, refusal, size).</summary>
public sealed class FeedFetchException(string message, Exception? inner = null) : Exception(message, inner);
