namespace Vestnik.Features.Inbox;

/// <summary>The <c>Inbox</c> configuration section: how the foreign-press poller behaves.</summary>
public sealed class InboxOptions
{
    public const string Section = "Inbox";

    /// <summary>Deprecated: <c>false</c> keeps the poller and the purge job off this node; a node without the <c>worker</c> role (<c>Vestnik:Roles</c>) runs neither.</summary>
    public bool PollerEnabled { get; set; } = true;

    /// <summary>How often the poller looks for due subscriptions.</summary>
    public TimeSpan PollerTick { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How many due subscriptions one tick claims at most.</summary>
    public int BatchSize { get; set; } = 10;

    /// <summary>Poll interval of a new subscription.</summary>
    public int DefaultPollMinutes { get; set; } = 15;

    /// <summary>Upper bound of the exponential back-off after repeated failures.</summary>
    public TimeSpan MaxBackoff { get; set; } = TimeSpan.FromHours(6);

    /// <summary>How long a claimed subscription stays reserved for the node that claimed it.</summary>
    public TimeSpan Lease { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>Whole-request timeout of one fetch, redirects included.</summary>
    public TimeSpan FetchTimeout { get; set; } = TimeSpan.FromSeconds(20);

    /// <summary>Largest feed body read (after decompression); anything longer is cut and recorded as an error.</summary>
    public long MaxFeedBytes { get; set; } = 5 * 1024 * 1024;

    public int MaxRedirects { get; set; } = 5;

    /// <summary>Minimum time between two requests to the same host, so fifty feeds of one outlet do not hammer it.</summary>
    public TimeSpan HostPace { get; set; } = TimeSpan.FromSeconds(2);

    public string UserAgent { get; set; } = "VestnikFeedReader/1.0 (+https://github.com/vestnik; newsroom feed reader)";

    /// <summary>Allow feeds on loopback, private and link-local addresses. Off in production (SSRF); tests turn it on.</summary>
    public bool AllowPrivateTargets { get; set; }

    /// <summary>Inbox items older than this without a retelling are purged.</summary>
    public int RetentionDays { get; set; } = 30;

    /// <summary>
    /// Comma-separated ISO 639-1 codes the detector chooses from when a feed declares no language. A string, not a
    /// list, because configuration binding appends to a list's defaults instead of replacing them.
    /// </summary>
    public string DetectLanguages { get; set; } = "en,ru,de,fr,es,it,pt,uk";

    /// <summary>
    /// Detect with trigram models only: several times less memory and load time, slightly less accurate on very
    /// short texts (see docs/benchmarks.md).
    /// </summary>
    public bool DetectLowAccuracy { get; set; } = true;
}
