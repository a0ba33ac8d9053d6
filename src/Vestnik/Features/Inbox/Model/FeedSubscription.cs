namespace Vestnik.Features.Inbox.Model;

/// <summary>A feed the newsroom follows, and what the poller last saw of it.</summary>
public sealed class FeedSubscription
{
    public const int MaxUrlLength = 2000;
    public const int MaxErrorLength = 1000;

    public int Id { get; private set; }
    public required string FeedUrl { get; set; }
    public required string OutletName { get; set; }

    /// <summary>ISO 639-1 code the outlet writes in; empty means "detect per item".</summary>
    public string Language { get; set; } = "";
    public int PollIntervalMinutes { get; set; } = 15;
    public bool IsEnabled { get; set; } = true;
    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>When the poller should fetch it next; a new subscription is due at once.</summary>
    public DateTimeOffset NextPollAt { get; set; }

    /// <summary>Set by the node that claimed the feed; another node may claim it only after it expires.</summary>
    public DateTimeOffset? LeaseUntil { get; set; }

    public string? ETag { get; set; }
    public string? LastModified { get; set; }

    public FeedStatus Status { get; set; } = FeedStatus.New;
    public DateTimeOffset? LastPolledAt { get; set; }
    public DateTimeOffset? LastSuccessAt { get; set; }
    public string? LastError { get; set; }
    public int ConsecutiveFailures { get; set; }
    public int LastItemsFound { get; set; }
    public int LastItemsAdded { get; set; }

    /// <summary>Records a successful fetch (200 or 304) and schedules the next one at the normal interval.</summary>
    public void RecordSuccess(DateTimeOffset now, FeedStatus status, int found, int added)
    {
        Status = status;
        LastPolledAt = now;
        LastSuccessAt = now;
        LastError = null;
        ConsecutiveFailures = 0;
        if (status == FeedStatus.Ok)
        {
            LastItemsFound = found;
            LastItemsAdded = added;
        }
        NextPollAt = now.AddMinutes(PollIntervalMinutes);
        LeaseUntil = null;
    }

    /// <summary>Records a failure and backs off exponentially: interval × 2^(failures−1), capped.</summary>
    public void RecordFailure(DateTimeOffset now, string error, TimeSpan maxBackoff)
    {
        Status = FeedStatus.Failed;
        LastPolledAt = now;
        LastError = error.Length > MaxErrorLength ? error[..MaxErrorLength] : error;
        ConsecutiveFailures++;
        var factor = Math.Pow(2, Math.Min(ConsecutiveFailures - 1, 16));
        var delay = TimeSpan.FromMinutes(PollIntervalMinutes * factor);
        NextPollAt = now + (delay > maxBackoff ? maxBackoff : delay);
        LeaseUntil = null;
    }
}

public enum FeedStatus
{
    New = 0,
    Ok = 1,
    NotModified = 2,
    Failed = 3,
}
