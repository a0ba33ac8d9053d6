using System.Diagnostics.Metrics;
using Vestnik.Infrastructure.Operations.Metrics;

namespace Vestnik.Tests.Infrastructure.Jobs;

/// <summary>Reads <c>vestnik.jobs.failures</c> of one app's meter, as a scrape would.</summary>
public static class JobFailureCounts
{
    public static long Of(VestnikMetrics metrics, string job)
    {
        long total = 0;
        using var listener = new MeterListener
        {
            InstrumentPublished = (instrument, l) =>
            {
                if (instrument.Meter == metrics.Meter && instrument.Name == "vestnik.jobs.failures")
                {
                    l.EnableMeasurementEvents(instrument);
                }
            },
        };
        listener.SetMeasurementEventCallback<long>((_, value, tags, _) =>
        {
            foreach (var tag in tags)
            {
                if (tag.Key == "job" && Equals(tag.Value, job))
                {
                    total += value;
                }
            }
        });
        listener.Start();
        listener.RecordObservableInstruments();
        return total;
    }
}
