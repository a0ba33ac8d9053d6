using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.Options;

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
    public async Task<string?> RefusalAsync(string url, CancellationToken cancellationToken)
    {
        if (url.Length > Webhook.MaxUrlLength || !Uri.TryCreate(url, UriKind.Absolute, out var uri))
        {
            return "Это не адрес: нужен полный URL, например https://example.com/hooks/vestnik.";
        }
        if (uri.Scheme is not ("http" or "https"))
        {
            return "Поддерживаются только адреса http:// и https://.";
        }
        if (uri.UserInfo.Length > 0)
        {
            return "Адрес не должен содержать логин и пароль.";
        }
        if (options.Value.AllowPrivateTargets)
        {
            return null;
        }
        IPAddress[] addresses;
        try
        {
            addresses = IPAddress.TryParse(uri.DnsSafeHost, out var literal)
                ? [literal]
                : await Dns.GetHostAddressesAsync(uri.DnsSafeHost, cancellationToken);
        }
        catch (SocketException)
        {
            return $"Имя {uri.Host} не найдено в DNS.";
        }
        return addresses.Length == 0 || addresses.Any(IsPrivate)
            ? "Адрес ведёт во внутреннюю сеть или на этот сервер; такие адреса запрещены."
            : null;
    }

    /// <summary>The <see cref="SocketsHttpHandler.ConnectCallback"/> of the webhook client: connects only to public addresses.</summary>
    public async ValueTask<Stream> ConnectAsync(SocketsHttpConnectionContext context, CancellationToken cancellationToken)
    {
        var host = context.DnsEndPoint.Host;
        var addresses = IPAddress.TryParse(host, out var literal) ? [literal] : await Dns.GetHostAddressesAsync(host, cancellationToken);
        var allowed = options.Value.AllowPrivateTargets ? addresses : addresses.Where(a => !IsPrivate(a)).ToArray();
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

    /// <summary>Loopback, private (RFC 1918, RFC 4193), link-local (cloud metadata), CGNAT, unspecified and multicast ranges.</summary>
    public static bool IsPrivate(IPAddress address)
    {
        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }
        if (IPAddress.IsLoopback(address) || address.Equals(IPAddress.Any) || address.Equals(IPAddress.IPv6Any) ||
            address.Equals(IPAddress.Broadcast))
        {
            return true;
        }
        if (address.AddressFamily == AddressFamily.InterNetwork)
        {
            var b = address.GetAddressBytes();
            return b[0] switch
            {
                0 or 10 or 127 => true,
                100 => b[1] is >= 64 and <= 127,
                169 => b[1] == 254,
                172 => b[1] is >= 16 and <= 31,
                192 => b[1] == 168 || (b[1] == 0 && b[2] is 0 or 2),
                198 => b[1] is 18 or 19,
                >= 224 => true,
                _ => false,
            };
        }
        return address.IsIPv6LinkLocal || address.IsIPv6SiteLocal || address.IsIPv6UniqueLocal || address.IsIPv6Multicast;
    }
}
