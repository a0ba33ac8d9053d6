using Microsoft.Extensions.Options;

namespace Vestnik.Infrastructure.Operations.Metrics;

/// <summary>
/// Refreshes values that cost a query (queue lengths, lags) for gauges made with
/// <see cref="VestnikMetrics.SampledGauge"/>. A feature registers one with
/// <c>services.AddSingleton&lt;IMetricSampler, MySampler&gt;()</c>.
/// </summary>
public interface IMetricSampler
{
    /// <summary>Takes a fresh sample; <paramref name="services"/> is a scope of its own.</summary>
    Task SampleAsync(IServiceProvider services, CancellationToken cancellationToken);

    /// <summary>The sample failed: report nothing rather than a stale value.</summary>
    void Clear();
}

/// <summary>Runs every <see cref="IMetricSampler"/> each <c>Metrics:SampleInterval</c>, while metrics are enabled.</summary>
public sealed class MetricSampling(
    IEnumerable<IMetricSampler> samplers,
    IServiceScopeFactory scopes,
    TimeProvider clock,
    IOptions<MetricsOptions> options,
    ILogger<MetricSampling> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var all = samplers.ToList();
        if (all.Count == 0)
        {
            return;
        }
        using var timer = new PeriodicTimer(TimeSpan.FromMilliseconds(Math.Max(100, options.Value.SampleInterval.TotalMilliseconds)), clock);
        do
        {
            foreach (var sampler in all)
            {
                try
                {
                    await using var scope = scopes.CreateAsyncScope();
                    await sampler.SampleAsync(scope.ServiceProvider, stoppingToken);
                }
                catch (Exception exception) when (exception is not OperationCanceledException)
                {
                    // The database may be away; the gauge goes silent instead of repeating an old value.
                    sampler.Clear();
                    logger.LogDebug(exception, "Sampling {Sampler} for metrics failed", sampler.GetType().Name);
                }
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
