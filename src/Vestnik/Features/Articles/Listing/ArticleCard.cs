using Microsoft.EntityFrameworkCore;
using Vestnik.Features.Articles.Model;
using Vestnik.Infrastructure.Localization;
using Vestnik.Infrastructure.Time;

namespace Vestnik.Features.Articles.Listing;

/// <summary>An article as it appears in any list: home blocks, sections, tags, authors, Read also.</summary>
public sealed record ArticleCard(
    int Id,
    string Url,
    string DisplayTitle,
    string Dek,
    string SectionName,
    string SectionUrl,
    DateTimeOffset PublishedAt,
    string PublishedText,
    string? ImageUrl,
    string ImageAlt,
    string? LabelName,
    string? LabelSlug,
    string? CommentCountText = null);

public static class ArticleCardQuery
{
    /// <summary>Published articles in one language, newest first.</summary>
    public static IQueryable<Article> PublishedIn(this IQueryable<Article> articles, ContentLanguage language) =>
        articles.Where(a => a.Status == ArticleStatus.Published && a.Language == language);

    public static IQueryable<Article> NewestFirst(this IQueryable<Article> articles) =>
        articles.OrderByDescending(a => a.PublishedAt).ThenByDescending(a => a.Id);

    /// <summary>Projects to cards in one query: only the columns a card shows are read.</summary>
    public static async Task<List<ArticleCard>> ToCardsAsync(
        this IQueryable<Article> articles, NewsroomTime time, CancellationToken cancellationToken)
    {
        var rows = await articles
            .AsNoTracking()
            .Select(a => new
            {
                a.Id,
                a.Slug,
                a.Title,
                OutletName = a.Source != null ? a.Source.OutletName : null,
                a.Dek,
                a.Language,
                SectionSlug = a.Section.Slug,
                a.Section.NameRu,
                a.Section.NameEn,
                a.PublishedAt,
                ImageUrl = a.LeadImage != null ? a.LeadImage.Url : null,
                ImageAlt = a.LeadImage != null ? a.LeadImage.AltText : null,
                Label = a.Labels.OrderBy(l => l.Id).Select(l => new { l.Slug, l.NameRu, l.NameEn }).FirstOrDefault(),
                a.CommentCount,
            })
            .ToListAsync(cancellationToken);

        return rows.ConvertAll(r =>
        {
            var published = r.PublishedAt ?? DateTimeOffset.MinValue;
            return new ArticleCard(
                r.Id,
                ReaderUrls.Article(r.Language, r.Slug),
                r.OutletName is null ? r.Title : $"{r.OutletName}: {r.Title}",
                r.Dek,
                r.Language == ContentLanguage.En ? r.NameEn : r.NameRu,
                ReaderUrls.Section(r.Language, r.SectionSlug),
                published,
                time.FormatDateTime(published, r.Language),
                r.ImageUrl,
                r.ImageAlt ?? "",
                r.Label is null ? null : r.Language == ContentLanguage.En ? r.Label.NameEn : r.Label.NameRu,
                r.Label?.Slug,
                r.CommentCount > 0 ? UiText.For(r.Language).CommentCount(r.CommentCount) : null);
        });
    }
}
