using Vestnik.Features.Site;
using Vestnik.Infrastructure.Localization;

namespace Vestnik.Features.Distribution.Feeds;

/// <summary>RSS, Atom and JSON Feed for the whole site and for every section, tag and author, in both languages.</summary>
public static class FeedEndpoints
{
    private static readonly TimeSpan MaxAge = TimeSpan.FromMinutes(5);

    public static void MapFeeds(this IEndpointRouteBuilder app)
    {
        foreach (var prefix in new[] { "", "/en" })
        {
            foreach (var format in Enum.GetValues<FeedFormat>())
            {
                var file = format.FileName();
                app.MapGet($"{prefix}/{file}", (HttpContext context, FeedQuery query, PublicUrl url, CancellationToken ct) =>
                    ServeAsync(context, query, url, FeedScope.Site, format, ct));
                app.MapGet($"{prefix}/sections/{{slug}}/{file}", (string slug, HttpContext context, FeedQuery query, PublicUrl url, CancellationToken ct) =>
                    ServeAsync(context, query, url, new FeedScope(FeedScopeKind.Section, slug), format, ct));
                app.MapGet($"{prefix}/tags/{{slug}}/{file}", (string slug, HttpContext context, FeedQuery query, PublicUrl url, CancellationToken ct) =>
                    ServeAsync(context, query, url, new FeedScope(FeedScopeKind.Tag, slug), format, ct));
                app.MapGet($"{prefix}/authors/{{slug}}/{file}", (string slug, HttpContext context, FeedQuery query, PublicUrl url, CancellationToken ct) =>
                    ServeAsync(context, query, url, new FeedScope(FeedScopeKind.Author, slug), format, ct));
            }
        }
    }

    private static async Task<IResult> ServeAsync(
        HttpContext context, FeedQuery query, PublicUrl url, FeedScope scope, FeedFormat format, CancellationToken cancellationToken)
    {
        if (scope.Slug is { Length: > 200 })
        {
            return Results.NotFound();
        }
        var language = ContentLanguageExtensions.FromPath(context.Request.Path);
        var feed = await query.HandleAsync(scope, language, path => url.Absolute(context.Request, path), cancellationToken);
        if (feed is null)
        {
            return Results.NotFound();
        }
        return CachedDocument.Serve(context, FeedWriters.Write(feed, format), format.ContentType(),
            feed.Items.Count == 0 ? null : feed.Updated, MaxAge);
    }
}
