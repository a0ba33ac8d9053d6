using Vestnik.Data;
using Vestnik.Features.Articles.Listing;
using Vestnik.Infrastructure.Localization;
using Vestnik.Infrastructure.Time;

namespace Vestnik.Features.Search.ReadAlso;

/// <summary>Reads an article's stored "Read also" list as cards, skipping items no longer published.</summary>
public static class ReadAlsoQuery
{
    /// <remarks>
    /// One query: the list is joined in the database rather than read first and sent back as an id list, which saves
    /// a round trip and gives EF one fixed SQL text to cache instead of one per list length.
    /// </remarks>
    public static async Task<IReadOnlyList<ArticleCard>> StoredCardsAsync(
        VestnikDbContext db, int articleId, ContentLanguage language, NewsroomTime time, CancellationToken cancellationToken)
    {
        var entries = db.Set<ReadAlsoEntry>().Where(e => e.ArticleId == articleId);
        return await db.Articles.PublishedIn(language)
            .Where(a => entries.Any(e => e.RelatedArticleId == a.Id))
            .OrderBy(a => entries.Where(e => e.RelatedArticleId == a.Id).Select(e => e.Position).First())
            .ToCardsAsync(time, cancellationToken);
    }
}
