using System.Security.Cryptography;
using Microsoft.Net.Http.Headers;

namespace Vestnik.Features.Distribution;

/// <summary>
/// Serves a generated document (feed, sitemap) with a strong ETag over its bytes and a Last-Modified date, and
/// answers 304 Not Modified when the client already holds it, so pollers cost one small response.
/// </summary>
public static class CachedDocument
{
    public static IResult Serve(HttpContext context, byte[] body, string contentType, DateTimeOffset? lastModified, TimeSpan maxAge)
    {
        var etag = new EntityTagHeaderValue($"\"{Convert.ToHexStringLower(SHA256.HashData(body))[..32]}\"");
        var request = context.Request.GetTypedHeaders();
        var response = context.Response.GetTypedHeaders();
        response.ETag = etag;
        response.CacheControl = new CacheControlHeaderValue { Public = true, MaxAge = maxAge };
        var modified = lastModified is { } at && at > DateTimeOffset.UnixEpoch ? TruncateToSeconds(at) : (DateTimeOffset?)null;
        if (modified is not null)
        {
            response.LastModified = modified;
        }

        var notModified = request.IfNoneMatch is { Count: > 0 } candidates
            ? candidates.Any(c => c.Equals(EntityTagHeaderValue.Any) || c.Compare(etag, useStrongComparison: false))
            : modified is not null && request.IfModifiedSince is { } since && modified <= since;
        return notModified ? Results.StatusCode(StatusCodes.Status304NotModified) : Results.Bytes(body, contentType);
    }

    private static DateTimeOffset TruncateToSeconds(DateTimeOffset at) =>
        new(at.UtcTicks - at.UtcTicks % TimeSpan.TicksPerSecond, TimeSpan.Zero);
}
