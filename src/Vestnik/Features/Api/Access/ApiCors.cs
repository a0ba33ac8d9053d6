using Microsoft.Net.Http.Headers;
using Vestnik.Features.Api.Keys;

namespace Vestnik.Features.Api.Access;

/// <summary>
/// Cross-origin access per key. A browser's preflight carries no key, so it is allowed for any origin some valid key
/// lists; the request that follows must then carry a key that lists its origin (<see cref="ApiAccessFilter"/>).
/// </summary>
public static class ApiCors
{
    private const string AllowedHeaders = "Authorization, X-Api-Key, If-None-Match";
    private const string ExposedHeaders = "ETag, Retry-After";
    private const string PreflightMaxAgeSeconds = "600";

    /// <summary>The <c>Origin</c> a browser sent, or null for a call from a server.</summary>
    public static string? OriginOf(HttpRequest request) =>
        request.Headers.Origin.ToString() is { Length: > 0 } origin ? origin : null;

    /// <summary>Lets the page of <paramref name="origin"/> read this response.</summary>
    public static void Allow(HttpResponse response, string origin)
    {
        response.Headers.AccessControlAllowOrigin = origin;
        response.Headers.AccessControlExposeHeaders = ExposedHeaders;
        response.Headers.Append(HeaderNames.Vary, HeaderNames.Origin);
    }

    /// <summary>OPTIONS on any API path: 204 with the allowance for a listed origin, 403 otherwise.</summary>
    public static async Task<IResult> PreflightAsync(HttpContext context, ApiKeyRegistry registry, CancellationToken cancellationToken)
    {
        var origin = OriginOf(context.Request);
        if (origin is null || !await registry.AnyKeyAllowsOriginAsync(origin, cancellationToken))
        {
            return ApiProblems.OriginNotAllowed(origin ?? "an unnamed origin");
        }
        var response = context.Response;
        Allow(response, origin);
        response.Headers.AccessControlAllowMethods = "GET";
        response.Headers.AccessControlAllowHeaders = AllowedHeaders;
        response.Headers.AccessControlMaxAge = PreflightMaxAgeSeconds;
        return Results.NoContent();
    }
}
