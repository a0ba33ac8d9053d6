using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace Vestnik.Features.Comments.Posting;

/// <summary>
/// Posting limits per account and per address, as sliding windows of one minute (the limiters of ASP.NET Core's
/// rate limiting). A refusal says how long to wait, for the <c>Retry-After</c> header and the reader's message.
/// </summary>
public sealed class PostingRateLimits : IDisposable
{
    private static readonly TimeSpan Window = TimeSpan.FromMinutes(1);
    private readonly PartitionedRateLimiter<string> _perAccount;
    private readonly PartitionedRateLimiter<string> _perIp;

    public PostingRateLimits(IOptions<CommentsOptions> options)
    {
        _perAccount = Create(options.Value.PostsPerMinutePerAccount);
        _perIp = Create(options.Value.PostsPerMinutePerIp);
    }

    /// <summary>Takes one post from both allowances; null when allowed, else how long to wait.</summary>
    public TimeSpan? TryAcquire(string? accountKey, string ipHash)
    {
        using var ip = _perIp.AttemptAcquire(ipHash);
        if (!ip.IsAcquired)
        {
            return RetryAfter(ip);
        }
        if (accountKey is not null)
        {
            using var account = _perAccount.AttemptAcquire(accountKey);
            if (!account.IsAcquired)
            {
                return RetryAfter(account);
            }
        }
        return null;
    }

    public void Dispose()
    {
        _perAccount.Dispose();
        _perIp.Dispose();
    }

    private static TimeSpan RetryAfter(RateLimitLease lease) =>
        lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) && wait > TimeSpan.Zero ? wait : Window;

    private static PartitionedRateLimiter<string> Create(int perMinute) =>
        PartitionedRateLimiter.Create<string, string>(key => RateLimitPartition.GetSlidingWindowLimiter(key, _ =>
            new SlidingWindowRateLimiterOptions
            {
                PermitLimit = Math.Max(1, perMinute),
                Window = Window,
                SegmentsPerWindow = 6,
                QueueLimit = 0,
                AutoReplenishment = true,
            }));
}
