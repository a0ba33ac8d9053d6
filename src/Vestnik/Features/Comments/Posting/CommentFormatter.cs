using System.Globalization;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using Ganss.Xss;

namespace Vestnik.Features.Comments.Posting;

/// <summary>
/// Turns a comment's plain text into HTML: paragraphs at blank lines, line breaks kept, lines starting with
/// <c>&gt;</c> become a quote, and web addresses become links that pass no ranking and no window to the target.
/// Everything the reader typed is encoded first, and the result still passes an allow-list sanitizer.
/// </summary>
public sealed partial class CommentFormatter
{
    private const string LinkRel = "nofollow ugc noopener";
    private readonly HtmlSanitizer _sanitizer = CreateSanitizer();

    /// <summary>Trims, unifies line breaks and drops characters that only serve to hide text.</summary>
    public static string Normalize(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }
        var builder = new StringBuilder(text.Length);
        foreach (var rune in text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').EnumerateRunes())
        {
            // Keep line breaks and tabs; drop other control characters, which no keyboard types.
            if (Rune.IsControl(rune) && rune.Value is not ('\n' or '\t'))
            {
                continue;
            }
            builder.Append(rune.ToString());
        }
        return builder.ToString().Trim();
    }

    /// <summary>Length as readers count it: user-perceived characters, so an emoji is one.</summary>
    public static int VisibleLength(string text) => new StringInfo(text).LengthInTextElements;

    public string ToHtml(string text)
    {
        var html = new StringBuilder();
        foreach (var block in ParagraphBreak().Split(text))
        {
            if (block.Trim().Length == 0)
            {
                continue;
            }
            // Consecutive lines starting with ">" form a quote; the other lines of the block stay a paragraph.
            foreach (var run in Runs(block.Split('\n')))
            {
                var inner = string.Join("<br>", run.Lines.Select(l => Inline(run.Quoted ? l.TrimStart()[1..].TrimStart() : l)));
                html.Append(run.Quoted ? $"<blockquote><p>{inner}</p></blockquote>" : $"<p>{inner}</p>");
            }
        }
        return _sanitizer.Sanitize(html.ToString());
    }

    /// <summary>A fingerprint of the words, so the same text with other spacing or case counts as a duplicate.</summary>
    public static string ContentHash(string text)
    {
        var words = WordSeparator().Replace(text.ToLowerInvariant(), " ").Trim();
        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(words)))[..32];
    }

    public static int LinkCount(string text) => Url().Count(text);

    private static IEnumerable<(bool Quoted, List<string> Lines)> Runs(string[] lines)
    {
        (bool Quoted, List<string> Lines)? current = null;
        foreach (var line in lines)
        {
            var quoted = line.TrimStart().StartsWith('>');
            if (current is { } run && run.Quoted == quoted)
            {
                run.Lines.Add(line);
                continue;
            }
            if (current is { } finished)
            {
                yield return finished;
            }
            current = (quoted, [line]);
        }
        if (current is { } last)
        {
            yield return last;
        }
    }

    private static string Inline(string line)
    {
        var result = new StringBuilder();
        var last = 0;
        foreach (Match match in Url().Matches(line))
        {
            var url = match.Value.TrimEnd('.', ',', ')', '!', '?', ';', ':', '»', '"');
            result.Append(WebUtility.HtmlEncode(line[last..match.Index]));
            var href = url.StartsWith("www.", StringComparison.OrdinalIgnoreCase) ? "https://" + url : url;
            result.Append(CultureInfo.InvariantCulture, $"<a href=\"{WebUtility.HtmlEncode(href)}\" rel=\"{LinkRel}\">{WebUtility.HtmlEncode(url)}</a>");
            last = match.Index + url.Length;
        }
        result.Append(WebUtility.HtmlEncode(line[last..]));
        return result.ToString();
    }

    private static HtmlSanitizer CreateSanitizer()
    {
        var options = new HtmlSanitizerOptions
        {
            AllowedTags = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "p", "br", "blockquote", "a" },
            AllowedAttributes = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "href", "rel" },
            AllowedSchemes = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "http", "https" },
            UriAttributes = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "href" },
        };
        var sanitizer = new HtmlSanitizer(options);
        sanitizer.PostProcessNode += (_, e) =>
        {
            if (e.Node is AngleSharp.Dom.IElement { TagName: "A" } link)
            {
                link.SetAttribute("rel", LinkRel);
            }
        };
        return sanitizer;
    }

    [GeneratedRegex(@"\n[ \t]*\n")]
    private static partial Regex ParagraphBreak();

    [GeneratedRegex(@"(?:https?://|www\.)[^\s<>""]+", RegexOptions.IgnoreCase)]
    private static partial Regex Url();

    [GeneratedRegex(@"[\s\p{P}]+")]
    private static partial Regex WordSeparator();
}
