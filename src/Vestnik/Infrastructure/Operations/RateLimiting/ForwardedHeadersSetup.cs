using System.Net;
using Microsoft.AspNetCore.HttpOverrides;
using Vestnik.Infrastructure.Net;

namespace Vestnik.Infrastructure.Operations;

/// <summary>
/// Behind a reverse proxy every request comes from the proxy's address; <c>X-Forwarded-For</c> names the reader.
/// The header is trusted only from the addresses in <c>ForwardedHeaders:KnownProxies</c>: anyone else could
/// forge it to dodge the rate limits or to look like the metrics scraper.
/// </summary>
public static class ForwardedHeadersSetup
{
    public const string Section = "ForwardedHeaders";

    /// <summary>The configured proxies, given as an array or as one comma-separated string.</summary>
    public static IReadOnlyList<string> KnownProxies(IConfiguration configuration)
    {
        var section = configuration.GetSection(Section + ":KnownProxies");
        var values = section.Value is { } single ? [single] : section.GetChildren().Select(c => c.Value ?? "");
        return values.SelectMany(v => v.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).ToList();
    }

    public static void AddForwardedHeaders(this IServiceCollection services, IConfiguration configuration)
    {
        var proxies = KnownProxies(configuration);
        services.Configure<ForwardedHeadersOptions>(options =>
        {
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto | ForwardedHeaders.XForwardedHost;
            options.KnownProxies.Clear();
            options.KnownIPNetworks.Clear();
            foreach (var proxy in proxies)
            {
                options.KnownProxies.Add(IPAddress.Parse(proxy));
            }
            // Host filtering ran before this rewrite; without the same list a forwarded host would slip past it.
            foreach (var host in PublicOrigin.RestrictedAllowedHosts(configuration))
            {
                options.AllowedHosts.Add(host);
            }
        });
    }

    /// <summary>Rewrites the client address and scheme from the proxy's headers, only when proxies are configured.</summary>
    public static IApplicationBuilder UseVestnikForwardedHeaders(this IApplicationBuilder app)
    {
        var configuration = app.ApplicationServices.GetRequiredService<IConfiguration>();
        return KnownProxies(configuration).Count == 0 ? app : app.UseForwardedHeaders();
    }
}
