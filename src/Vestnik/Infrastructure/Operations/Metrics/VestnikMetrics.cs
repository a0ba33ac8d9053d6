using System.Diagnostics.Metrics;

namespace Vestnik.Infrastructure.Operations.Metrics;

/// <summary>
/// The app's own meter, exported at <c>/metrics</c> next to the ASP.NET Core request series. A feature adds its
/// series from this one meter, e.g. <c>metrics.Meter.CreateCounter&lt;long&gt;("vestnik.comments.posted")</c> or an
/// observable gauge for a queue length, so every series is exported without touching the exporter set-up.
/// Prometheus names follow from the instrument name: dots become underscores, counters get <c>_total</c>.
/// </summary>
public sealed class VestnikMetrics
{
    public const string MeterName = "Vestnik";

    public VestnikMetrics(IMeterFactory meterFactory)
    {
        Meter = meterFactory.Create(MeterName);
        RateLimited = Meter.CreateCounter<long>("vestnik.rate_limited", "{request}", "Requests refused with 429 by the per-client limits");
        StorageFailures = Meter.CreateCounter<long>("vestnik.storage.failures", "{request}",
            "Requests answered 503 because the database or the data folder failed (disk full, read-only, database away)");
        Backups = Meter.CreateCounter<long>("vestnik.backups", "{backup}", "Backups made, by result (ok or failed)");
        BackupDuration = Meter.CreateHistogram<double>("vestnik.backup.duration", "s", "How long a backup took");
    }

    public Meter Meter { get; }

    public Counter<long> RateLimited { get; }

    public Counter<long> StorageFailures { get; }

    public Counter<long> Backups { get; }

    public Histogram<double> BackupDuration { get; }
}
