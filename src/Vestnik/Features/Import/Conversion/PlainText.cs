using System.Net;
using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;
using Vestnik.Infrastructure.Localization;

namespace Vestnik.Features.Import.Conversion;

/// <summary>Plain words out of another system's fields: excerpts and comments hold HTML, titles hold entities.</summary>
public static partial class PlainText
{
    private static readonly HtmlParser Parser = new(new HtmlParserOptions { IsScripting = false });

    /// <summary>The text of an HTML fragment, its whitespace collapsed; scripts and styles say nothing.</summary>
    public static string Of(string html)
    {
        if (string.IsNullOrWhiteSpace(html))
        {
            return "";
        }
        var body = Parser.ParseDocument("<!DOCTYPE html><html><body>" + html).Body!;
        foreach (var hidden in body.QuerySelectorAll("script, style, template, noscript").ToList())
        {
            hidden.Remove();
        }
        return Spaces().Replace(body.TextContent, " ").Trim();
    }

    /// <summary>
    /// The text of an HTML fragment with its paragraphs as blank lines and its line breaks kept: a comment as the
    /// comment formatter reads plain text.
    /// </summary>
    public static string Paragraphs(string html)
    {
        // Line ends stand in as a private-use character while the HTML is read, which collapses other whitespace.
        var marked = BlockEnd().Replace(LineBreak().Replace((html ?? "").Replace("\r\n", "\n", StringComparison.Ordinal), "\n"), "\n\n")
            .Replace('\n', LineMark);
        var lines = Of(marked).Split(LineMark).Select(line => line.Trim());
        return ExtraBlankLines().Replace(string.Join("\n", lines), "\n\n").Trim();
    }

    private const char LineMark = '\uE000';

    /// <summary>A title as WordPress stores it, entities and all, as words.</summary>
    public static string Decode(string text) => WebUtility.HtmlDecode(text ?? "").Trim();

    /// <summary>The newsroom's two languages: text with Cyrillic letters is Russian.</summary>
    public static ContentLanguage LanguageOf(string text) =>
        text.Any(c => c is >= '\u0400' and <= '\u04FF') ? ContentLanguage.Ru : ContentLanguage.En;

    [GeneratedRegex(@"[ \t\r\n\f\v]+")]
    private static partial Regex Spaces();

    [GeneratedRegex(@"\n{3,}")]
    private static partial Regex ExtraBlankLines();

    [GeneratedRegex(@"<br\s*/?>", RegexOptions.IgnoreCase)]
    private static partial Regex LineBreak();

    [GeneratedRegex(@"</p\s*>", RegexOptions.IgnoreCase)]
    private static partial Regex BlockEnd();
}
