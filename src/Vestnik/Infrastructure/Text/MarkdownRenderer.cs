using Ganss.Xss;
using Markdig;
using Vestnik.Infrastructure.Text.Embeds;

namespace Vestnik.Infrastructure.Text;

/// <summary>
/// The one pipeline that turns article Markdown into HTML, for the reader site and the newsroom preview
/// alike. Raw HTML in the source is escaped by Markdig, and the result passes an allow-list sanitizer,
/// so neither a typo nor a hostile paste can put script on the page.
/// </summary>
public sealed class MarkdownRenderer
{
    private readonly MarkdownPipeline _pipeline = new MarkdownPipelineBuilder()
        .UsePipeTables()
        .UseEmphasisExtras()
        .UseAutoLinks()
        .UseFootnotes()
        .UseEmbeds()
        .DisableHtml()
        .Build();

    private readonly HtmlSanitizer _sanitizer = CreateSanitizer();

    public string ToHtml(string markdown)
    {
        var html = Markdown.ToHtml(markdown, _pipeline);
        return _sanitizer.Sanitize(html);
    }

    /// <summary>Plain text of the Markdown, for descriptions, feeds and search.</summary>
    public string ToPlainText(string markdown) => Markdown.ToPlainText(markdown, _pipeline).Trim();

    private static HtmlSanitizer CreateSanitizer()
    {
        var options = new HtmlSanitizerOptions
        {
            AllowedTags = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
            {
                "p", "br", "hr", "h2", "h3", "h4", "strong", "b", "em", "i", "del", "sup", "sub", "mark",
                "blockquote", "ul", "ol", "li", "a", "code", "pre", "table", "thead", "tbody", "tr", "th", "td",
                "section", "div",
            },
            AllowedAttributes = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "href", "title", "id", "class", EmbedMarkdownExtension.FrameAttribute },
            AllowedSchemes = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "http", "https", "mailto" },
            UriAttributes = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "href" },
        };
        var sanitizer = new HtmlSanitizer(options);
        sanitizer.PostProcessNode += (_, e) =>
        {
            // Outbound links in the body must not hand the reader's window to another site.
            if (e.Node is AngleSharp.Dom.IElement { TagName: "A" } link
                && link.GetAttribute("href") is { } href
                && href.StartsWith("http", StringComparison.OrdinalIgnoreCase))
            {
                link.SetAttribute("rel", "noopener noreferrer");
            }
        };
        return sanitizer;
    }
}
