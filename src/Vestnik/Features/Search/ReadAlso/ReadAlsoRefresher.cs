using Microsoft.EntityFrameworkCore;
using Vestnik.Data;
using Vestnik.Features.Articles.Model;
using Vestnik.Features.Search.Indexing;

namespace Vestnik.Features.Search.ReadAlso;

/// <summary>
/// Computes and stores "Read also" lists. Runs where the index is (after the indexer applied a change, or after an
/// editor's pin), so the article page only reads a stored list and never touches the index.
/// </summary>
public sealed class ReadAlsoRefresher(
    SearchIndex index,
    RelatedArticlesFinder finder,
    IServiceScopeFactory scopes,
    TimeProvider clock)
{
    public const int Count = 6;

    /// <summary>
    /// Refreshes the lists of changed articles; for articles new to readers, also the lists of their most similar
    /// articles, so a fresh story appears under older coverage.
    /// </summary>
    public async Task AfterIndexingAsync(IReadOnlyCollection<int> changed, IReadOnlyCollection<int> newToReaders, CancellationToken cancellationToken)
    {
        var targets = new HashSet<int>(changed);
        if (newToReaders.Count > 0)
        {
            var searcher = index.Acquire();
            try
            {
                foreach (var id in newToReaders)
                {
                    targets.UnionWith(finder.Find(searcher, id, Count).Select(m => m.Id));
                }
            }
            finally
            {
                index.Release(searcher);
            }
        }
        await RefreshAsync(targets, cancellationToken);
    }

    /// <summary>Computes lists for published articles that have none yet (after a rebuild, or on first start).</summary>
    public async Task FillMissingAsync(CancellationToken cancellationToken)
    {
        while (!cancellationToken.IsCancellationRequested)
        {
            List<int> missing;
            await using (var scope = scopes.CreateAsyncScope())
            {
                var db = scope.ServiceProvider.GetRequiredService<VestnikDbContext>();
                var entries = db.Set<ReadAlsoEntry>();
                missing = await db.Articles
                    .Where(a => a.Status == ArticleStatus.Published && !entries.Any(e => e.ArticleId == a.Id))
                    .OrderBy(a => a.Id)
                    .Select(a => a.Id)
                    .Take(200)
                    .ToListAsync(cancellationToken);
            }
            var stored = await RefreshAsync(missing, cancellationToken);
            // Articles with nothing related stay without a list (the page falls back); stop when no progress is made.
            if (missing.Count < 200 || stored == 0)
            {
                return;
            }
        }
    }

    /// <summary>Recomputes and stores the lists of the given articles; returns how many lists were stored.</summary>
    public async Task<int> RefreshAsync(IReadOnlyCollection<int> articleIds, CancellationToken cancellationToken)
    {
        if (articleIds.Count == 0)
        {
            return 0;
        }
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<VestnikDbContext>();
        var ids = articleIds.ToList();
        var curations = (await db.Set<ReadAlsoCuration>().AsNoTracking()
                .Where(c => ids.Contains(c.ArticleId))
                .ToListAsync(cancellationToken))
            .ToLookup(c => c.ArticleId);

        var lists = new Dictionary<int, List<int>>();
        var searcher = index.Acquire();
        try
        {
            foreach (var id in ids)
            {
                lists[id] = Compose(searcher, id, curations[id].ToList());
            }
        }
        finally
        {
            index.Release(searcher);
        }

        var now = clock.GetUtcNow();
        var stored = 0;
        foreach (var (id, list) in lists)
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            if (db.Database.IsNpgsql())
            {
                // The worker and an editor's pin (or two nodes) may replace the same list at once. Under read committed
                // the second DELETE would not see the first one's new rows, and its INSERT would collide with them; the
                // article's row lock makes it wait for the first to commit. SQLite runs one writer at a time anyway.
                // NO KEY UPDATE, not UPDATE: two lists naming each other are refreshed at once, and each new entry's
                // foreign key takes a key-share lock on the article it names. FOR UPDATE would block that share lock and
                // deadlock the pair; NO KEY UPDATE still makes refreshes of one list wait for each other.
                await db.Database.ExecuteSqlAsync($"SELECT 1 FROM \"Articles\" WHERE \"Id\" = {id} FOR NO KEY UPDATE", cancellationToken);
            }
            await db.Set<ReadAlsoEntry>().Where(e => e.ArticleId == id).ExecuteDeleteAsync(cancellationToken);
            db.Set<ReadAlsoEntry>().AddRange(list.Select((related, position) =>
                new ReadAlsoEntry { ArticleId = id, Position = position, RelatedArticleId = related, ComputedAt = now }));
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            db.ChangeTracker.Clear();
            stored += list.Count > 0 ? 1 : 0;
        }
        return stored;
    }

    /// <summary>Pins first (in the editor's order), then the best computed matches that are not excluded.</summary>
    private List<int> Compose(Lucene.Net.Search.IndexSearcher searcher, int articleId, List<ReadAlsoCuration> curations)
    {
        var excluded = curations.Where(c => c.Kind == ReadAlsoCurationKind.Exclude).Select(c => c.RelatedArticleId).ToHashSet();
        var pinned = curations.Where(c => c.Kind == ReadAlsoCurationKind.Pin)
            .OrderBy(c => c.Position)
            .Select(c => c.RelatedArticleId)
            .Where(id => IsPublished(searcher, id))
            .ToList();
        var computed = finder.Find(searcher, articleId, Count + excluded.Count + pinned.Count)
            .Select(m => m.Id)
            .Where(id => !excluded.Contains(id) && !pinned.Contains(id));
        return pinned.Concat(computed).Take(Count).ToList();
    }

    private static bool IsPublished(Lucene.Net.Search.IndexSearcher searcher, int id) =>
        searcher.Search(new Lucene.Net.Search.TermQuery(SearchIndex.IdTerm(id)), 1).TotalHits > 0;
}
