namespace Vestnik.Features.Articles.Reading;

/// <summary>
/// A 1×1 image on the article page that counts a view. Cached pages never reach the page handler, so the count
/// comes from this uncached request instead; it works without JavaScript and costs one in-memory increment.
/// </summary>
public static class ViewBeacon
{
    // The smallest transparent GIF.
    private static readonly byte[] Pixel = Convert.FromBase64String("R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7");

    public static string Url(int articleId) => $"/views/{articleId}.gif";

    public static IEndpointRouteBuilder MapViewBeacon(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/views/{articleId:int}.gif", (int articleId, ViewCounter counter, HttpResponse response) =>
        {
            counter.Count(articleId);
            response.Headers.CacheControl = "no-store";
            return Results.File(Pixel, "image/gif");
        });
        return endpoints;
    }
}
