namespace Vestnik.Features.Api.Keys;

/// <summary>An origin as browsers send it in the <c>Origin</c> header: scheme, host and a port only when not the default.</summary>
public static class CorsOrigin
{
    /// <summary>The origin in its canonical form, or null when the text is not an http(s) origin without path or query.</summary>
    public static string? Normalize(string text)
    {
        if (text.Length > ApiKey.MaxOriginLength
            || !Uri.TryCreate(text.TrimEnd('/'), UriKind.Absolute, out var uri)
            || uri.Scheme is not ("http" or "https")
            || uri.AbsolutePath != "/" || uri.Query.Length > 0 || uri.Fragment.Length > 0 || uri.UserInfo.Length > 0)
        {
            return null;
        }
        return uri.IsDefaultPort ? $"{uri.Scheme}://{uri.IdnHost}" : $"{uri.Scheme}://{uri.IdnHost}:{uri.Port}";
    }
}
