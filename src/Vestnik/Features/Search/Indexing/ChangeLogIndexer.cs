using Lucene.Net.Search;
using Lucene.Net.Store;
using Microsoft.Extensions.Options;
using Vestnik.Data;
using Vestnik.Data.ChangeLog;
using Vestnik.Features.Search.ReadAlso;
using Vestnik.Infrastructure.Jobs;
using Vestnik.Infrastructure.Operations.Metrics;

namespace Vestnik.Features.Search.Indexing;

/// <summary>
/// Keeps this node's index in step with the database by tailing the change log: every publish, edit and unpublish
/// is a log row written in the same transaction as the change, so nothing is missed and a restart resumes from the
/// position stored in the index. A missing or damaged index is rebuilt here, in the background.
/// </summary>
public sealed class ChangeLogIndexer(
    SearchIndex index,
    IndexRebuilder rebuilder,
    ReadAlsoWorker readAlso,
    TimeProvider clock,
    IOptions<SearchOptions> options,
    ILogger<ChangeLogIndexer> logger) : PeriodicJob
{
    private ChangeLogCursor? _cursor;
    private bool _opened;

    public override string Name => JobNames.SearchIndexing;

    /// <summary>Every node keeps its own index.</summary>
    public override NodeRoles Roles => NodeRoles.Indexer;

    public override TimeSpan Interval => TimeSpan.FromMilliseconds(Math.Clamp(options.Value.PollIntervalMs, 50, 60_000));

    /// <summary>Off with the deprecated <c>Search:Indexing=false</c>.</summary>
    public override bool IsEnabled => options.Value.Indexing;

    /// <summary>Opens the index on the first run, not at start: opening or rebuilding it never delays the first request.</summary>
    protected internal override async Task RunAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        if (!_opened)
        {
            try
            {
                index.Open();
            }
            catch (LockObtainFailedException exception)
            {
                throw new InvalidOperationException(
                    $"Another process holds the search index in {index.Path}; search stays unavailable on this node until it lets go", exception);
            }
            _opened = true;
        }
        if (index.NeedsRebuild)
        {
            await RebuildAsync(cancellationToken);
        }
        if (await CatchUpAsync(services, cancellationToken))
        {
            Wake();
        }
    }

    private async Task RebuildAsync(CancellationToken cancellationToken)
    {
        logger.LogWarning("Rebuilding the search index in {Path}", index.Path);
        try
        {
            await rebuilder.RebuildAsync(progress: null, cancellationToken);
        }
        catch (Exception exception) when (exception is IOException or Lucene.Net.Index.CorruptIndexException)
        {
            logger.LogWarning(exception, "The index files are damaged; starting the index afresh");
            index.Reset();
            await rebuilder.RebuildAsync(progress: null, cancellationToken);
        }
        logger.LogWarning("The search index is rebuilt");
        readAlso.FillMissing();
    }

    /// <summary>Applies the next batch of logged changes; true when more are waiting.</summary>
    private async Task<bool> CatchUpAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var db = services.GetRequiredService<VestnikDbContext>();
        // The cursor also picks up entries that commit after a later one (out of order on PostgreSQL). It starts
        // afresh from the index's stored position whenever a rebuild or a reset moved that position.
        if (_cursor is null || _cursor.Position != index.Position)
        {
            _cursor = new ChangeLogCursor(index.Position, clock);
        }
        var entries = await _cursor.NextAsync(db, cancellationToken);
        if (entries.Count == 0)
        {
            return false;
        }

        var ids = entries.Where(e => e.Topic == ChangeTopics.Article).Select(e => e.EntityId).Distinct().ToList();
        var articles = await ArticleSource.LoadAsync(db, ids, cancellationToken);
        var published = articles.Select(a => a.Id).ToHashSet();
        var newToReaders = published.Where(id => !IsIndexed(id)).ToList();
        index.Apply(articles, ids.Where(id => !published.Contains(id)), _cursor.Position);

        readAlso.AfterIndexing(published, newToReaders);
        return entries.Count >= ChangeLogCursor.BatchSize;
    }

    private bool IsIndexed(int id)
    {
        var searcher = index.Acquire();
        try
        {
            return searcher.Search(new TermQuery(SearchIndex.IdTerm(id)), 1).TotalHits > 0;
        }
        finally
        {
            index.Release(searcher);
        }
    }
}
