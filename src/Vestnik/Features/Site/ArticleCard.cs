using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Vestnik.Features.Articles.Model;
using Vestnik.Infrastructure.Localization;
using Vestnik.Infrastructure.Time;

namespace Vestnik.Features.Site;

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
        this IQueryable<Article> articles, NewsroomTime time, CancellationToken cancellationToken) =>
        ToCards(await articles.AsNoTracking().Select(Row).ToListAsync(cancellationToken), time);

    /// <summary>
    /// The columns of a card. One expression built once: a projection written inline is a new expression tree, with
    /// its reflection lookups, on every call.
    /// </summary>
    public static readonly Expression<Func<Article, ArticleCardRow>> Row = a => new ArticleCardRow(
        a.Id,
        a.Slug,
        a.Title,
        a.Source != null ? a.Source.OutletName : null,
        a.Dek,
        a.Language,
        a.Section.Slug,
        a.Section.NameRu,
        a.Section.NameEn,
        a.PublishedAt,
        a.LeadImage != null ? a.LeadImage.Url : null,
        a.LeadImage != null ? a.LeadImage.AltText : null,
        // Scalar subqueries, each an index lookup by article. Selecting the label as one object made EF
        // number every article's labels in a window over the whole table, on every list.
        a.Labels.OrderBy(l => l.Id).Select(l => l.Slug).FirstOrDefault(),
        a.Labels.OrderBy(l => l.Id).Select(l => a.Language == ContentLanguage.En ? l.NameEn : l.NameRu).FirstOrDefault(),
        a.CommentCount);

    public static List<ArticleCard> ToCards(List<ArticleCardRow> rows, NewsroomTime time) => rows.ConvertAll(r =>
    {
        var published = r.PublishedAt ?? DateTimeOffset.MinValue;
        return new ArticleCard(
            r.Id,
            ReaderUrls.Article(r.Language, r.Slug),
            Article.DisplayTitleOf(r.Title, r.OutletName),
            r.Dek,
            r.Language == ContentLanguage.En ? r.SectionNameEn : r.SectionNameRu,
            ReaderUrls.Section(r.Language, r.SectionSlug),
            published,
            time.FormatDateTime(published, r.Language),
            r.ImageUrl,
            r.ImageAlt ?? "",
            r.LabelName,
            r.LabelSlug,
            r.CommentCount > 0 ? UiText.For(r.Language).CommentCount(r.CommentCount) : null);
    });
}

/// <summary>What the database returns for one card, before it is formatted for the page's language.</summary>
public sealed record ArticleCardRow(
    int Id,
    string Slug,
    string Title,
    string? OutletName,
    string Dek,
    ContentLanguage Language,
    string SectionSlug,
    string SectionNameRu,
    string SectionNameEn,
    DateTimeOffset? PublishedAt,
    string? ImageUrl,
    string? ImageAlt,
    string? LabelSlug,
    string? LabelName,
    int CommentCount);
