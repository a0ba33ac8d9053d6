using Microsoft.EntityFrameworkCore;
using Vestnik.Data;
using Vestnik.Infrastructure.Operations.Metrics;

namespace Vestnik.Features.Search.Indexing;

/// <summary>
/// How far this node's search index is behind the change log, as two gauges: the number of log entries not yet
/// applied, and the age of the oldest of them (0 when the index is current). Both grow while the index is rebuilt.
/// </summary>
public sealed class IndexLagSampler : IMetricSampler
{
    private readonly SearchIndex _index;
    private readonly TimeProvider _clock;
    private double? _entries;
    private double? _seconds;

    public IndexLagSampler(SearchIndex index, TimeProvider clock, VestnikMetrics metrics)
    {
        _index = index;
        _clock = clock;
        metrics.SampledGauge("vestnik.search.index_lag", "{change}", "Change-log entries this node's search index has not applied yet", () => _entries);
        metrics.SampledGauge("vestnik.search.index_lag_seconds", "s", "Age of the oldest change-log entry the search index has not applied yet", () => _seconds);
    }

    public async Task SampleAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var db = services.GetRequiredService<VestnikDbContext>();
        var position = _index.Position;
        var entries = await IndexLag.EntriesAsync(_index, db, cancellationToken);
        var oldest = await db.ChangeLog.AsNoTracking().Where(e => e.Id > position).OrderBy(e => e.Id)
            .Select(e => (DateTimeOffset?)e.At).FirstOrDefaultAsync(cancellationToken);
        _entries = entries;
        _seconds = oldest is { } at ? Math.Max(0, (_clock.GetUtcNow() - at).TotalSeconds) : 0;
    }

    public void Clear() => (_entries, _seconds) = (null, null);
}
