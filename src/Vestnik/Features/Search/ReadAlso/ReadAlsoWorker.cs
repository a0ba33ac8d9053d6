using Microsoft.Extensions.Options;
using Vestnik.Infrastructure.Jobs;
using Vestnik.Infrastructure.Operations.Metrics;

namespace Vestnik.Features.Search.ReadAlso;

/// <summary>
/// Computes Read also lists apart from indexing, so that on a large site a burst of changes never delays the moment
/// a change becomes searchable. The indexer hands over what it applied; work queued meanwhile is merged into one
/// round. The lists live in the shared database, so one worker node computes them for the cluster, under a lease;
/// the other nodes drop what their indexers hand over, since the holder's indexer sees the same changes.
/// </summary>
public sealed class ReadAlsoWorker(ReadAlsoRefresher refresher, IOptions<SearchOptions> options) : PeriodicJob
{
    private readonly Lock _gate = new();
    private Work _pending = new();

    public override string Name => JobNames.ReadAlso;

    /// <summary>Fed by this node's indexer, and done once for the cluster.</summary>
    public override NodeRoles Roles => NodeRoles.Indexer | NodeRoles.Worker;

    public override TimeSpan Interval => Timeout.InfiniteTimeSpan;

    public override bool OncePerCluster => true;

    /// <summary>Off with the deprecated <c>Search:Indexing=false</c>.</summary>
    public override bool IsEnabled => options.Value.Indexing;

    /// <summary>Queues the lists of changed articles, and of the neighbours of articles new to readers.</summary>
    public void AfterIndexing(IReadOnlyCollection<int> changed, IReadOnlyCollection<int> newToReaders) =>
        Queue(work =>
        {
            work.Changed.UnionWith(changed);
            work.NewToReaders.UnionWith(newToReaders);
        });

    /// <summary>Queues lists for every published article that has none (after a rebuild).</summary>
    public void FillMissing() => Queue(work => work.FillMissing = true);

    protected internal override async Task RunAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        // Taken before the work: if the round fails, the article page falls back to the section's latest until the
        // next change refreshes the list.
        var work = Take();
        if (work.FillMissing)
        {
            await refresher.FillMissingAsync(cancellationToken);
        }
        if (work.Changed.Count + work.NewToReaders.Count > 0)
        {
            await refresher.AfterIndexingAsync(work.Changed, work.NewToReaders, cancellationToken);
        }
    }

    protected internal override void Skipped() => Take();

    private void Queue(Action<Work> add)
    {
        if (!RunsOnThisNode)
        {
            return;
        }
        lock (_gate)
        {
            add(_pending);
        }
        Wake();
    }

    private Work Take()
    {
        lock (_gate)
        {
            var work = _pending;
            _pending = new Work();
            return work;
        }
    }

    private sealed class Work
    {
        public HashSet<int> Changed { get; } = [];

        public HashSet<int> NewToReaders { get; } = [];

        public bool FillMissing { get; set; }
    }
}
