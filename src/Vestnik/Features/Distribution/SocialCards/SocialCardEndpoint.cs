using System.Text.RegularExpressions;

namespace Vestnik.Features.Distribution.SocialCards;

/// <summary>
/// <c>GET /cards/{articleId}-{fingerprint}.png</c>: the card as it is now; a card URL whose content has changed since
/// (an old headline) redirects to the current one, and an article that is not published answers 404.
/// </summary>
public static partial class SocialCardEndpoint
{
    public static void MapSocialCards(this IEndpointRouteBuilder app) =>
        app.MapGet(SocialCardImages.UrlPrefix + "{file}", async (string file, SocialCardImages cards, HttpContext context, CancellationToken cancellationToken) =>
        {
            var match = CardFileName().Match(file);
            if (!match.Success || !int.TryParse(match.Groups[1].Value, out var articleId))
            {
                return Results.NotFound();
            }
            var content = await cards.ContentAsync(articleId, cancellationToken);
            if (content is null)
            {
                return Results.NotFound();
            }
            if (content.Fingerprint != match.Groups[2].Value)
            {
                return Results.Redirect(SocialCardImages.UrlPrefix + content.FileName, permanent: false);
            }
            var path = await cards.EnsureFileAsync(content, cancellationToken);
            // The name changes whenever the picture does, so the file itself never changes.
            context.Response.Headers.CacheControl = "public, max-age=31536000, immutable";
            return Results.File(path, "image/png");
        });

    [GeneratedRegex("^([0-9]{1,10})-([0-9a-f]{16})\\.png$")]
    private static partial Regex CardFileName();
}
