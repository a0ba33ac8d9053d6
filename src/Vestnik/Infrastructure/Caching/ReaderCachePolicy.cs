using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;
using Vestnik.Infrastructure.Operations.Metrics;

namespace Vestnik.Infrastructure.Caching;

/// <summary>
/// Caches anonymous reader pages. A request that carries a sign-in cookie bypasses the cache both ways: it is never
/// served a cached page and its response is never stored, so one reader's page can never reach another. Responses
/// that set a cookie, carry no tags (the page did not opt in) or are not 200 are not stored either.
/// Hits and misses are counted for the hit ratio at <c>/metrics</c>; a miss is a cacheable page that had to be rendered.
/// </summary>
public sealed class ReaderCachePolicy(ReaderCacheOptions options, VestnikMetrics metrics) : IOutputCachePolicy
{
    public ValueTask CacheRequestAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        var request = context.HttpContext.Request;
        var cacheable = options.Enabled
            && (HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method))
            && !HasSession(request);
        context.EnableOutputCaching = true;
        context.AllowCacheLookup = cacheable;
        context.AllowCacheStorage = cacheable;
        context.AllowLocking = true;
        context.ResponseExpirationTimeSpan = options.Lifetime;
        // Routing has run, so the page's own declaration of the parameters it reads is at hand.
        context.CacheVaryByRules.QueryKeys = context.HttpContext.GetEndpoint()?.Metadata
            .GetMetadata<CacheVaryByQueryAttribute>()?.Keys.ToArray() ?? [];
        context.CacheVaryByRules.HeaderNames = new StringValues(HeaderNames.AcceptEncoding);
        if (cacheable)
        {
            // A fresh validator per rendering, set before the page writes anything: if this rendering is stored,
            // a client holding its ETag gets 304 until the entry is evicted.
            context.HttpContext.Response.Headers.ETag = $"\"{Guid.NewGuid():N}\"";
        }
        return ValueTask.CompletedTask;
    }

    public ValueTask ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        metrics.OutputCacheHit();
        return ValueTask.CompletedTask;
    }

    public ValueTask ServeResponseAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        var response = context.HttpContext.Response;
        var tags = HttpContextCacheTagExtensions.CacheTagsOf(context.HttpContext);
        if (response.StatusCode != StatusCodes.Status200OK || tags.Count == 0 || !StringValues.IsNullOrEmpty(response.Headers.SetCookie))
        {
            context.AllowCacheStorage = false;
            return ValueTask.CompletedTask;
        }
        context.Tags.Add(CacheTags.All);
        context.Tags.UnionWith(tags);
        if (context.AllowCacheLookup)
        {
            metrics.OutputCacheMiss();
        }
        return ValueTask.CompletedTask;
    }

    private bool HasSession(HttpRequest request) => options.SessionCookies.Any(request.Cookies.ContainsKey);
}
