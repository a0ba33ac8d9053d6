namespace Vestnik.Infrastructure.Net;

/// <summary>
/// Where the app's own absolute links may point. The Host header is typed by whoever sends the request, so a link
/// built from it (a password reset, say) can carry a token to someone else's server. The address is therefore
/// <c>Vestnik:PublicBaseUrl</c>; without it the request's host is used only where it cannot be forged: on a
/// developer's machine (Development, Testing) or when <c>AllowedHosts</c> is restricted, so that the host-filtering
/// middleware has already refused every other host with 400.
/// </summary>
public sealed record PublicOrigin
{
    /// <summary>The environment the test host runs in; trusted like Development.</summary>
    public const string TestingEnvironment = "Testing";

    private const string DevelopmentFallback = "http://localhost:5000";

    private PublicOrigin(string? configured, bool requestHostTrusted, string? withoutRequest)
    {
        Configured = configured;
        RequestHostTrusted = requestHostTrusted;
        WithoutRequest = withoutRequest;
    }

    /// <summary><c>Vestnik:PublicBaseUrl</c> without a trailing slash; when set, the only origin ever used.</summary>
    public string? Configured { get; }

    /// <summary>Whether a request's own scheme and host may be used when nothing is configured.</summary>
    public bool RequestHostTrusted { get; }

    /// <summary>The origin for work without a request (background jobs); null when nothing trustworthy is known.</summary>
    public string? WithoutRequest { get; }

    public static PublicOrigin From(IConfiguration configuration, IHostEnvironment environment)
    {
        var configured = configuration[VestnikOptions.Section + ":PublicBaseUrl"];
        if (!string.IsNullOrWhiteSpace(configured))
        {
            var origin = configured.Trim().TrimEnd('/');
            return new PublicOrigin(origin, requestHostTrusted: false, origin);
        }
        if (environment.IsDevelopment() || environment.IsEnvironment(TestingEnvironment))
        {
            return new PublicOrigin(null, requestHostTrusted: true, FirstListenAddress(configuration) ?? DevelopmentFallback);
        }
        var allowed = RestrictedAllowedHosts(configuration);
        if (allowed.Count > 0)
        {
            // Jobs without a request (webhooks, feeds written ahead) need one address: the first exact host, over https.
            var exact = allowed.FirstOrDefault(h => !h.Contains('*', StringComparison.Ordinal));
            return new PublicOrigin(null, requestHostTrusted: true, exact is null ? null : "https://" + exact);
        }
        return new PublicOrigin(null, requestHostTrusted: false, null);
    }

    /// <summary>The hosts in <c>AllowedHosts</c> (semicolon-separated), or none when any host is allowed.</summary>
    public static IReadOnlyList<string> RestrictedAllowedHosts(IConfiguration configuration)
    {
        var hosts = (configuration["AllowedHosts"] ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return hosts.Length == 0 || hosts.Contains("*") ? [] : hosts;
    }

    private static string? FirstListenAddress(IConfiguration configuration)
    {
        var first = configuration["Urls"]?.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault();
        if (first is null || !Uri.TryCreate(first.Replace("://*", "://localhost", StringComparison.Ordinal).Replace("://+", "://localhost", StringComparison.Ordinal),
                UriKind.Absolute, out var uri))
        {
            return null;
        }
        return uri.GetLeftPart(UriPartial.Authority);
    }
}
