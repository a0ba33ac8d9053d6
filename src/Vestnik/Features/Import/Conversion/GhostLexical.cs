using System.Text;
using System.Text.Json;

namespace Vestnik.Features.Import.Conversion;

/// <summary>
/// A post of Ghost's Lexical editor (the JSON tree in <c>posts.lexical</c>) as plain HTML for
/// <see cref="HtmlToMarkdown"/>: paragraphs, headings, lists, quotes, links and text formats here, cards through
/// <see cref="GhostCards"/>. A tree deeper than <see cref="MaxDepth"/> is cut there rather than overflow the stack.
/// </summary>
public static class GhostLexical
{
    public const int MaxDepth = 64;

    /// <summary>Lexical's text format bits, in the order their tags open.</summary>
    private static readonly (int Bit, string Tag)[] Formats =
        [(1, "strong"), (2, "em"), (4, "s"), (8, "u"), (16, "code"), (32, "sub"), (64, "sup"), (128, "mark")];

    /// <exception cref="JsonException">The text is not JSON.</exception>
    public static string ToHtml(string lexical, GhostCards cards)
    {
        using var document = JsonDocument.Parse(lexical, new JsonDocumentOptions { MaxDepth = 256 });
        var html = new StringBuilder(lexical.Length);
        var root = document.RootElement.ValueKind == JsonValueKind.Object && document.RootElement.TryGetProperty("root", out var found) ? found : document.RootElement;
        Children(html, root, cards, 0);
        return html.ToString();
    }

    private static void Children(StringBuilder html, JsonElement node, GhostCards cards, int depth)
    {
        if (depth < MaxDepth && node.ValueKind == JsonValueKind.Object && node.TryGetProperty("children", out var children) && children.ValueKind == JsonValueKind.Array)
        {
            foreach (var child in children.EnumerateArray())
            {
                Node(html, child, cards, depth + 1);
            }
        }
    }

    private static void Node(StringBuilder html, JsonElement node, GhostCards cards, int depth)
    {
        if (node.ValueKind != JsonValueKind.Object)
        {
            return;
        }
        // Ghost's own subclasses of the plain nodes ("extended-text", "extended-heading") read as the plain ones.
        var type = GhostCards.Text(node, "type");
        type = type.StartsWith("extended-", StringComparison.Ordinal) ? type["extended-".Length..] : type;
        switch (type)
        {
            case "text":
                Text(html, node);
                break;
            case "linebreak":
                html.Append("<br>");
                break;
            case "tab":
                html.Append(' ');
                break;
            case "link" or "autolink" or "at-link":
                html.Append("<a href=\"").Append(GhostCards.Encode(cards.Address(GhostCards.Text(node, "url")))).Append("\">");
                Children(html, node, cards, depth);
                html.Append("</a>");
                break;
            case "paragraph":
                Element(html, "p", node, cards, depth);
                break;
            case "heading":
                var tag = GhostCards.Text(node, "tag");
                Element(html, tag is "h1" or "h2" or "h3" or "h4" or "h5" or "h6" ? tag : "h2", node, cards, depth);
                break;
            case "quote" or "aside":
                html.Append("<blockquote><p>");
                Children(html, node, cards, depth);
                html.Append("</p></blockquote>");
                break;
            case "list":
                var ordered = GhostCards.Text(node, "listType") == "number" || GhostCards.Text(node, "tag") == "ol";
                var start = node.TryGetProperty("start", out var first) && first.ValueKind == JsonValueKind.Number && first.TryGetInt32(out var number) && number is > 1 and < 1_000_000 ? number : 1;
                html.Append(ordered ? start > 1 ? $"<ol start=\"{start}\">" : "<ol>" : "<ul>");
                Children(html, node, cards, depth);
                html.Append(ordered ? "</ol>" : "</ul>");
                break;
            case "listitem":
                Element(html, "li", node, cards, depth);
                break;
            case "root":
                Children(html, node, cards, depth);
                break;
            default:
                cards.Write(html, type, node);
                break;
        }
    }

    private static void Element(StringBuilder html, string tag, JsonElement node, GhostCards cards, int depth)
    {
        html.Append('<').Append(tag).Append('>');
        Children(html, node, cards, depth);
        html.Append("</").Append(tag).Append('>');
    }

    private static void Text(StringBuilder html, JsonElement node)
    {
        var format = node.TryGetProperty("format", out var bits) && bits.ValueKind == JsonValueKind.Number && bits.TryGetInt32(out var value) ? value : 0;
        var open = Formats.Where(f => (format & f.Bit) != 0).Select(f => f.Tag).ToList();
        foreach (var tag in open)
        {
            html.Append('<').Append(tag).Append('>');
        }
        html.Append(GhostCards.Encode(GhostCards.Text(node, "text")));
        foreach (var tag in Enumerable.Reverse(open))
        {
            html.Append("</").Append(tag).Append('>');
        }
    }
}
