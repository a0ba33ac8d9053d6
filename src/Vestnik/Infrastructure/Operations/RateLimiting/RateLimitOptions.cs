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

    /// <summary>Search queries, the most expensive reads.</summary>
    public int Search { get; set; } = 60;
}
