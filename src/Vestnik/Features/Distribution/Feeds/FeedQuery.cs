using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Vestnik.Data;
using Vestnik.Features.Articles.Model;
using Vestnik.Features.Site;
using Vestnik.Infrastructure;
using Vestnik.Infrastructure.Localization;
using Vestnik.Infrastructure.Text.Embeds;

namespace Vestnik.Features.Distribution.Feeds;

/// <summary>Loads the newest published articles of one scope as a <see cref="FeedDocument"/>, or null for an unknown slug.</summary>
public sealed partial class FeedQuery(
    VestnikDbContext db,
    ArticleMedia media,
    IOptions<DistributionOptions> options,
    IOptions<VestnikOptions> site)
{
    public async Task<FeedDocument?> HandleAsync(
        FeedScope scope, ContentLanguage language, Func<string, string> absolute, CancellationToken cancellationToken)
    {
        var articles = db.Articles.AsNoTracking().Where(a => a.Status == ArticleStatus.Published && a.Language == language);
        var siteName = site.Value.SiteName;
        string title;
        switch (scope.Kind)
        {
            case FeedScopeKind.Section:
                var section = await db.Sections.AsNoTracking().FirstOrDefaultAsync(s => s.Slug == scope.Slug, cancellationToken);
                if (section is null)
                {
                    return null;
                }
                title = $"{section.Name(language)} — {siteName}";
                articles = articles.Where(a => a.SectionId == section.Id);
                break;
            case FeedScopeKind.Tag:
                var tag = await db.Tags.AsNoTracking()
                    .FirstOrDefaultAsync(t => t.Slug == scope.Slug && t.Language == language, cancellationToken);
                if (tag is null)
                {
                    return null;
                }
                title = $"{tag.Name} — {siteName}";
                articles = articles.Where(a => a.Tags.Any(t => t.Id == tag.Id));
                break;
            case FeedScopeKind.Author:
                var author = await db.Authors.AsNoTracking().FirstOrDefaultAsync(a => a.Slug == scope.Slug, cancellationToken);
                if (author is null)
                {
                    return null;
                }
                title = $"{author.Name} — {siteName}";
                articles = articles.Where(a => a.Authors.Any(x => x.AuthorId == author.Id));
                break;
            default:
                title = siteName;
                break;
        }

        var loaded = await articles
            .OrderByDescending(a => a.PublishedAt).ThenByDescending(a => a.Id)
            .Take(Math.Clamp(options.Value.FeedItemCount, 1, 500))
            .AsSplitQuery()
            .Include(a => a.Section)
            .Include(a => a.Authors).ThenInclude(a => a.Author)
            .Include(a => a.Tags)
            .ToListAsync(cancellationToken);

        var items = loaded.Select(a => ToItem(a, absolute)).ToList();
        var updated = items.Count == 0 ? DateTimeOffset.UnixEpoch : items.Max(i => i.Updated);
        var description = language == ContentLanguage.En ? $"The latest from {title}" : $"Свежие материалы: {title}";
        return new FeedDocument(
            title,
            description,
            language,
            absolute(FeedUrls.PageOf(language, scope)),
            absolute(FeedUrls.For(language, scope, FeedFormat.Rss)),
            updated,
            items);
    }

    private FeedItem ToItem(Article article, Func<string, string> absolute)
    {
        var language = article.Language;
        var published = article.PublishedAt ?? article.CreatedAt;
        var categories = new List<string> { article.Section.Name(language) };
        categories.AddRange(article.Tags.OrderBy(t => t.Name, StringComparer.Ordinal).Select(t => t.Name));
        return new FeedItem(
            article.Id,
            article.DisplayTitle,
            article.Dek,
            AbsoluteLinks(EmbedCards.ToLinks(article.BodyHtml), absolute("/")),
            absolute(ReaderUrls.Article(language, article.Slug)),
            published,
            article.UpdatedAt ?? published,
            article.Authors.OrderBy(a => a.Position)
                .Select(a => new FeedPerson(a.Author.Name, absolute(ReaderUrls.Author(language, a.Author.Slug))))
                .ToList(),
            categories,
            article.LeadImage is { } image
                ? new FeedImage(absolute(image.Url), ArticleMedia.MediaTypeOf(image.Url), media.LengthOf(image.Url))
                : null);
    }

    /// <summary>Feed readers show the body outside our site, so site-relative links and images must become absolute.</summary>
    private static string AbsoluteLinks(string html, string origin) =>
        SiteRelativeAttribute().Replace(html, m => $"{m.Groups[1].Value}=\"{origin}");

    [GeneratedRegex("""\b(href|src)="/(?!/)""")]
    private static partial Regex SiteRelativeAttribute();
}
