using System.Threading.RateLimiting;
using Vestnik.Features.Api.Keys;

namespace Vestnik.Features.Api.Access;

/// <summary>
/// Each key's own limit of requests per minute, counted in a fixed window per key (the key, not the address: a
/// partner's servers share one key across many addresses). A refusal says when the window opens again.
/// </summary>
public sealed class ApiRateLimits : IDisposable
{
    private static readonly TimeSpan Window = TimeSpan.FromMinutes(1);

    private readonly PartitionedRateLimiter<ApiKeyGrant> _perKey = PartitionedRateLimiter.Create<ApiKeyGrant, int>(grant =>
        RateLimitPartition.GetFixedWindowLimiter(grant.Id, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = Math.Max(1, grant.RequestsPerMinute),
            Window = Window,
            QueueLimit = 0,
        }));

    /// <summary>Null when the request may go ahead, or how long to wait.</summary>
    public TimeSpan? Refusal(ApiKeyGrant grant)
    {
        using var lease = _perKey.AttemptAcquire(grant);
        if (lease.IsAcquired)
        {
            return null;
        }
        return lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : Window;
    }

    public void Dispose() => _perKey.Dispose();
}
