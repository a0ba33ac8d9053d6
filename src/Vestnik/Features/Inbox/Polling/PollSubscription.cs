using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Vestnik.Data;
using Vestnik.Features.Inbox.Items;
using Vestnik.Features.Inbox.Model;
using Vestnik.Features.Inbox.Parsing;

namespace Vestnik.Features.Inbox.Polling;

/// <summary>Fetches one claimed subscription, stores its new items and records the outcome on the subscription.</summary>
public sealed class PollSubscription(
    VestnikDbContext db,
    FeedFetcher fetcher,
    InboxIngest ingest,
    IOptions<InboxOptions> options,
    TimeProvider clock,
    ILogger<PollSubscription> logger)
{
    public async Task<FeedStatus> RunAsync(int subscriptionId, CancellationToken ct)
    {
        var subscription = await db.Set<FeedSubscription>().SingleOrDefaultAsync(s => s.Id == subscriptionId, ct);
        if (subscription is null)
        {
            return FeedStatus.Failed;
        }
        try
        {
            var fetched = await fetcher.FetchAsync(new Uri(subscription.FeedUrl), subscription.ETag, subscription.LastModified, ct);
            if (fetched.NotModified)
            {
                subscription.RecordSuccess(clock.GetUtcNow(), FeedStatus.NotModified, 0, 0);
            }
            else
            {
                var feed = FeedParser.Parse(fetched.Body, fetched.FinalUrl, fetched.Charset);
                var added = await ingest.AddNewAsync(subscription, feed, ct);
                subscription.ETag = Cut(fetched.ETag, 300);
                subscription.LastModified = Cut(fetched.LastModified, 100);
                subscription.RecordSuccess(clock.GetUtcNow(), FeedStatus.Ok, feed.Items.Count, added);
            }
            await FollowPermanentMoveAsync(subscription, fetched, ct);
            await db.SaveChangesAsync(ct);
        }
        catch (Exception e) when (!ct.IsCancellationRequested)
        {
            // Anything else (a parser or database surprise) is recorded and backed off too, instead of leaving the
            // feed to be retried every time its lease expires.
            if (e is FeedFetchException or FeedFormatException)
            {
                logger.LogInformation("Feed {FeedUrl} failed: {Error}", subscription.FeedUrl, e.Message);
            }
            else
            {
                logger.LogError(e, "Feed {FeedUrl} failed unexpectedly.", subscription.FeedUrl);
            }
            db.ChangeTracker.Clear();
            var fresh = await db.Set<FeedSubscription>().SingleAsync(s => s.Id == subscriptionId, ct);
            fresh.RecordFailure(clock.GetUtcNow(), e.Message, options.Value.MaxBackoff);
            await db.SaveChangesAsync(ct);
            return FeedStatus.Failed;
        }
        return subscription.Status;
    }

    /// <summary>A feed that moved for good (301/308 on every hop) is followed at its new address from now on.</summary>
    private async Task FollowPermanentMoveAsync(FeedSubscription subscription, FetchResult fetched, CancellationToken ct)
    {
        var moved = fetched.FinalUrl.ToString();
        if (!fetched.MovedPermanently || moved == subscription.FeedUrl || moved.Length > FeedSubscription.MaxUrlLength)
        {
            return;
        }
        if (!await db.Set<FeedSubscription>().AnyAsync(s => s.FeedUrl == moved, ct))
        {
            subscription.FeedUrl = moved;
        }
    }

    private static string? Cut(string? value, int max) => value is null || value.Length <= max ? value : null;
}
