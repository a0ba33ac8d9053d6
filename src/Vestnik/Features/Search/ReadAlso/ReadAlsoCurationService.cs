using Microsoft.EntityFrameworkCore;
using Vestnik.Data;

namespace Vestnik.Features.Search.ReadAlso;

public enum CurationResult
{
    Done = 0,
    ArticleNotFound = 1,

    /// <summary>An article cannot be related to itself.</summary>
    SameArticle = 2,
}

public sealed record CuratedItem(int RelatedArticleId, string Title, ReadAlsoCurationKind Kind);

/// <summary>
/// What the newsroom editor uses to steer "Read also": pin an article into an article's list, exclude one from it,
/// or undo either. Each change recomputes and stores the list at once.
/// </summary>
public sealed class ReadAlsoCurationService(VestnikDbContext db, ReadAlsoRefresher refresher, TimeProvider clock)
{
    /// <summary>The pins (in order) and exclusions of an article.</summary>
    public async Task<IReadOnlyList<CuratedItem>> ListAsync(int articleId, CancellationToken cancellationToken) =>
        await db.Set<ReadAlsoCuration>().AsNoTracking()
            .Where(c => c.ArticleId == articleId)
            .OrderBy(c => c.Kind).ThenBy(c => c.Position)
            .Join(db.Articles, c => c.RelatedArticleId, a => a.Id, (c, a) => new CuratedItem(c.RelatedArticleId, a.Title, c.Kind))
            .ToListAsync(cancellationToken);

    public Task<CurationResult> PinAsync(int articleId, int relatedArticleId, CancellationToken cancellationToken) =>
        SetAsync(articleId, relatedArticleId, ReadAlsoCurationKind.Pin, cancellationToken);

    public Task<CurationResult> ExcludeAsync(int articleId, int relatedArticleId, CancellationToken cancellationToken) =>
        SetAsync(articleId, relatedArticleId, ReadAlsoCurationKind.Exclude, cancellationToken);

    /// <summary>Removes a pin or an exclusion: the item is ranked like any other again.</summary>
    public async Task<CurationResult> ClearAsync(int articleId, int relatedArticleId, CancellationToken cancellationToken)
    {
        await db.Set<ReadAlsoCuration>()
            .Where(c => c.ArticleId == articleId && c.RelatedArticleId == relatedArticleId)
            .ExecuteDeleteAsync(cancellationToken);
        await refresher.RefreshAsync([articleId], cancellationToken);
        return CurationResult.Done;
    }

    private async Task<CurationResult> SetAsync(int articleId, int relatedArticleId, ReadAlsoCurationKind kind, CancellationToken cancellationToken)
    {
        if (articleId == relatedArticleId)
        {
            return CurationResult.SameArticle;
        }
        var found = await db.Articles.CountAsync(a => a.Id == articleId || a.Id == relatedArticleId, cancellationToken);
        if (found < 2)
        {
            return CurationResult.ArticleNotFound;
        }
        var curations = db.Set<ReadAlsoCuration>();
        var existing = await curations.FirstOrDefaultAsync(c => c.ArticleId == articleId && c.RelatedArticleId == relatedArticleId, cancellationToken);
        var nextPin = await curations.Where(c => c.ArticleId == articleId && c.Kind == ReadAlsoCurationKind.Pin)
            .MaxAsync(c => (int?)c.Position, cancellationToken) ?? -1;
        if (existing is null)
        {
            curations.Add(existing = new ReadAlsoCuration { ArticleId = articleId, RelatedArticleId = relatedArticleId });
        }
        existing.Kind = kind;
        existing.Position = kind == ReadAlsoCurationKind.Pin ? nextPin + 1 : 0;
        existing.CreatedAt = clock.GetUtcNow();
        await db.SaveChangesAsync(cancellationToken);
        await refresher.RefreshAsync([articleId], cancellationToken);
        return CurationResult.Done;
    }
}
