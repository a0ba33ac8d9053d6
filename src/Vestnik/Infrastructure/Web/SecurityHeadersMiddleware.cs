using Vestnik.Infrastructure.Text.Embeds;

namespace Vestnik.Infrastructure.Web;

/// <summary>
/// Adds the security headers to every response. The Content-Security-Policy allows scripts and styles only
/// from our own origin as files: no inline script or style anywhere, so an injected tag cannot run.
/// </summary>
public sealed class SecurityHeadersMiddleware(RequestDelegate next)
{
    public static readonly string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: https:; font-src 'self'; " +
        "connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'; " +
        // Embedded posts and videos: the reader's click puts the provider's player in a frame, and only those players.
        "frame-src " + string.Join(' ', EmbedLinks.FrameOrigins);

    public Task InvokeAsync(HttpContext context)
    {
        context.Response.OnStarting(static state =>
        {
            var ctx = (HttpContext)state;
            var headers = ctx.Response.Headers;
            headers.ContentSecurityPolicy = ContentSecurityPolicy;
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
            headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=(), interest-cohort=()";
            headers["Cross-Origin-Opener-Policy"] = "same-origin";
            if (ctx.Request.IsHttps)
            {
                headers.StrictTransportSecurity = "max-age=31536000; includeSubDomains";
            }
            return Task.CompletedTask;
        }, context);
        return next(context);
    }
}
