namespace Vestnik.Infrastructure.Operations.RateLimiting;

/// <summary>The <c>RateLimiting</c> section: how many requests one client IP address may make per window.</summary>
public sealed class RateLimitOptions
{
    public const string Section = "RateLimiting";

    public bool Enabled { get; set; } = true;

    /// <summary>Length of the fixed window the limits below count in.</summary>
    public int WindowSeconds { get; set; } = 60;

    /// <summary>Any request (pages, feeds); static files and health probes are not counted.</summary>
    public int Requests { get; set; } = 600;

    /// <summary>Form posts and other writes.</summary>
    public int Posts { get; set; } = 60;

    /// <summary>Sign-in attempts: slows down password guessing.</summary>
    public int Login { get; set; } = 10;

    /// <summary>
    /// Searches, the most expensive reads, are not counted in the window but in a bucket per address: it holds this
    /// many searches and refills at <see cref="SearchPerMinute"/>. One reader refining a query and paging uses a few
    /// in a row; an office or a mobile network behind one address keeps searching at a steady rate.
    /// </summary>
    public int SearchBurst { get; set; } = 30;

    /// <summary>The sustained search rate per address, searches per minute.</summary>
    public int SearchPerMinute { get; set; } = 120;
}
