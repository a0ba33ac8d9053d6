using Microsoft.EntityFrameworkCore;
using Vestnik.Data;
using Vestnik.Features.Articles.Model;
using Vestnik.Features.Site;
using Vestnik.Infrastructure.Localization;

namespace Vestnik.Features.Import;

/// <summary>
/// Answers a request no page matched: when its path is an <see cref="OldAddress"/> of an imported archive, 301 to
/// what it shows here now; otherwise the usual 404. Asked only after every route, so it costs a known page nothing.
/// </summary>
public static class OldAddressRedirects
{
    public static IEndpointConventionBuilder MapOldAddresses(this IEndpointRouteBuilder app) =>
        app.MapFallback(async (HttpContext context, VestnikDbContext db, CancellationToken cancellationToken) =>
        {
            if (!HttpMethods.IsGet(context.Request.Method) && !HttpMethods.IsHead(context.Request.Method))
            {
                return Results.NotFound();
            }
            var target = await FindAsync(db, context.Request.Path.Value, cancellationToken);
            return target is null ? Results.NotFound() : Results.Redirect(target, permanent: true);
        });

    /// <summary>The current address of an old path, or null when it leads nowhere (unknown, or not published).</summary>
    public static async Task<string?> FindAsync(VestnikDbContext db, string? path, CancellationToken cancellationToken)
    {
        if (OldAddress.Normalize(path) is not { } normalized)
        {
            return null;
        }
        var found = await db.Set<OldAddress>().AsNoTracking().Where(a => a.Path == normalized)
            .Select(a => new
            {
                Article = a.Article == null ? null : new { a.Article.Slug, a.Article.Language, a.Article.Status },
                SectionSlug = a.Section == null ? null : a.Section.Slug,
                Tag = a.Tag == null ? null : new { a.Tag.Slug, a.Tag.Language },
                AuthorSlug = a.Author == null ? null : a.Author.Slug,
            })
            .FirstOrDefaultAsync(cancellationToken);
        return found switch
        {
            { Article: { Status: ArticleStatus.Published } article } => ReaderUrls.Article(article.Language, article.Slug),
            { SectionSlug: { } section } => ReaderUrls.Section(ContentLanguage.Ru, section),
            { Tag: { } tag } => ReaderUrls.Tag(tag.Language, tag.Slug),
            { AuthorSlug: { } author } => ReaderUrls.Author(ContentLanguage.Ru, author),
            _ => null,
        };
    }
}
