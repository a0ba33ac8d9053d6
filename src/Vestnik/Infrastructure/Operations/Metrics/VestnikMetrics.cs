using System.Collections.Concurrent;
using System.Diagnostics.Metrics;

namespace Vestnik.Infrastructure.Operations.Metrics;

/// <summary>
/// The app's own meter, exported at <c>/metrics</c> next to the ASP.NET Core request series. A feature adds its
/// series from this one meter, e.g. <c>metrics.Meter.CreateCounter&lt;long&gt;("vestnik.comments.posted")</c>, or a
/// gauge from the database through <see cref="SampledGauge"/> and an <see cref="IMetricSampler"/>, so every series is
/// exported without touching the exporter set-up.
/// Prometheus names follow from the instrument name: dots become underscores, counters get <c>_total</c>.
/// </summary>
public sealed class VestnikMetrics
{
    public const string MeterName = "Vestnik";

    // Kept as running totals and observed at each scrape, so every known name is exported from the start (at 0)
    // whatever the order in which the meter and the exporter came up.
    private readonly ConcurrentDictionary<string, long> _jobFailures = new(JobNames.All.Select(j => KeyValuePair.Create(j, 0L)));
    private readonly ConcurrentDictionary<string, long> _deliveryFailures = new(DeliveryKinds.All.Select(k => KeyValuePair.Create(k, 0L)));
    private long _cacheHits;
    private long _cacheMisses;

    public VestnikMetrics(IMeterFactory meterFactory)
    {
        Meter = meterFactory.Create(MeterName);
        RateLimited = Meter.CreateCounter<long>("vestnik.rate_limited", "{request}", "Requests refused with 429 by the per-client limits");
        StorageFailures = Meter.CreateCounter<long>("vestnik.storage.failures", "{request}",
            "Requests answered 503 because the database or the data folder failed (disk full, read-only, database away)");
        Backups = Meter.CreateCounter<long>("vestnik.backups", "{backup}", "Backups made, by result (ok or failed)");
        BackupDuration = Meter.CreateHistogram<double>("vestnik.backup.duration", "s", "How long a backup took");
        Meter.CreateObservableCounter("vestnik.output_cache.hits", () => Interlocked.Read(ref _cacheHits), "{request}",
            "Reader pages served from the output cache");
        Meter.CreateObservableCounter("vestnik.output_cache.misses", () => Interlocked.Read(ref _cacheMisses), "{request}",
            "Cacheable reader pages that had to be rendered (hit ratio = hits / (hits + misses))");
        Meter.CreateObservableCounter("vestnik.jobs.failures", () => Observe(_jobFailures, "job"), "{failure}",
            "Failed rounds of background jobs, by job");
        Meter.CreateObservableCounter("vestnik.deliveries.failures", () => Observe(_deliveryFailures, "kind"), "{attempt}",
            "Failed attempts to deliver outside the site, by kind (webhook, telegram, email)");
    }

    public Meter Meter { get; }

    public Counter<long> RateLimited { get; }

    public Counter<long> StorageFailures { get; }

    public Counter<long> Backups { get; }

    public Histogram<double> BackupDuration { get; }

    public void OutputCacheHit() => Interlocked.Increment(ref _cacheHits);

    public void OutputCacheMiss() => Interlocked.Increment(ref _cacheMisses);

    /// <summary>A round of a background job failed (the job retries on its own); <paramref name="job"/> is a short, stable name.</summary>
    public void JobFailed(string job) => _jobFailures.AddOrUpdate(job, 1, (_, n) => n + 1);

    /// <summary>One attempt to send a webhook, a Telegram post or an email failed.</summary>
    public void DeliveryFailed(string kind) => _deliveryFailures.AddOrUpdate(kind, 1, (_, n) => n + 1);

    /// <summary>
    /// A gauge whose value an <see cref="IMetricSampler"/> refreshes in the background, so a scrape never waits on the
    /// database. Reports nothing while <paramref name="read"/> returns null (not sampled yet, or the last sample failed).
    /// </summary>
    public void SampledGauge(string name, string unit, string description, Func<double?> read) =>
        Meter.CreateObservableGauge(name, () => read() is { } value ? [new Measurement<double>(value)] : Array.Empty<Measurement<double>>(), unit, description);

    private static List<Measurement<long>> Observe(ConcurrentDictionary<string, long> totals, string label) =>
        totals.Select(t => new Measurement<long>(t.Value, new KeyValuePair<string, object?>(label, t.Key))).ToList();
}
