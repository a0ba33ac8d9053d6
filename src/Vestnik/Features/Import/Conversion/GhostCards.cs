using System.Net;
using System.Text;
using System.Text.Json;

namespace Vestnik.Features.Import.Conversion;

/// <summary>
/// Ghost's cards (image, gallery, embed, bookmark, HTML, Markdown, code, callout…) as plain HTML for
/// <see cref="HtmlToMarkdown"/>. Lexical nodes and mobiledoc cards carry the same fields, so both editors' posts come
/// through here. A card we have no form for becomes a visible note, so the editors see what the old post had there.
/// </summary>
public sealed class GhostCards(Func<string, string> address, Action<string> unknownCard)
{
    /// <summary>The note written where a card of this kind was.</summary>
    public static string Note(string kind) => $"[Ghost card \"{kind}\" not imported]";

    /// <summary>An address of the old site, <c>__GHOST_URL__</c> resolved.</summary>
    public string Address(string url) => address(url);

    /// <summary>A card without fields.</summary>
    public static readonly JsonElement Empty = EmptyObject();

    private static JsonElement EmptyObject()
    {
        using var empty = JsonDocument.Parse("{}");
        return empty.RootElement.Clone();
    }

    public void Write(StringBuilder html, string kind, JsonElement card)
    {
        card = card.ValueKind == JsonValueKind.Object ? card : Empty;
        switch (kind)
        {
            case "image":
                html.Append("<figure>");
                Image(html, card);
                Caption(html, card);
                html.Append("</figure>");
                break;
            case "gallery":
                html.Append("<figure>");
                if (card.TryGetProperty("images", out var images) && images.ValueKind == JsonValueKind.Array)
                {
                    foreach (var image in images.EnumerateArray().Where(i => i.ValueKind == JsonValueKind.Object))
                    {
                        html.Append("<figure>");
                        Image(html, image);
                        Caption(html, image);
                        html.Append("</figure>");
                    }
                }
                Caption(html, card);
                html.Append("</figure>");
                break;
            case "embed" or "video" or "audio":
                var media = Text(card, kind == "embed" ? "url" : "src");
                if (media.Length > 0)
                {
                    // The figure HtmlToMarkdown reads as an embedded post or video (a link where we have no player).
                    html.Append("<figure class=\"wp-block-embed\"><div class=\"wp-block-embed__wrapper\">").Append(Encode(Address(media))).Append("</div></figure>");
                }
                Paragraph(html, Text(card, "caption"));
                break;
            case "bookmark":
                var metadata = card.TryGetProperty("metadata", out var found) && found.ValueKind == JsonValueKind.Object ? found : Empty;
                var url = Address(Text(card, "url"));
                var title = Text(metadata, "title");
                html.Append("<p><a href=\"").Append(Encode(url)).Append("\">").Append(Encode(title.Length > 0 ? title : url)).Append("</a></p>");
                Paragraph(html, Encode(Text(metadata, "description")));
                Paragraph(html, Text(card, "caption"));
                break;
            case "html":
                html.Append("<div>").Append(Text(card, "html")).Append("</div>");
                break;
            case "markdown" or "card-markdown":
                html.Append("<div>").Append(Markdig.Markdown.ToHtml(Text(card, "markdown"))).Append("</div>");
                break;
            case "code" or "codeblock":
                var language = new string(Text(card, "language").Where(char.IsAsciiLetterOrDigit).Take(30).ToArray());
                html.Append("<pre><code").Append(language.Length > 0 ? $" class=\"language-{language}\"" : "").Append('>')
                    .Append(Encode(Text(card, "code"))).Append("</code></pre>");
                Paragraph(html, Text(card, "caption"));
                break;
            case "hr" or "horizontalrule" or "divider":
                html.Append("<hr>");
                break;
            case "callout":
                html.Append("<blockquote><p>").Append(Encode(Text(card, "calloutEmoji"))).Append(' ').Append(Text(card, "calloutText")).Append("</p></blockquote>");
                break;
            case "toggle":
                html.Append("<p><strong>").Append(Text(card, "heading")).Append("</strong></p><div>").Append(Text(card, "content")).Append("</div>");
                break;
            case "button":
                html.Append("<p><a href=\"").Append(Encode(Address(Text(card, "buttonUrl")))).Append("\">").Append(Encode(Text(card, "buttonText"))).Append("</a></p>");
                break;
            case "file":
                var file = Text(card, "fileTitle") is { Length: > 0 } fileTitle ? fileTitle : Text(card, "fileName");
                html.Append("<p><a href=\"").Append(Encode(Address(Text(card, "src")))).Append("\">").Append(Encode(file.Length > 0 ? file : Text(card, "src"))).Append("</a></p>");
                break;
            case "paywall":
                // Ghost's members-only cut has no meaning on an open news site: the whole text is public here.
                break;
            default:
                unknownCard(kind);
                html.Append("<p>").Append(Encode(Note(kind))).Append("</p>");
                break;
        }
    }

    private void Image(StringBuilder html, JsonElement image)
    {
        var source = Text(image, "src");
        if (source.Length > 0)
        {
            html.Append("<img src=\"").Append(Encode(Address(source))).Append("\" alt=\"").Append(Encode(Text(image, "alt"))).Append("\">");
        }
    }

    /// <summary>Ghost keeps captions as HTML (links and emphasis in them).</summary>
    private static void Caption(StringBuilder html, JsonElement card)
    {
        if (Text(card, "caption") is { Length: > 0 } caption)
        {
            html.Append("<figcaption>").Append(caption).Append("</figcaption>");
        }
    }

    private static void Paragraph(StringBuilder html, string inner)
    {
        if (inner.Trim().Length > 0)
        {
            html.Append("<p>").Append(inner).Append("</p>");
        }
    }

    /// <summary>A string field of a card; empty when it is missing or not a string.</summary>
    public static string Text(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() ?? "" : "";

    public static string Encode(string text) => WebUtility.HtmlEncode(text);
}
