using System.Net;
using System.Security.Cryptography;
using System.Text;
using OpenTelemetry.Metrics;
using Vestnik.Infrastructure.Jobs;

namespace Vestnik.Infrastructure.Operations.Metrics;

/// <summary>The <c>Metrics</c> section.</summary>
public sealed class MetricsOptions
{
    public const string Section = "Metrics";

    /// <summary>Serve <c>/metrics</c> at all.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>When set, a scraper must send <c>Authorization: Bearer {Token}</c>; when empty, only loopback clients may read.</summary>
    public string? Token { get; set; }

    /// <summary>How often gauges read from the database (pending comments, indexer lag) are refreshed.</summary>
    public TimeSpan SampleInterval { get; set; } = TimeSpan.FromSeconds(15);
}

public static class MetricsEndpoint
{
    public const string Path = "/metrics";

    public static void AddVestnikMetrics(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<MetricsOptions>(configuration.GetSection(MetricsOptions.Section));
        services.AddSingleton<VestnikMetrics>();
        services.AddPeriodicJob<MetricSampling>();
        services.AddOpenTelemetry().WithMetrics(metrics => metrics
            .AddAspNetCoreInstrumentation()
            .AddMeter(VestnikMetrics.MeterName, "Microsoft.AspNetCore.RateLimiting", "Microsoft.AspNetCore.Diagnostics")
            .AddPrometheusExporter());
    }

    /// <summary>Maps the Prometheus scrape endpoint behind the configured protection, unless metrics are disabled.</summary>
    public static void MapVestnikMetrics(this WebApplication app)
    {
        var options = app.Configuration.GetSection(MetricsOptions.Section).Get<MetricsOptions>() ?? new MetricsOptions();
        if (!options.Enabled)
        {
            return;
        }
        app.MapPrometheusScrapingEndpoint(Path, meterProvider: null, configureBranchedPipeline: branch =>
            branch.Use(async (context, next) =>
            {
                if (IsAllowed(context, options.Token))
                {
                    await next(context);
                    return;
                }
                context.Response.StatusCode = StatusCodes.Status403Forbidden;
                await context.Response.WriteAsync(
                    "Metrics are readable from this machine only, or with the token of Metrics:Token (Authorization: Bearer ...).\n",
                    context.RequestAborted);
            }), optionsName: null);
    }

    private static bool IsAllowed(HttpContext context, string? token)
    {
        if (string.IsNullOrEmpty(token))
        {
            return context.Connection.RemoteIpAddress is { } address
                && IPAddress.IsLoopback(address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address);
        }
        var header = context.Request.Headers.Authorization.ToString();
        const string Scheme = "Bearer ";
        return header.StartsWith(Scheme, StringComparison.OrdinalIgnoreCase)
            && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(header[Scheme.Length..].Trim()), Encoding.UTF8.GetBytes(token));
    }
}
