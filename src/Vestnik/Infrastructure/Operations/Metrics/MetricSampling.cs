using Microsoft.Extensions.Options;
using Vestnik.Infrastructure.Jobs;

namespace Vestnik.Infrastructure.Operations.Metrics;

/// <summary>
/// Refreshes values that cost a query (queue lengths, lags) for gauges made with
/// <see cref="VestnikMetrics.SampledGauge"/>. A feature registers one with
/// <c>services.AddSingleton&lt;IMetricSampler, MySampler&gt;()</c>.
/// </summary>
public interface IMetricSampler
{
    /// <summary>Takes a fresh sample; <paramref name="services"/> is the scope of this round.</summary>
    Task SampleAsync(IServiceProvider services, CancellationToken cancellationToken);

    /// <summary>The sample failed: report nothing rather than a stale value.</summary>
    void Clear();
}

/// <summary>Runs every <see cref="IMetricSampler"/> each <c>Metrics:SampleInterval</c>, while metrics are enabled, on every node.</summary>
public sealed class MetricSampling(IEnumerable<IMetricSampler> samplers, IOptions<MetricsOptions> options, ILogger<MetricSampling> logger) : PeriodicJob
{
    private readonly List<IMetricSampler> _samplers = samplers.ToList();

    public override string Name => JobNames.MetricSampling;

    public override NodeRoles Roles => NodeRoles.None;

    public override TimeSpan Interval => TimeSpan.FromMilliseconds(Math.Max(100, options.Value.SampleInterval.TotalMilliseconds));

    public override bool IsEnabled => options.Value.Enabled && _samplers.Count > 0;

    protected internal override async Task RunAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        foreach (var sampler in _samplers)
        {
            try
            {
                await sampler.SampleAsync(services, cancellationToken);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                // The database may be away; the gauge goes silent instead of repeating an old value. One sampler
                // failing must not silence the others, so this is not a failure of the round.
                sampler.Clear();
                logger.LogDebug(exception, "Sampling {Sampler} for metrics failed", sampler.GetType().Name);
            }
        }
    }
}
