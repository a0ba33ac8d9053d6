using Ganss.Xss;
using Markdig;
using Markdig.Renderers;
using Markdig.Syntax;
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
        .UsePullQuotes()
        .DisableHtml()
        .Build();

    private readonly HtmlSanitizer _sanitizer = CreateSanitizer();

    private static readonly IReadOnlyDictionary<string, BodyImage> NoLibraryImages = new Dictionary<string, BodyImage>();

    /// <summary>HTML without the media library (the demo seeder): every image is its alt text.</summary>
    public string ToHtml(string markdown) => Render(Markdown.Parse(markdown, _pipeline), NoLibraryImages);

    /// <summary>HTML with the body's library images as pictures, their renditions found in one look-up.</summary>
    public async Task<string> ToHtmlAsync(string markdown, IBodyImageCatalog catalog, CancellationToken cancellationToken = default)
    {
        var document = Markdown.Parse(markdown, _pipeline);
        var folders = BodyImageRendering.FoldersOf(document);
        var images = folders.Count == 0 ? NoLibraryImages : await catalog.FindAsync(folders, cancellationToken);
        return Render(document, images);
    }

    /// <summary>The images the Markdown names, in order.</summary>
    public IReadOnlyList<MarkdownImage> Images(string markdown) => BodyImageRendering.ImagesOf(Markdown.Parse(markdown, _pipeline)).ToList();

    private string Render(MarkdownDocument document, IReadOnlyDictionary<string, BodyImage> images)
    {
        using var writer = new StringWriter();
        var renderer = new HtmlRenderer(writer);
        _pipeline.Setup(renderer);
        BodyImageRendering.Install(renderer, images);
        renderer.Render(document);
        writer.Flush();
        return _sanitizer.Sanitize(writer.ToString());
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
                "section", "div", "aside",
            },
            AllowedAttributes = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "href", "title", "id", "class", EmbedMarkdownExtension.FrameAttribute },
            AllowedSchemes = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "http", "https", "mailto" },
            UriAttributes = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "href" },
        };
        BodyImageRendering.Allow(options);
        var sanitizer = new HtmlSanitizer(options);
        sanitizer.PostProcessNode += (_, e) =>
        {
            if (e.Node is AngleSharp.Dom.IElement element)
            {
                BodyImageRendering.Check(element);
            }
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
