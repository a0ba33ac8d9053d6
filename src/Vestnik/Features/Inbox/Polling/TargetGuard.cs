using System.Net;
using System.Net.Sockets;
using Vestnik.Infrastructure.Net;

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

    /// <summary>
    /// Resolves the host and returns the first address allowed to connect to; refusing when every address is
    /// private. Connecting to the checked address itself means a DNS answer cannot change between check and use.
    /// </summary>
    public static async Task<IPAddress> ResolveAllowedAsync(string host, bool allowPrivate, CancellationToken ct)
    {
        var addresses = await PublicAddresses.ResolveAsync(host, ct);
        if (addresses.Length == 0)
        {
            throw new FeedFetchException($"The host {host} does not resolve.");
        }
        var allowed = PublicAddresses.Allowed(addresses, allowPrivate);
        if (allowed.Length == 0)
        {
            throw new FeedFetchException($"Refused: {host} resolves to a private, loopback or link-local address ({addresses[0]}).");
        }
        return allowed.FirstOrDefault(a => a.AddressFamily == AddressFamily.InterNetwork) ?? allowed[0];
    }
}

/// <summary>A fetch failed in a way the subscription's status should show (HTTP error, timeout, refusal, size).</summary>
public sealed class FeedFetchException(string message, Exception? inner = null) : Exception(message, inner);
