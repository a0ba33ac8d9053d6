using Microsoft.Net.Http.Headers;

namespace Vestnik.Infrastructure.Caching;

/// <summary>
/// Reduces <c>Accept-Encoding</c> to one of <c>br</c>, <c>gzip</c> or nothing before the output cache sees it. The
/// cache keeps one compressed copy per value, so arbitrary header values must not create arbitrary copies.
/// </summary>
public sealed class AcceptEncodingNormalizer(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context)
    {
        var headers = context.Request.Headers;
        var accepted = headers.AcceptEncoding.ToString();
        if (accepted.Length > 0)
        {
            headers.AcceptEncoding = Accepts(accepted, "br") ? "br" : Accepts(accepted, "gzip") ? "gzip" : "identity";
        }
        return next(context);
    }

    private static bool Accepts(string header, string coding)
    {
        foreach (var part in header.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            if (StringWithQualityHeaderValue.TryParse(part, out var value)
                && value.Value.Equals(coding, StringComparison.OrdinalIgnoreCase)
                && (value.Quality ?? 1) > 0)
            {
                return true;
            }
        }
        return false;
    }
}
