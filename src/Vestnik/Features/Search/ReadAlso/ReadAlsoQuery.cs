using Microsoft.EntityFrameworkCore;
using Vestnik.Data;
using Vestnik.Features.Articles.Model;
using Vestnik.Features.Site;
using Vestnik.Infrastructure.Localization;
using Vestnik.Infrastructure.Time;

namespace Vestnik.Features.Search.ReadAlso;

/// <summary>Reads an article's stored "Read also" list as cards, skipping items no longer published.</summary>
public static class ReadAlsoQuery
{
    /// <remarks>
    /// One query: the list is joined to the articles in the database rather than read first and sent back as an id
    /// list, which saves a round trip and gives EF one fixed SQL text to cache instead of one per list length. The
    /// join starts from the list (a primary-key range), so the articles table is only probed by id. Compiled, as it
    /// runs on every uncached article page.
    /// </remarks>
    public static async Task<IReadOnlyList<ArticleCard>> StoredCardsAsync(
        VestnikDbContext db, int articleId, ContentLanguage language, NewsroomTime time, CancellationToken cancellationToken) =>
        ArticleCardQuery.ToCards(await StoredRows.For(db)(db, articleId, language).ToListAsync(cancellationToken), time);

    private static readonly CompiledPerModel<Func<VestnikDbContext, int, ContentLanguage, IAsyncEnumerable<ArticleCardRow>>> StoredRows = new(() =>
        EF.CompileAsyncQuery((VestnikDbContext db, int articleId, ContentLanguage language) => db.Set<ReadAlsoEntry>()
            .Where(e => e.ArticleId == articleId)
            .Join(
                db.Articles.Where(a => a.Status == ArticleStatus.Published && a.Language == language),
                e => e.RelatedArticleId,
                a => a.Id,
                (e, a) => new { e.Position, Article = a })
            .OrderBy(x => x.Position)
            .Select(x => x.Article)
            .Select(ArticleCardQuery.Row)));
}
