using System.Globalization;
using Vestnik.Features.Api.Keys;

namespace Vestnik.Features.Api.Access;

/// <summary>
/// The API's door, in front of every endpoint under <c>/api/v1</c>: a known, unrevoked key (401), the endpoint's
/// scope (403), a browser origin the key lists (403), then the key's rate limit (429). It runs before the response
/// cache is read, so a cached answer is never handed to a request the door would refuse.
/// </summary>
public sealed class ApiAccessFilter(ApiKeyRegistry registry, ApiRateLimits limits) : IEndpointFilter
{
    /// <summary>The key the door let in, for an operation that acts on its behalf (the admin API).</summary>
    public static ApiKeyGrant GrantOf(HttpContext context) =>
        context.Features.Get<ApiKeyGrant>() ?? throw new InvalidOperationException("The operation is not behind the API's door.");

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        var cancellationToken = http.RequestAborted;
        if (ApiKeyHeader.Read(http.Request) is not { } secret)
        {
            http.Response.Headers.WWWAuthenticate = "Bearer";
            return ApiProblems.MissingKey();
        }
        if (await registry.FindAsync(secret, cancellationToken) is not { } grant)
        {
            http.Response.Headers.WWWAuthenticate = "Bearer error=\"invalid_token\"";
            return ApiProblems.BadKey();
        }
        var scope = http.GetEndpoint()?.Metadata.GetMetadata<RequiredScope>()?.Scope ?? ApiScopes.ContentRead;
        if (!grant.Has(scope))
        {
            return ApiProblems.MissingScope(scope);
        }
        var origin = ApiCors.OriginOf(http.Request);
        if (origin is not null)
        {
            if (!grant.AllowsOrigin(origin))
            {
                return ApiProblems.OriginNotAllowed(origin);
            }
            ApiCors.Allow(http.Response, origin);
        }
        if (limits.Refusal(grant) is { } wait)
        {
            var seconds = (int)Math.Ceiling(Math.Max(1, wait.TotalSeconds));
            http.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
            return ApiProblems.TooManyRequests(seconds);
        }
        await registry.TouchAsync(grant, cancellationToken);
        http.Features.Set(grant);
        return await next(context);
    }
}
