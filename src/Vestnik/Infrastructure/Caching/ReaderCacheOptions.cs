namespace Vestnik.Infrastructure.Caching;

/// <summary>The <c>OutputCache</c> configuration section.</summary>
public sealed class ReaderCacheOptions
{
    public const string Section = "OutputCache";

    /// <summary>Serve anonymous reader pages from the output cache.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>
    /// Upper bound on how long a page stays cached. Changes evict pages within about a second through the change
    /// log; the lifetime only bounds staleness of data that has no change-log entry (e.g. view counts).
    /// </summary>
    public TimeSpan Lifetime { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>Memory the in-process cache may use, in megabytes (the store evicts least recently used entries beyond it).</summary>
    public int SizeLimitMegabytes { get; set; } = 256;

    /// <summary>Cookies that mark a signed-in session; requests carrying one bypass the cache.</summary>
    public IReadOnlyList<string> SessionCookies { get; set; } = ["vestnik.auth", "Identity.TwoFactorUserId", "Identity.External"];
}
