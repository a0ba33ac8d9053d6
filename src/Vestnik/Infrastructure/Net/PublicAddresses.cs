using System.Net;
using System.Net.Sockets;

namespace Vestnik.Infrastructure.Net;

/// <summary>
/// Outbound requests to addresses that users typed (webhook receivers, foreign-press feeds) must not reach the
/// newsroom's own network (SSRF). Callers resolve the host here and connect only to an address this allows, so a DNS
/// answer cannot change between the check and the connection.
/// </summary>
public static class PublicAddresses
{
    /// <summary>
    /// Loopback, private (RFC 1918, RFC 4193), link-local (cloud metadata), carrier-grade NAT, benchmarking, test,
    /// unspecified, broadcast and multicast addresses; IPv4 mapped into IPv6 is judged as IPv4.
    /// </summary>
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

    /// <summary>The host's addresses; an address literal is its own answer.</summary>
    public static async Task<IPAddress[]> ResolveAsync(string host, CancellationToken cancellationToken) =>
        IPAddress.TryParse(host, out var literal) ? [literal] : await Dns.GetHostAddressesAsync(host, cancellationToken);

    /// <summary>The addresses that may be connected to: the public ones, or all of them where private targets are allowed.</summary>
    public static IPAddress[] Allowed(IPAddress[] addresses, bool allowPrivate) =>
        allowPrivate ? addresses : addresses.Where(a => !IsPrivate(a)).ToArray();
}
