using Microsoft.EntityFrameworkCore;
using Vestnik.Data;
using Vestnik.Features.Articles.Model;
using Vestnik.Features.Site;

namespace Vestnik.Features.Distribution.Sharing;

/// <summary>
/// <c>GET /share/{network}/{articleId}</c>: counts the click and redirects to that network's share dialog for that
/// article. The target is built here from the database, never taken from the request, so this cannot be used as an
/// open redirect; an unknown network or an article that is not published answers 404.
/// </summary>
public static class ShareClickEndpoint
{
    public static void MapShareClicks(this IEndpointRouteBuilder app) =>
        app.MapGet("/share/{network}/{articleId:int}", async (
            string network, int articleId, HttpContext context, VestnikDbContext db, ShareLinks links, TimeProvider clock,
            CancellationToken cancellationToken) =>
        {
            if (ShareNetworks.Find(network) is not { } known)
            {
                return Results.NotFound();
            }
            var article = await db.Articles.AsNoTracking()
                .Where(a => a.Id == articleId && a.Status == ArticleStatus.Published)
                .Select(a => new { a.Language, a.Slug, a.Title, OutletName = a.Source == null ? null : a.Source.OutletName })
                .FirstOrDefaultAsync(cancellationToken);
            if (article is null)
            {
                return Results.NotFound();
            }
            await CountAsync(db, articleId, known.Key, clock.GetUtcNow(), cancellationToken);
            var title = Article.DisplayTitleOf(article.Title, article.OutletName);
            context.Response.Headers.CacheControl = "no-store";
            return Results.Redirect(links.NetworkUrl(context.Request, known, ReaderUrls.Article(article.Language, article.Slug), title));
        });

    /// <summary>One atomic increment; the first click of a network inserts the row (a racing insert retries as an update).</summary>
    private static async Task CountAsync(VestnikDbContext db, int articleId, string network, DateTimeOffset now, CancellationToken cancellationToken)
    {
        for (var attempt = 0; attempt < 3; attempt++)
        {
            var updated = await db.Set<ShareCount>()
                .Where(s => s.ArticleId == articleId && s.Network == network)
                .ExecuteUpdateAsync(s => s.SetProperty(x => x.Clicks, x => x.Clicks + 1).SetProperty(x => x.LastClickAt, now), cancellationToken);
            if (updated > 0)
            {
                return;
            }
            db.Set<ShareCount>().Add(new ShareCount { ArticleId = articleId, Network = network, Clicks = 1, LastClickAt = now });
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                return;
            }
            catch (DbUpdateException)
            {
                db.ChangeTracker.Clear();
            }
        }
    }
}
