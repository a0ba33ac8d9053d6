using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace Vestnik.Features.Import.Conversion;

/// <summary>
/// What WordPress stores in <c>post_content</c> before its own filters run: text of the classic editor whose blank
/// lines are paragraphs (WordPress's <c>wpautop</c> adds the <c>&lt;p&gt;</c> on display) and shortcodes. This turns
/// both into plain HTML for <see cref="HtmlToMarkdown"/>; Gutenberg's block comments need nothing, because each block
/// also stores the HTML it renders.
/// </summary>
public static partial class WordPressMarkup
{
    /// <summary>Shortcodes written as HTML we can convert; any other stays in the text, visible to the editors.</summary>
    private static readonly HashSet<string> Known = new(StringComparer.OrdinalIgnoreCase) { "caption", "wp_caption", "embed", "gallery", "video", "audio" };

    /// <summary>The content as HTML: <paramref name="attachmentUrl"/> finds a gallery's images by their ids.</summary>
    public static string ToHtml(string content, Func<int, string?> attachmentUrl)
    {
        var html = IsBlockEditor(content) || HasParagraphs(content) ? content : AutoParagraphs(content);
        return ExpandShortcodes(html, attachmentUrl);
    }

    private static bool IsBlockEditor(string content) => content.Contains("<!-- wp:", StringComparison.Ordinal);

    private static bool HasParagraphs(string content) => content.Contains("<p", StringComparison.OrdinalIgnoreCase)
        && ParagraphTag().IsMatch(content);

    /// <summary>
    /// WordPress's display rule for classic text, simplified to what changes the structure: a blank line ends a
    /// paragraph, a single line break inside one is a line break, and a chunk that is already a block stays as it is.
    /// </summary>
    public static string AutoParagraphs(string content)
    {
        var html = new StringBuilder(content.Length + 64);
        foreach (var chunk in BlankLines().Split(content.Replace("\r\n", "\n", StringComparison.Ordinal)))
        {
            var text = chunk.Trim();
            if (text.Length == 0)
            {
                continue;
            }
            if (StartsWithBlock().IsMatch(text))
            {
                html.Append(text).Append('\n');
                continue;
            }
            html.Append("<p>").Append(text.Replace("\n", "<br>\n", StringComparison.Ordinal)).Append("</p>\n");
        }
        return html.ToString();
    }

    private static string ExpandShortcodes(string html, Func<int, string?> attachmentUrl)
    {
        if (!html.Contains('['))
        {
            return html;
        }
        try
        {
            return Shortcode().Replace(html, match => Expand(match, attachmentUrl));
        }
        catch (RegexMatchTimeoutException)
        {
            // A pathological text of brackets: it stays as it is, shortcodes and all, rather than stall the import.
            return html;
        }
    }

    private static string Expand(Match match, Func<int, string?> attachmentUrl)
    {
        var name = match.Groups["name"].Value.ToLowerInvariant();
        if (!Known.Contains(name))
        {
            return match.Value;
        }
        var attributes = Attributes(match.Groups["attributes"].Value);
        var body = match.Groups["body"].Success ? match.Groups["body"].Value : "";
        switch (name)
        {
            case "caption" or "wp_caption":
                // [caption]<img …> The caption[/caption]: the image (perhaps in a link) first, then the words.
                var end = body.LastIndexOf('>');
                var image = end < 0 ? "" : body[..(end + 1)];
                var words = end < 0 ? body : body[(end + 1)..];
                var caption = attributes.GetValueOrDefault("caption") ?? words.Trim();
                return $"<figure>{image}<figcaption>{caption}</figcaption></figure>";
            case "embed":
                return Embed(body.Trim());
            case "video" or "audio":
                var source = attributes.GetValueOrDefault("src") ?? attributes.GetValueOrDefault("mp4") ?? attributes.GetValueOrDefault("mp3") ?? body.Trim();
                return source.Length == 0 ? "" : Embed(source);
            default:
                var images = (attributes.GetValueOrDefault("ids") ?? "").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
                    .Select(id => int.TryParse(id, out var number) ? attachmentUrl(number) : null)
                    .OfType<string>()
                    .Select(url => $"<img src=\"{WebUtility.HtmlEncode(url)}\" alt=\"\">");
                var gallery = string.Concat(images);
                return gallery.Length == 0 ? match.Value : $"<figure class=\"wp-block-gallery\">{gallery}</figure>";
        }
    }

    /// <summary>The same HTML the embed block stores, so both ways of embedding convert alike.</summary>
    private static string Embed(string url) =>
        $"<figure class=\"wp-block-embed\"><div class=\"wp-block-embed__wrapper\">{WebUtility.HtmlEncode(url)}</div></figure>";

    private static Dictionary<string, string> Attributes(string text)
    {
        var attributes = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (Match attribute in ShortcodeAttribute().Matches(text))
        {
            var value = attribute.Groups["double"].Success ? attribute.Groups["double"].Value
                : attribute.Groups["single"].Success ? attribute.Groups["single"].Value
                : attribute.Groups["bare"].Value;
            attributes.TryAdd(attribute.Groups["key"].Value, WebUtility.HtmlDecode(value));
        }
        return attributes;
    }

    [GeneratedRegex(@"<p[\s>]", RegexOptions.IgnoreCase)]
    private static partial Regex ParagraphTag();

    [GeneratedRegex(@"\n[ \t]*\n")]
    private static partial Regex BlankLines();

    [GeneratedRegex(@"^<(?:p|div|h[1-6]|ul|ol|blockquote|pre|table|figure|hr|dl|section|address|form|!--)[\s>/]", RegexOptions.IgnoreCase)]
    private static partial Regex StartsWithBlock();

    // The body is lazy and bounded by the closing tag of the same name; a second's timeout keeps hostile input cheap.
    [GeneratedRegex(@"\[(?<name>[A-Za-z][\w-]{0,40})(?<attributes>(?:\s[^\]]{0,2000})?)\](?:(?<body>(?:(?!\[/?\k<name>[\s\]]).){0,20000})\[/\k<name>\])?",
        RegexOptions.Singleline, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Shortcode();

    [GeneratedRegex(@"(?<key>[\w-]+)\s*=\s*(?:""(?<double>[^""]*)""|'(?<single>[^']*)'|(?<bare>[^\s\]]+))")]
    private static partial Regex ShortcodeAttribute();
}
