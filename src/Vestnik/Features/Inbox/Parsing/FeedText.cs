using System.Net;
using System.Text.RegularExpressions;

namespace Vestnik.Features.Inbox.Parsing;

/// <summary>Turns the HTML that feeds put in titles and summaries into plain text.</summary>
public static partial class FeedText
{
    /// <summary>Strips tags, decodes entities (twice, for the feeds that double-encode), collapses whitespace.</summary>
    public static string ToPlainText(string? html, int maxLength = int.MaxValue)
    {
        if (string.IsNullOrWhiteSpace(html))
        {
            return "";
        }
        var text = html;
        for (var pass = 0; pass < 2 && (text.Contains('<') || text.Contains('&')); pass++)
        {
            text = ScriptOrStyle().Replace(text, " ");
            text = BlockTag().Replace(text, " ");
            text = Tag().Replace(text, "");
            text = WebUtility.HtmlDecode(text);
        }
        text = Whitespace().Replace(text, " ").Trim();
        return text.Length <= maxLength ? text : Truncate(text, maxLength);
    }

    /// <summary>Cuts at a word boundary and marks the cut with an ellipsis.</summary>
    public static string Truncate(string text, int maxLength)
    {
        if (text.Length <= maxLength)
        {
            return text;
        }
        var cut = text.LastIndexOf(' ', maxLength - 1);
        return text[..(cut > maxLength / 2 ? cut : maxLength - 1)].TrimEnd() + "…";
    }

    [GeneratedRegex(@"<(script|style)\b[^>]*>.*?</\1\s*>", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex ScriptOrStyle();

    [GeneratedRegex(@"<(br|p|div|li|h[1-6]|tr|blockquote)\b[^>]*>|</(p|div|li|h[1-6]|tr|blockquote)>", RegexOptions.IgnoreCase)]
    private static partial Regex BlockTag();

    [GeneratedRegex(@"<[^>]*>", RegexOptions.Singleline)]
    private static partial Regex Tag();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
