using Microsoft.EntityFrameworkCore;
using Vestnik.Data;
using Vestnik.Features.Articles.Model;

namespace Vestnik.Features.Search.Indexing;

/// <summary>Refills the index from the database: what <c>reindex</c> and the recovery of a damaged index run.</summary>
public sealed class IndexRebuilder(SearchIndex index, IServiceScopeFactory scopes)
{
    private const int BatchSize = 500;

    /// <summary>
    /// How often searches start to see the articles indexed so far. Each refresh flushes a small segment that has
    /// to be merged later, so on a large archive refreshing after every batch cost more than the indexing itself.
    /// </summary>
    private static readonly TimeSpan RefreshEvery = TimeSpan.FromSeconds(3);

    /// <summary>Rebuilds the whole index, reporting (done, total) after each batch.</summary>
    public async Task RebuildAsync(IProgress<(int Done, int Total)>? progress, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<VestnikDbContext>();

        // Read the log position first: a change committed while we scan is then replayed afterwards (replaying is
        // harmless, an article is replaced by id), and nothing committed during the scan can be missed.
        var position = await db.ChangeLog.MaxAsync(e => (long?)e.Id, cancellationToken) ?? 0;
        var total = await db.Articles.CountAsync(a => a.Status == ArticleStatus.Published, cancellationToken);

        index.BeginRebuild();
        progress?.Report((0, total));
        var done = 0;
        var lastId = 0;
        var sinceRefresh = System.Diagnostics.Stopwatch.StartNew();
        while (true)
        {
            var after = lastId;
            var batch = await ArticleSource.LoadAsync(
                db.Articles.Where(a => a.Status == ArticleStatus.Published && a.Id > after).OrderBy(a => a.Id).Take(BatchSize),
                cancellationToken);
            if (batch.Count == 0)
            {
                break;
            }
            index.AddFresh(batch);
            lastId = batch.Max(a => a.Id);
            done += batch.Count;
            if (sinceRefresh.Elapsed >= RefreshEvery)
            {
                index.Refresh();
                sinceRefresh.Restart();
            }
            progress?.Report((done, total));
        }
        index.CompleteRebuild(position);
    }
}
