using System.Text;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Vestnik.Infrastructure.Operations.Backups;
using Vestnik.Infrastructure.Operations.Health;
using Vestnik.Infrastructure.Operations.Logging;
using Vestnik.Infrastructure.Operations.Metrics;
using Vestnik.Infrastructure.Operations.RateLimiting;
using Vestnik.Infrastructure.Operations.Startup;
using Vestnik.Infrastructure.Operations.Storage;

namespace Vestnik.Infrastructure.Operations;

/// <summary>What an operator relies on: checked configuration, readiness, metrics, rate limits, storage failures as 503, backups.</summary>
public static class OperationsFeature
{
    /// <summary>Checks the configuration first (one clear line and exit code 2 when it is wrong), then registers the rest.</summary>
    public static WebApplicationBuilder AddVestnikOperations(this WebApplicationBuilder builder)
    {
        var configuration = builder.Configuration;
        StartupFailure.Install(configuration);
        ConfigurationCheck.ThrowIfInvalid(configuration, builder.Environment);

        var services = builder.Services;
        services.Configure<HostOptions>(o =>
            o.ShutdownTimeout = TimeSpan.FromSeconds(configuration.GetValue("Shutdown:TimeoutSeconds", 30)));
        services.Configure<HealthOptions>(configuration.GetSection(HealthOptions.Section));
        services.AddHealthChecks()
            .AddCheck<DatabaseHealthCheck>("database", tags: [HealthTags.Ready])
            .AddCheck<DataFolderHealthCheck>("data-folder", tags: [HealthTags.Ready]);
        services.AddVestnikMetrics(configuration);
        services.AddForwardedHeaders(configuration);
        services.AddClientRateLimits(configuration);
        services.AddExceptionHandler<StorageFailureHandler>();
        services.AddBackups(configuration);
        services.AddSingleton<RecentErrors>();
        return builder;
    }

    /// <summary><c>/readyz</c> and <c>/metrics</c>.</summary>
    public static WebApplication MapOperations(this WebApplication app)
    {
        app.MapHealthChecks("/readyz", new HealthCheckOptions
        {
            Predicate = check => check.Tags.Contains(HealthTags.Ready),
            ResponseWriter = WriteReportAsync,
        }).DisableAntiforgery();
        app.MapVestnikMetrics();
        // Added to the built factory: logging providers registered earlier are cleared by the logging set-up.
        app.Services.GetRequiredService<ILoggerFactory>().AddProvider(app.Services.GetRequiredService<RecentErrors>());
        return app;
    }

    /// <summary>One line per check, so <c>curl /readyz</c> tells an operator which part is failing.</summary>
    private static Task WriteReportAsync(HttpContext context, HealthReport report)
    {
        var text = new StringBuilder(report.Status == HealthStatus.Healthy ? "ready\n" : "not ready\n");
        foreach (var (name, entry) in report.Entries.OrderBy(e => e.Key, StringComparer.Ordinal))
        {
            text.Append(name).Append(": ").Append(entry.Status).Append(" - ").Append(entry.Description).Append('\n');
        }
        context.Response.ContentType = "text/plain; charset=utf-8";
        context.Response.Headers.CacheControl = "no-store";
        return context.Response.WriteAsync(text.ToString(), context.RequestAborted);
    }
}
