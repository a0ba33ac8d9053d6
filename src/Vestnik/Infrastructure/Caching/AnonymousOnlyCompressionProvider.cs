using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.Extensions.Options;

namespace Vestnik.Infrastructure.Caching;

/// <summary>
/// Compresses responses for anonymous readers only. Signed-in pages carry antiforgery tokens, and compressing
/// secrets next to attacker-influenced text over HTTPS invites BREACH-style attacks; those pages are small and
/// never cached, so they lose little.
/// </summary>
public sealed class AnonymousOnlyCompressionProvider(
    IServiceProvider services,
    IOptions<ResponseCompressionOptions> compression,
    ReaderCacheOptions cache) : IResponseCompressionProvider
{
    private readonly ResponseCompressionProvider _inner = new(services, compression);

    public ICompressionProvider? GetCompressionProvider(HttpContext context) => _inner.GetCompressionProvider(context);

    public bool ShouldCompressResponse(HttpContext context) =>
        !cache.SessionCookies.Any(context.Request.Cookies.ContainsKey) && _inner.ShouldCompressResponse(context);

    public bool CheckRequestAcceptsCompression(HttpContext context) => _inner.CheckRequestAcceptsCompression(context);
}
