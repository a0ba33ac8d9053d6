using Vestnik.Data;
using Vestnik.Infrastructure.Localization;
using Vestnik.Infrastructure.Time;

namespace Vestnik.Features.Site.Errors;

/// <summary>The newest published articles in one language, offered on a dead link's page so it still leads somewhere.</summary>
public sealed class LatestArticlesQuery(VestnikDbContext db, NewsroomTime time)
{
    public async Task<IReadOnlyList<ArticleCard>> LoadAsync(ContentLanguage language, int count, CancellationToken cancellationToken) =>
        await db.Articles.PublishedIn(language).NewestFirst().Take(count).ToCardsAsync(time, cancellationToken);
}
