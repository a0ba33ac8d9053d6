using Microsoft.EntityFrameworkCore;
using Vestnik.Data;
using Vestnik.Features.Articles.Model;
using Vestnik.Features.Site;

namespace Vestnik.Features.Import.WordPress;

/// <summary>
/// WordPress's own link to a post, <c>/?p=123</c> (and <c>/?page_id=45</c> for a page), works on every WordPress site
/// whatever its permalinks: it is the post's guid and its shortlink, so readers' bookmarks and other sites hold it.
/// It answers 301 to the imported article. It runs before the pipeline because <c>/</c> is the front page, which the
/// reader cache serves whatever the query.
/// </summary>
public static class WordPressQueryLinks
{
    private static readonly string[] IdParameters = ["p", "page_id"];

    public static WebApplication UseWordPressQueryLinks(this WebApplication app)
    {
        app.UseWhen(IsQueryLink, branch => branch.Use(async (context, next) =>
        {
            var db = context.RequestServices.GetRequiredService<VestnikDbContext>();
            if (await FindAsync(db, PostId(context.Request.Query), context.RequestAborted) is { } target)
            {
                context.Response.Redirect(target, permanent: true);
                return;
            }
            await next(context);
        }));
        return app;
    }

    /// <summary>The current address of the post WordPress knew by this id, or null when none was imported or it is not published.</summary>
    public static async Task<string?> FindAsync(VestnikDbContext db, string postId, CancellationToken cancellationToken)
    {
        var article = await db.Set<ImportedRecord>().AsNoTracking()
            .Where(r => r.Source == ImportSources.WordPress && r.Kind == ImportedKinds.Article && r.SourceId == postId)
            .Join(db.Articles, r => r.TargetId, a => (long)a.Id, (r, a) => new { a.Slug, a.Language, a.Status })
            .FirstOrDefaultAsync(cancellationToken);
        return article is { Status: ArticleStatus.Published } ? ReaderUrls.Article(article.Language, article.Slug) : null;
    }

    private static bool IsQueryLink(HttpContext context) =>
        context.Request.Path.Value is "/" or "" && (HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method))
        && PostId(context.Request.Query).Length > 0;

    /// <summary>The post id the query names, digits only (WordPress ids are positive integers); empty when it names none.</summary>
    private static string PostId(IQueryCollection query)
    {
        foreach (var name in IdParameters)
        {
            if (query[name] is [{ Length: > 0 and <= 19 } id] && id.All(char.IsAsciiDigit))
            {
                return id;
            }
        }
        return "";
    }
}
