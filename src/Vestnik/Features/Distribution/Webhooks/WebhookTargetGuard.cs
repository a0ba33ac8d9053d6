using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.Options;
using Vestnik.Infrastructure.Net;

namespace Vestnik.Features.Distribution.Webhooks;

/// <summary>
/// Keeps webhooks from being pointed at our own network (SSRF): only http(s) URLs without credentials, whose host
/// resolves to public addresses. It checks when an admin registers a URL, and again at connect time for every
/// delivery (<see cref="ConnectAsync"/>), so a DNS name that later resolves to 127.0.0.1 is refused as well.
/// <c>Webhooks:AllowPrivateTargets=true</c> lifts the address rule (tests, an intranet receiver).
/// </summary>
public sealed class WebhookTargetGuard(IOptions<WebhookOptions> options)
{
    /// <summary>Null when the URL may be registered, otherwise the reason in words an admin understands.</summary>
    public async Task<string?> RefusalAsync(string url, DistributionText text, CancellationToken cancellationToken)
    {
        if (url.Length > Webhook.MaxUrlLength || !Uri.TryCreate(url, UriKind.Absolute, out var uri))
        {
            return text.NotAUrl;
        }
        if (uri.Scheme is not ("http" or "https"))
        {
            return text.HttpOnly;
        }
        if (uri.UserInfo.Length > 0)
        {
            return text.NoCredentials;
        }
        if (options.Value.AllowPrivateTargets)
        {
            return null;
        }
        IPAddress[] addresses;
        try
        {
            addresses = await PublicAddresses.ResolveAsync(uri.DnsSafeHost, cancellationToken);
        }
        catch (SocketException)
        {
            return text.UnknownHost(uri.Host);
        }
        return addresses.Length == 0 || addresses.Any(PublicAddresses.IsPrivate)
            ? text.PrivateTarget
            : null;
    }

    /// <summary>The <see cref="SocketsHttpHandler.ConnectCallback"/> of the webhook client: connects only to public addresses.</summary>
    public async ValueTask<Stream> ConnectAsync(SocketsHttpConnectionContext context, CancellationToken cancellationToken)
    {
        var host = context.DnsEndPoint.Host;
        var allowed = PublicAddresses.Allowed(await PublicAddresses.ResolveAsync(host, cancellationToken), options.Value.AllowPrivateTargets);
        if (allowed.Length == 0)
        {
            throw new HttpRequestException($"refused to connect to {host}: it resolves to a private or loopback address");
        }
        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            await socket.ConnectAsync(allowed, context.DnsEndPoint.Port, cancellationToken);
            return new NetworkStream(socket, ownsSocket: true);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }
}
