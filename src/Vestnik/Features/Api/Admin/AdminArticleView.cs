using Microsoft.EntityFrameworkCore;
using Vestnik.Data;
using Vestnik.Features.Api.Content;
using Vestnik.Features.Newsroom;
using Vestnik.Features.Site;
using Vestnik.Infrastructure.Localization;

namespace Vestnik.Features.Api.Admin;

/// <summary>An article in any status as the admin API shows it, read after every change so the answer is what was stored.</summary>
public sealed class AdminArticleView(VestnikDbContext db, PublicUrl url, IHttpContextAccessor http)
{
    public async Task<AdminArticle?> FindAsync(int id, CancellationToken cancellationToken)
    {
        var article = await db.Articles.AsNoTracking().AsSplitQuery()
            .Include(a => a.Section)
            .Include(a => a.Authors).ThenInclude(a => a.Author)
            .Include(a => a.Tags)
            .Include(a => a.Labels)
            .Include(a => a.Source)
            .FirstOrDefaultAsync(a => a.Id == id, cancellationToken);
        if (article is null)
        {
            return null;
        }
        var request = http.HttpContext?.Request;
        var language = article.Language;
        return new AdminArticle(
            article.Id,
            article.Version,
            article.Status.ToString().ToLowerInvariant(),
            article.Slug,
            language.Code(),
            article.Title,
            article.Dek,
            article.BodyMarkdown,
            BodyLinks.Absolute(article.BodyHtml, url.Origin(request)),
            new AdminNamed(article.Section.Slug, article.Section.Name(language)),
            [.. article.Authors.OrderBy(a => a.Position).Select(a => new AdminNamed(a.Author.Slug, a.Author.Name))],
            [.. article.Tags.OrderBy(t => t.Name, StringComparer.Ordinal).Select(t => new AdminNamed(t.Slug, t.Name))],
            [.. article.Labels.OrderBy(l => l.Slug, StringComparer.Ordinal).Select(l => new AdminNamed(l.Slug, l.Name(language)))],
            article.Source is { } source
                ? new AdminSource(source.OutletName, source.OriginalHeadline, source.OriginalUrl, source.OriginalPublishedAt, source.OriginalLanguage)
                : null,
            article.CreatedAt,
            article.PublishedAt,
            article.UpdatedAt,
            article.ScheduledFor,
            url.Absolute(request, ReaderUrls.Article(language, article.Slug)),
            url.Absolute(request, NewsroomUrls.EditArticle(article.Id)));
    }

    /// <summary>The ETag of a version: what If-Match sends back.</summary>
    public static string ETag(int version) => $"\"{version.ToString(System.Globalization.CultureInfo.InvariantCulture)}\"";
}
