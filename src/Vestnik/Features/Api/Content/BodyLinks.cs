using System.Text.RegularExpressions;

namespace Vestnik.Features.Api.Content;

/// <summary>
/// The reader page's body HTML links images and articles by site-relative paths (<c>/media/…</c>); an app showing
/// the body elsewhere needs them absolute. The HTML has passed the sanitizer, so every attribute is double-quoted.
/// </summary>
public static partial class BodyLinks
{
    [GeneratedRegex("""\b(src|href|poster)="/(?!/)""")]
    private static partial Regex SinglePath();

    [GeneratedRegex("\\bsrcset=\"([^\"]*)\"")]
    private static partial Regex SourceSet();

    [GeneratedRegex("""(^|,\s*)/(?!/)""")]
    private static partial Regex SourceSetPath();

    public static string Absolute(string html, string origin)
    {
        var withPaths = SinglePath().Replace(html, m => $"{m.Groups[1].Value}=\"{origin}/");
        return SourceSet().Replace(withPaths, m =>
            $"srcset=\"{SourceSetPath().Replace(m.Groups[1].Value, p => $"{p.Groups[1].Value}{origin}/")}\"");
    }
}
