using Microsoft.EntityFrameworkCore;
using Vestnik.Data;
using Vestnik.Features.Articles.Listing;
using Vestnik.Infrastructure.Localization;
using Vestnik.Infrastructure.Time;

namespace Vestnik.Features.Search.ReadAlso;

/// <summary>Reads an article's stored "Read also" list as cards, skipping items no longer published.</summary>
public static class ReadAlsoQuery
{
    public static async Task<IReadOnlyList<ArticleCard>> StoredCardsAsync(
        VestnikDbContext db, int articleId, ContentLanguage language, NewsroomTime time, CancellationToken cancellationToken)
    {
        var ids = await db.Set<ReadAlsoEntry>().AsNoTracking()
            .Where(e => e.ArticleId == articleId)
            .OrderBy(e => e.Position)
            .Select(e => e.RelatedArticleId)
            .ToListAsync(cancellationToken);
        if (ids.Count == 0)
        {
            return [];
        }
        var cards = await db.Articles.PublishedIn(language).Where(a => ids.Contains(a.Id)).ToCardsAsync(time, cancellationToken);
        return cards.OrderBy(c => ids.IndexOf(c.Id)).ToList();
    }
}
