using Microsoft.Extensions.Options;
using Vestnik.Infrastructure;

namespace Vestnik.Features.Site;

/// <summary>
/// Makes site-relative paths absolute for canonical links, social cards and share buttons. Behind a proxy set
/// <c>Vestnik:PublicBaseUrl</c>; otherwise the request's own scheme and host are used.
/// </summary>
public sealed class PublicUrl(IOptions<VestnikOptions> options)
{
    private readonly string? _configuredBase = options.Value.PublicBaseUrl?.TrimEnd('/');

    public string Absolute(HttpRequest request, string pathOrUrl)
    {
        if (Uri.TryCreate(pathOrUrl, UriKind.Absolute, out var absolute) && absolute.Scheme is "http" or "https")
        {
            return pathOrUrl;
        }
        var origin = _configuredBase ?? $"{request.Scheme}://{request.Host.Value}";
        return origin + (pathOrUrl.StartsWith('/') ? pathOrUrl : "/" + pathOrUrl);
    }
}
