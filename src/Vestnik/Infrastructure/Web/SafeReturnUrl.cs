using System.Globalization;
using System.Text;

namespace Vestnik.Infrastructure.Web;

/// <summary>
/// The one check for <c>returnUrl</c> parameters: a path on this site or nothing. Anything else would be an open
/// redirect or, for characters a <c>Location</c> header cannot carry, a 500.
/// </summary>
public static class SafeReturnUrl
{
    /// <summary>Longer than any address the site links to; a longer one is not ours.</summary>
    public const int MaxLength = 2048;

    /// <summary>The local address to return to, or <paramref name="fallback"/> when the parameter is not a safe one.</summary>
    public static string LocalOr(string? url, string fallback) => Local(url) ?? fallback;

    /// <summary>
    /// <paramref name="url"/> when it is a path on this site (<c>/x</c>), with non-ASCII characters percent-encoded;
    /// null for an absolute URL, <c>//host</c>, <c>/\host</c> (browsers read both as another host), or any control
    /// character (browsers drop tab and line breaks, so <c>/%09/evil.example</c> would become <c>//evil.example</c>).
    /// </summary>
    public static string? Local(string? url)
    {
        if (string.IsNullOrEmpty(url) || url.Length > MaxLength || url[0] != '/'
            || (url.Length > 1 && url[1] is '/' or '\\') || url.Any(char.IsControl))
        {
            return null;
        }
        return EscapeNonAscii(url);
    }

    private static string EscapeNonAscii(string url)
    {
        if (Ascii.IsValid(url))
        {
            return url;
        }
        var escaped = new StringBuilder(url.Length * 2);
        Span<byte> utf8 = stackalloc byte[4];
        foreach (var rune in url.EnumerateRunes())
        {
            if (rune.IsAscii)
            {
                escaped.Append((char)rune.Value);
                continue;
            }
            foreach (var b in utf8[..rune.EncodeToUtf8(utf8)])
            {
                escaped.Append('%').Append(b.ToString("X2", CultureInfo.InvariantCulture));
            }
        }
        return escaped.ToString();
    }
}
