using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Vestnik.Infrastructure.Operations.Metrics;
using Vestnik.Infrastructure.Operations.Storage;

namespace Vestnik.Infrastructure.Operations.RateLimiting;

/// <summary>
/// Global per-IP limits, chained: every request counts against the general window, writes also against the
/// posts window, sign-in against its own stricter one, and search against a bucket of its own (a search is a GET, so
/// it never counts as a post, and a post never takes a search). Being global, they compose with the
/// named policies a feature attaches to its own endpoints (<c>RequireRateLimiting("...")</c>).
/// </summary>
public static class ClientRateLimits
{
    private static readonly string[] ExemptPrefixes =
        ["/css/", "/js/", "/images/", "/fonts/", "/media/", "/favicon", "/healthz", "/readyz", "/errors/"];

    public static void AddClientRateLimits(this IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection(RateLimitOptions.Section).Get<RateLimitOptions>() ?? new RateLimitOptions();
        services.AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.OnRejected = OnRejectedAsync;
            if (!options.Enabled)
            {
                return;
            }
            var window = TimeSpan.FromSeconds(Math.Max(1, options.WindowSeconds));
            limiter.GlobalLimiter = PartitionedRateLimiter.CreateChained(
                Limit(options.Requests, window, "all", static _ => true),
                Limit(options.Posts, window, "posts", static r => !HttpMethods.IsGet(r.Method) && !HttpMethods.IsHead(r.Method)),
                Limit(options.Login, window, "login", static r => HttpMethods.IsPost(r.Method) && IsUnder(r.Path, "/account/login")),
                SearchLimit(options.SearchBurst, options.SearchPerMinute));
        });
    }

    /// <summary>One fixed window per client address, applied to the requests the filter selects.</summary>
    private static PartitionedRateLimiter<HttpContext> Limit(int permits, TimeSpan window, string name, Func<HttpRequest, bool> applies) =>
        PartitionedRateLimiter.Create<HttpContext, string>(context =>
        {
            if (!applies(context.Request) || IsExempt(context.Request.Path))
            {
                return RateLimitPartition.GetNoLimiter("");
            }
            var client = context.Connection.RemoteIpAddress?.ToString() ?? "unknown";
            return RateLimitPartition.GetFixedWindowLimiter(name + ":" + client, _ => new FixedWindowRateLimiterOptions
            {
                PermitLimit = Math.Max(1, permits),
                Window = window,
                QueueLimit = 0,
            });
        });

    /// <summary>
    /// A token bucket per client address for <c>/search</c> and <c>/en/search</c>: <paramref name="burst"/> searches at
    /// once, refilled one at a time at <paramref name="perMinute"/>, so readers sharing an address are held to a
    /// steady rate instead of a window that runs out for everyone at once.
    /// </summary>
    private static PartitionedRateLimiter<HttpContext> SearchLimit(int burst, int perMinute) =>
        PartitionedRateLimiter.Create<HttpContext, string>(context =>
        {
            if (!IsUnder(context.Request.Path, "/search"))
            {
                return RateLimitPartition.GetNoLimiter("");
            }
            var client = context.Connection.RemoteIpAddress?.ToString() ?? "unknown";
            return RateLimitPartition.GetTokenBucketLimiter("search:" + client, _ => new TokenBucketRateLimiterOptions
            {
                TokenLimit = Math.Max(1, burst),
                TokensPerPeriod = 1,
                ReplenishmentPeriod = TimeSpan.FromMinutes(1) / Math.Max(1, perMinute),
                QueueLimit = 0,
                AutoReplenishment = true,
            });
        });

    private static bool IsExempt(PathString path) =>
        path.Value is { } value && ExemptPrefixes.Any(prefix => value.StartsWith(prefix, StringComparison.OrdinalIgnoreCase));

    /// <summary>True for <c>/x</c> and its English twin <c>/en/x</c>, and anything below them.</summary>
    private static bool IsUnder(PathString path, string prefix) =>
        path.StartsWithSegments(prefix, StringComparison.OrdinalIgnoreCase)
        || path.StartsWithSegments("/en" + prefix, StringComparison.OrdinalIgnoreCase);

    private static async ValueTask OnRejectedAsync(OnRejectedContext rejected, CancellationToken cancellationToken)
    {
        var context = rejected.HttpContext;
        var retryAfter = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromMinutes(1);
        var seconds = (int)Math.Ceiling(Math.Max(1, retryAfter.TotalSeconds));
        context.RequestServices.GetRequiredService<VestnikMetrics>().RateLimited.Add(1);
        context.Response.StatusCode = StatusCodes.Status429TooManyRequests;
        context.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        await PlainPages.WriteAsync(context, PlainPages.TooManyRequests(seconds), cancellationToken);
    }
}
