namespace Vestnik.Infrastructure.Web;

/// <summary>
/// Pages link CSS, scripts and icons with a content hash in <c>?v=</c> (<c>asp-append-version</c>), so a changed file
/// gets a new URL: such a response may be cached by browsers and proxies for a year without revalidation.
/// </summary>
public sealed class VersionedAssetCaching(RequestDelegate next)
{
    private static readonly string[] Extensions = [".css", ".js", ".svg", ".png", ".webp", ".woff2"];

    public Task InvokeAsync(HttpContext context)
    {
        if (context.Request.Query.ContainsKey("v")
            && Extensions.Any(e => context.Request.Path.Value?.EndsWith(e, StringComparison.OrdinalIgnoreCase) == true))
        {
            context.Response.OnStarting(static state =>
            {
                var response = ((HttpContext)state).Response;
                if (response.StatusCode == StatusCodes.Status200OK)
                {
                    response.Headers.CacheControl = "public, max-age=31536000, immutable";
                }
                return Task.CompletedTask;
            }, context);
        }
        return next(context);
    }
}
