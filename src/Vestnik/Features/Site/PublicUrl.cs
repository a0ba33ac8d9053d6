using Vestnik.Infrastructure.Net;

namespace Vestnik.Features.Site;

/// <summary>
/// The one place absolute links are made: canonical and social links, share buttons, feeds and sitemaps, emailed
/// account links and reply notifications, webhook payloads. The origin follows <see cref="PublicOrigin"/>'s rule, so
/// a forged Host header never ends up in a link.
/// </summary>
public sealed class PublicUrl(IConfiguration configuration, IHostEnvironment environment)
{
    private readonly PublicOrigin _origin = PublicOrigin.From(configuration, environment);

    /// <summary>Scheme, host and port without a trailing slash; <paramref name="request"/> is null in background work.</summary>
    public string Origin(HttpRequest? request)
    {
        if (_origin.Configured is { } configured)
        {
            return configured;
        }
        if (request is not null && _origin.RequestHostTrusted && request.Host.HasValue)
        {
            return $"{request.Scheme}://{request.Host.Value}";
        }
        // The start-up check refuses configurations where this can happen while serving requests.
        return _origin.WithoutRequest
            ?? throw new InvalidOperationException("No trusted public address: set Vestnik:PublicBaseUrl.");
    }

    /// <summary>A site-relative path made absolute; absolute http(s) URLs (e.g. images on a CDN) pass unchanged.</summary>
    public string Absolute(HttpRequest? request, string pathOrUrl)
    {
        if (Uri.TryCreate(pathOrUrl, UriKind.Absolute, out var absolute) && absolute.Scheme is "http" or "https")
        {
            return pathOrUrl;
        }
        return Origin(request) + (pathOrUrl.StartsWith('/') ? pathOrUrl : "/" + pathOrUrl);
    }
}
