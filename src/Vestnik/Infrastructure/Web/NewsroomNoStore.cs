namespace Vestnik.Infrastructure.Web;

/// <summary>
/// Everything under <c>/newsroom</c> is one staff member's view of unpublished work: no browser history, shared
/// computer or proxy may keep a copy. Pages with forms got <c>no-store</c> from antiforgery; JSON, OPML and redirects
/// did not, so every newsroom response gets it here, whatever produced it.
/// </summary>
public sealed class NewsroomNoStore(RequestDelegate next)
{
    public const string PathPrefix = "/newsroom";

    public Task InvokeAsync(HttpContext context)
    {
        if (context.Request.Path.StartsWithSegments(PathPrefix))
        {
            context.Response.OnStarting(static state =>
            {
                ((HttpContext)state).Response.Headers.CacheControl = "no-store";
                return Task.CompletedTask;
            }, context);
        }
        return next(context);
    }
}
