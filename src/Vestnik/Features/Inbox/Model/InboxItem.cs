namespace Vestnik.Features.Inbox.Model;

/// <summary>One story from a followed feed, as the foreign desk sees it in the inbox.</summary>
public sealed class InboxItem
{
    public const int MaxTitleLength = 500;
    public const int MaxSummaryLength = 4000;
    public const int MaxUrlLength = 2000;
    public const int MaxExternalIdLength = 500;

    public int Id { get; private set; }
    public int SubscriptionId { get; set; }
    public FeedSubscription Subscription { get; set; } = null!;

    /// <summary>Copied from the subscription so the list needs no join and keeps the name the item arrived under.</summary>
    public required string OutletName { get; set; }

    /// <summary>The feed's guid/id, else the link: unique within a subscription.</summary>
    public required string ExternalId { get; set; }
    public required string Title { get; set; }
    public string Summary { get; set; } = "";
    public required string Link { get; set; }

    /// <summary>The link without tracking parameters, fragment or "www.", for deduplication across feeds.</summary>
    public required string NormalizedLink { get; set; }

    /// <summary>The title reduced to lower-case words, for near-duplicate detection within an outlet.</summary>
    public required string TitleKey { get; set; }
    public string? Author { get; set; }

    /// <summary>ISO 639-1 code: declared by the feed or subscription, else detected.</summary>
    public string Language { get; set; } = "";
    public DateTimeOffset? PublishedAt { get; set; }
    public DateTimeOffset FoundAt { get; set; }

    /// <summary>The time the inbox sorts by: publication time, never later than when the item was found.</summary>
    public DateTimeOffset SortAt { get; set; }

    /// <summary>Items about the same story share this id (the id of the cluster's first item).</summary>
    public int? ClusterId { get; set; }
    public InboxItemState State { get; set; } = InboxItemState.New;

    /// <summary>The retelling started from this item.</summary>
    public int? ArticleId { get; set; }
}

public enum InboxItemState
{
    New = 0,
    Seen = 1,
    Ignored = 2,
}
