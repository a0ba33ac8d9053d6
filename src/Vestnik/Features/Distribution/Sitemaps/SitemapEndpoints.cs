using System.Text;
using Microsoft.Extensions.Options;
using Vestnik.Features.Site;
using Vestnik.Infrastructure;

namespace Vestnik.Features.Distribution.Sitemaps;

/// <summary>
/// <c>/sitemap.xml</c> is an index of <c>/sitemaps/pages.xml</c>, <c>/sitemaps/articles-N.xml</c> (at most 50,000 URLs
/// each) and <c>/sitemaps/news.xml</c> (the last 48 hours); <c>/robots.txt</c> names the index and keeps crawlers out
/// of the newsroom and the account pages.
/// </summary>
public static class SitemapEndpoints
{
    private const string XmlType = "application/xml; charset=utf-8";
    private static readonly TimeSpan MaxAge = TimeSpan.FromMinutes(10);

    public static void MapSitemaps(this IEndpointRouteBuilder app)
    {
        app.MapGet("/sitemap.xml", async (HttpContext context, SitemapQuery query, PublicUrl url, CancellationToken ct) =>
        {
            var refs = new List<SitemapRef> { new(url.Absolute(context.Request, "/sitemaps/pages.xml"), null) };
            var pages = await query.ArticlePageCountAsync(ct);
            for (var page = 1; page <= pages; page++)
            {
                refs.Add(new(url.Absolute(context.Request, $"/sitemaps/articles-{page}.xml"), await query.LastModifiedOfPageAsync(page, ct)));
            }
            // An empty urlset is not a valid sitemap, so the news sitemap is listed only while it has news.
            var lastPublished = await query.LastPublishedAsync(ct);
            if (lastPublished is { } at && at >= context.RequestServices.GetRequiredService<TimeProvider>().GetUtcNow() - SitemapQuery.NewsWindow)
            {
                refs.Add(new(url.Absolute(context.Request, "/sitemaps/news.xml"), at));
            }
            return CachedDocument.Serve(context, SitemapWriter.Index(refs), XmlType, null, MaxAge);
        });

        app.MapGet("/sitemaps/pages.xml", async (HttpContext context, SitemapQuery query, PublicUrl url) =>
            CachedDocument.Serve(context, SitemapWriter.UrlSet(await query.ListingPagesAsync(path => url.Absolute(context.Request, path))),
                XmlType, null, MaxAge));

        app.MapGet("/sitemaps/articles-{page:int}.xml", async (int page, HttpContext context, SitemapQuery query, PublicUrl url, CancellationToken ct) =>
        {
            if (page < 1 || page > await query.ArticlePageCountAsync(ct))
            {
                return Results.NotFound();
            }
            var entries = await query.ArticlesAsync(page, path => url.Absolute(context.Request, path), ct);
            return CachedDocument.Serve(context, SitemapWriter.UrlSet(entries), XmlType, entries.Max(e => e.LastModified), MaxAge);
        });

        app.MapGet("/sitemaps/news.xml", async (HttpContext context, SitemapQuery query, PublicUrl url, IOptions<VestnikOptions> site, CancellationToken ct) =>
        {
            var entries = await query.NewsAsync(path => url.Absolute(context.Request, path), ct);
            return CachedDocument.Serve(context, SitemapWriter.News(entries, site.Value.SiteName), XmlType, null, TimeSpan.FromMinutes(1));
        });

        app.MapGet("/robots.txt", (HttpContext context, PublicUrl url) =>
        {
            var text = new StringBuilder()
                .Append("User-agent: *\n")
                .Append("Disallow: /newsroom\n")
                .Append("Disallow: /account\n")
                .Append("Disallow: /en/account\n")
                .Append("Disallow: /share/\n")
                .Append('\n')
                .Append("Sitemap: ").Append(url.Absolute(context.Request, "/sitemap.xml")).Append('\n')
                .ToString();
            return Results.Text(text, "text/plain; charset=utf-8");
        });
    }
}
