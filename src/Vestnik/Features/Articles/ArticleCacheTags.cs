using Microsoft.EntityFrameworkCore;
using Vestnik.Data;
using Vestnik.Data.ChangeLog;
using Vestnik.Features.Site;
using Vestnik.Infrastructure.Caching;
using Vestnik.Infrastructure.Localization;

namespace Vestnik.Features.Articles;

/// <summary>Which cached pages an article change affects: its own page, every page showing it, and the lists it belongs to.</summary>
public sealed class ArticleCacheTags : ICacheTagSource
{
    public string Topic => ChangeTopics.Article;

    public async Task<IReadOnlyCollection<string>> TagsForAsync(VestnikDbContext db, ChangeLogEntry change, CancellationToken cancellationToken)
    {
        var tags = new List<string> { CacheTags.Article(change.EntityId), CacheTags.Shows(change.EntityId) };
        var article = await db.Articles.AsNoTracking().AsSplitQuery()
            .Where(a => a.Id == change.EntityId)
            .Select(a => new
            {
                a.Language,
                a.SectionId,
                a.TranslationId,
                TagIds = a.Tags.Select(t => t.Id).ToList(),
                AuthorIds = a.Authors.Select(x => x.AuthorId).ToList(),
            })
            .FirstOrDefaultAsync(cancellationToken);
        if (article is null)
        {
            tags.Add(CacheTags.Lists(ContentLanguage.Ru.Code()));
            tags.Add(CacheTags.Lists(ContentLanguage.En.Code()));
            return tags;
        }
        tags.Add(CacheTags.Lists(article.Language.Code()));
        tags.Add(CacheTags.Section(article.SectionId));
        tags.AddRange(article.TagIds.Select(CacheTags.Tag));
        tags.AddRange(article.AuthorIds.Select(CacheTags.Author));
        if (article.TranslationId is { } translation)
        {
            tags.Add(CacheTags.Article(translation));
        }
        return tags;
    }

    /// <summary>Tags for a page that shows these cards: it must go when any of them changes.</summary>
    public static IEnumerable<string> ForCards(IEnumerable<ArticleCard> cards) => cards.Select(c => CacheTags.Shows(c.Id));
}
