using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Vestnik.Data;
using Vestnik.Features.Articles.Model;
using Vestnik.Features.Site;
using Vestnik.Infrastructure.Localization;
using Vestnik.Infrastructure.Text.Embeds;

namespace Vestnik.Features.Search.Indexing;

/// <summary>Reads published articles from the database in the shape the index stores.</summary>
public static partial class ArticleSource
{
    /// <summary>The published articles among <paramref name="ids"/>; the others are to be removed from the index.</summary>
    public static Task<List<IndexableArticle>> LoadAsync(VestnikDbContext db, IReadOnlyCollection<int> ids, CancellationToken cancellationToken) =>
        LoadAsync(db.Articles.Where(a => ids.Contains(a.Id)), cancellationToken);

    public static async Task<List<IndexableArticle>> LoadAsync(IQueryable<Article> articles, CancellationToken cancellationToken)
    {
        var rows = await articles
            .Where(a => a.Status == ArticleStatus.Published)
            .AsNoTracking()
            .Select(a => new
            {
                a.Id,
                a.Language,
                a.Title,
                a.Slug,
                a.Dek,
                a.BodyHtml,
                SectionSlug = a.Section.Slug,
                a.Section.NameRu,
                a.Section.NameEn,
                Authors = a.Authors.Select(x => x.Author.Slug).ToList(),
                Tags = a.Tags.Select(t => new { t.Slug, t.Name }).ToList(),
                Labels = a.Labels.Select(l => l.Slug).ToList(),
                a.PublishedAt,
                a.TranslationId,
                Outlet = a.Source != null ? a.Source.OutletName : null,
                Headline = a.Source != null ? a.Source.OriginalHeadline : null,
                OriginalUrl = a.Source != null ? a.Source.OriginalUrl : null,
            })
            .AsSplitQuery()
            .ToListAsync(cancellationToken);

        return rows.ConvertAll(r => new IndexableArticle(
            r.Id,
            r.Language,
            r.Title,
            Article.DisplayTitleOf(r.Title, r.Outlet),
            r.Dek,
            PlainText(r.BodyHtml),
            ReaderUrls.Article(r.Language, r.Slug),
            r.SectionSlug,
            r.Language == ContentLanguage.En ? r.NameEn : r.NameRu,
            r.Authors,
            r.Tags.ConvertAll(t => (t.Slug, t.Name)),
            r.Labels,
            r.PublishedAt ?? DateTimeOffset.UnixEpoch,
            r.TranslationId,
            SourceKey(r.OriginalUrl, r.Outlet, r.Headline)));
    }

    /// <summary>Two retellings of one foreign story share the original's URL, or at least its outlet and headline.</summary>
    public static string? SourceKey(string? originalUrl, string? outlet, string? headline)
    {
        if (!string.IsNullOrWhiteSpace(originalUrl))
        {
            return "url:" + originalUrl.Trim().TrimEnd('/').ToLowerInvariant();
        }
        return outlet is null || headline is null ? null : $"story:{outlet.Trim().ToLowerInvariant()}|{headline.Trim().ToLowerInvariant()}";
    }

    /// <summary>
    /// The words of the rendered body: tags dropped, entities decoded, so highlights never cut markup; an embed counts
    /// by its link alone, not its card's provider line.
    /// </summary>
    public static string PlainText(string html) =>
        WebUtility.HtmlDecode(Whitespace().Replace(Tags().Replace(EmbedCards.ToLinks(html), " "), " ")).Trim();

    [GeneratedRegex("<[^>]*>")]
    private static partial Regex Tags();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
