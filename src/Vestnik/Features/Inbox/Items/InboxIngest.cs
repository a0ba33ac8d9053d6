using Microsoft.EntityFrameworkCore;
using Vestnik.Data;
using Vestnik.Features.Inbox.Model;
using Vestnik.Features.Inbox.Parsing;

namespace Vestnik.Features.Inbox.Items;

/// <summary>
/// Turns a parsed feed into inbox items: each story once (same guid, same normalized link anywhere, or a
/// near-identical headline from the same outlet within a week is a duplicate), with a language and a story cluster.
/// </summary>
public sealed class InboxIngest(VestnikDbContext db, LanguageDetection languages, TimeProvider clock)
{
    public const double NearDuplicateTitle = 0.85;
    public static readonly TimeSpan TitleWindow = TimeSpan.FromDays(7);

    /// <summary>Most items read from one fetch; a feed that suddenly lists thousands is not a newsroom feed.</summary>
    public const int MaxItemsPerFetch = 300;

    /// <summary>Adds the new items to the context (unsaved) and returns how many there are.</summary>
    public async Task<int> AddNewAsync(FeedSubscription subscription, ParsedFeed feed, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var incoming = feed.Items.Where(i => i.Link is not null).Take(MaxItemsPerFetch).Select(i => Prepare(subscription, i, now)).ToList();
        if (incoming.Count == 0)
        {
            return 0;
        }

        var ids = incoming.Select(i => i.ExternalId).ToList();
        var links = incoming.Select(i => i.NormalizedLink).ToList();
        var knownIds = (await db.Set<InboxItem>().Where(i => i.SubscriptionId == subscription.Id && ids.Contains(i.ExternalId))
            .Select(i => i.ExternalId).ToListAsync(ct)).ToHashSet(StringComparer.Ordinal);
        var knownLinks = (await db.Set<InboxItem>().Where(i => links.Contains(i.NormalizedLink))
            .Select(i => i.NormalizedLink).ToListAsync(ct)).ToHashSet(StringComparer.Ordinal);
        var since = now - TitleWindow;
        var outletTitles = await db.Set<InboxItem>().Where(i => i.OutletName == subscription.OutletName && i.FoundAt >= since)
            .Select(i => i.TitleKey).ToListAsync(ct);

        var fresh = new List<InboxItem>();
        foreach (var item in incoming)
        {
            if (!knownIds.Add(item.ExternalId) || !knownLinks.Add(item.NormalizedLink)
                || outletTitles.Any(t => TitleSimilarity.NearDuplicate(t, item.TitleKey) >= NearDuplicateTitle))
            {
                continue;
            }
            outletTitles.Add(item.TitleKey);
            fresh.Add(item);
        }
        if (fresh.Count == 0)
        {
            return 0;
        }
        foreach (var item in fresh.Where(i => i.Language.Length == 0))
        {
            item.Language = languages.Detect(item.Title + ". " + item.Summary);
        }
        await AssignClustersAsync(fresh, now, ct);
        db.Set<InboxItem>().AddRange(fresh);
        return fresh.Count;
    }

    private static InboxItem Prepare(FeedSubscription subscription, ParsedItem parsed, DateTimeOffset now)
    {
        var link = Cut(parsed.Link!, InboxItem.MaxUrlLength);
        // Detection (about 2 ms an item) waits until the item is known to be new; see AddNewAsync.
        var language = subscription.Language.Length > 0 ? subscription.Language : parsed.Language ?? "";
        return new InboxItem
        {
            SubscriptionId = subscription.Id,
            OutletName = subscription.OutletName,
            ExternalId = Cut(string.IsNullOrWhiteSpace(parsed.Id) ? link : parsed.Id, InboxItem.MaxExternalIdLength),
            Title = Cut(parsed.Title, InboxItem.MaxTitleLength),
            Summary = Cut(parsed.Summary, InboxItem.MaxSummaryLength),
            Link = link,
            NormalizedLink = Cut(LinkNormalizer.Normalize(link), InboxItem.MaxUrlLength),
            TitleKey = Cut(TitleSimilarity.Key(parsed.Title), InboxItem.MaxTitleLength),
            Author = parsed.Author is null ? null : Cut(parsed.Author, 200),
            Language = language,
            PublishedAt = parsed.PublishedAt,
            FoundAt = now,
            // A feed's clock may run ahead (or lie): never let an item sort above what arrived after it.
            SortAt = parsed.PublishedAt is { } published && published < now ? published : now,
        };
    }

    private async Task AssignClustersAsync(List<InboxItem> fresh, DateTimeOffset now, CancellationToken ct)
    {
        var since = now - StoryClusters.Window;
        var recent = await db.Set<InboxItem>().Where(i => i.SortAt >= since)
            .Select(i => new { i.Id, i.ClusterId, i.Language, i.Title, i.Summary })
            .ToListAsync(ct);
        var candidates = recent
            .Select(r => new StoryClusters.Candidate(r.Id, r.ClusterId, r.Language, StoryClusters.TermsOf(r.Title, r.Summary)))
            .ToList();
        foreach (var item in fresh)
        {
            var terms = StoryClusters.TermsOf(item.Title, item.Summary);
            var match = StoryClusters.BestMatch(terms, item.Language, candidates);
            if (match is null)
            {
                continue;
            }
            var clusterId = match.ClusterId ?? match.Id;
            item.ClusterId = clusterId;
            if (match.ClusterId is null)
            {
                // The matched item founds the cluster: its own id becomes the cluster id.
                await db.Set<InboxItem>().Where(i => i.Id == match.Id && i.ClusterId == null)
                    .ExecuteUpdateAsync(s => s.SetProperty(i => i.ClusterId, clusterId), ct);
                candidates[candidates.IndexOf(match)] = match with { ClusterId = clusterId };
            }
        }
    }

    private static string Cut(string value, int max) => value.Length <= max ? value : value[..max];
}
