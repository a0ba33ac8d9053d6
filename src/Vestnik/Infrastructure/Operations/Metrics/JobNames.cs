namespace Vestnik.Infrastructure.Operations.Metrics;

/// <summary>
/// The background jobs as named in <c>vestnik_jobs_failures_total{job=...}</c>. Every name starts at 0 so an alert
/// on the rate works before the first failure.
/// </summary>
public static class JobNames
{
    public const string Outbox = "outbox";
    public const string ScheduledPublishing = "scheduled-publishing";
    public const string SearchIndexing = "search-indexing";
    public const string ReadAlso = "read-also";
    public const string CacheEviction = "cache-eviction";
    public const string FeedPolling = "feed-polling";
    public const string InboxPurge = "inbox-purge";
    public const string ViewCounts = "view-counts";
    public const string Backups = "backups";
    public const string ReplyNotifications = "reply-notifications";
    public const string MetricSampling = "metric-sampling";

    public static readonly IReadOnlyList<string> All =
        [Outbox, ScheduledPublishing, SearchIndexing, ReadAlso, CacheEviction, FeedPolling, InboxPurge, ViewCounts, Backups, ReplyNotifications, MetricSampling];
}

/// <summary>The kinds in <c>vestnik_deliveries_failures_total{kind=...}</c>.</summary>
public static class DeliveryKinds
{
    public const string Webhook = "webhook";
    public const string Telegram = "telegram";
    public const string Email = "email";

    public static readonly IReadOnlyList<string> All = [Webhook, Telegram, Email];
}
