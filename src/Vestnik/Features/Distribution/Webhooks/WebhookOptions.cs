namespace Vestnik.Features.Distribution.Webhooks;

/// <summary>The <c>Webhooks</c> configuration section; it also governs Telegram deliveries (same outbox).</summary>
public sealed class WebhookOptions
{
    public const string Section = "Webhooks";

    /// <summary>Allow targets on loopback and private networks (tests, an intranet receiver). Off by default: SSRF.</summary>
    public bool AllowPrivateTargets { get; set; }

    /// <summary>Attempts per message before it is marked failed.</summary>
    public int MaxAttempts { get; set; } = 8;

    /// <summary>Wait before the first retry; each further retry waits twice as long, up to <see cref="MaxRetryDelay"/>.</summary>
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromSeconds(30);

    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromHours(1);

    /// <summary>How long one attempt may take before it counts as failed.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>
    /// How long past <see cref="Timeout"/> a message claimed by a node stays reserved for it (room for clock
    /// differences between nodes). When a node dies between sending and recording the result, the message is sent
    /// again after this, with the same delivery id: delivery is at least once, and receivers dedupe on the id.
    /// </summary>
    public TimeSpan LeaseMargin { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>How often the workers look for new changes and due messages when nothing woke them.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(5);
}
