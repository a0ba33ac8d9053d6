using System.Globalization;
using System.Text;
using AngleSharp.Dom;
using Ganss.Xss;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Renderers.Html.Inlines;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Vestnik.Infrastructure.Text;

/// <summary>An image named in a body's Markdown: its alt text, address and the words of its title.</summary>
public sealed record MarkdownImage(string Alt, string Url, string Caption, string Credit);

/// <summary>
/// Library images in the body. A paragraph that holds only library images is a figure (one image) or a gallery
/// (several), each image a <c>&lt;picture&gt;</c> with its real renditions and a caption with the credit. A library image
/// inside a sentence is a bare picture. Any other image address becomes its alt text: the page loads nothing from other
/// sites, and the reader still gets the words.
/// </summary>
internal static class BodyImageRendering
{
    private const string FigureSizes = "(max-width: 800px) 100vw, 760px";
    private const string GallerySizes = "(max-width: 800px) 50vw, 380px";
    private const string InlineSizes = "(max-width: 800px) 100vw, 760px";

    /// <summary>Swaps the renderer's paragraph and image writing for the library-aware one.</summary>
    public static void Install(HtmlRenderer renderer, IReadOnlyDictionary<string, BodyImage> images)
    {
        ParagraphRenderers.Wrap(renderer, paragraphs => new FigureParagraphRenderer(paragraphs, images));
        var plainLink = renderer.ObjectRenderers.FindExact<LinkInlineRenderer>()!;
        renderer.ObjectRenderers.Replace<LinkInlineRenderer>(new ImageAwareLinkRenderer(plainLink, images));
    }

    public static IEnumerable<MarkdownImage> ImagesOf(MarkdownDocument document) =>
        document.Descendants<LinkInline>().Where(link => link.IsImage).Select(image =>
        {
            var (caption, credit) = BodyImages.SplitTitle(image.Title);
            return new MarkdownImage(AltOf(image), image.Url ?? "", caption, credit);
        });

    public static IReadOnlyCollection<string> FoldersOf(MarkdownDocument document) =>
        document.Descendants<LinkInline>().Where(link => link.IsImage).Select(link => BodyImages.FolderOf(link.Url))
            .OfType<string>().Distinct(StringComparer.Ordinal).ToList();

    /// <summary>What the sanitizer lets through for pictures, and nothing more.</summary>
    public static void Allow(HtmlSanitizerOptions options)
    {
        options.AllowedTags.UnionWith(["figure", "figcaption", "picture", "source", "img", "span"]);
        options.AllowedAttributes.UnionWith(["src", "srcset", "sizes", "width", "height", "alt", "loading", "type"]);
        options.UriAttributes.Add("src");
    }

    /// <summary>
    /// The sanitizer's last word on a picture: an image or source outside a picture, or naming anything but library
    /// renditions, keeps no address at all.
    /// </summary>
    public static void Check(IElement element)
    {
        if (element.TagName is not ("IMG" or "SOURCE"))
        {
            return;
        }
        var src = element.GetAttribute("src");
        var srcset = element.GetAttribute("srcset");
        var allowed = element.ParentElement?.TagName == "PICTURE"
            && (src is null || BodyImages.FolderOf(src) is not null)
            && (srcset is null || BodyImages.IsLibrarySrcset(srcset))
            && (element.TagName == "IMG" ? src is not null : element.GetAttribute("type") == "image/webp" && srcset is not null);
        if (!allowed)
        {
            element.RemoveAttribute("src");
            element.RemoveAttribute("srcset");
        }
    }

    private static string AltOf(ContainerInline container)
    {
        var text = new StringBuilder();
        Append(container, text);
        return text.ToString().Trim();

        static void Append(ContainerInline container, StringBuilder text)
        {
            foreach (var inline in container)
            {
                switch (inline)
                {
                    case LiteralInline literal:
                        text.Append(literal.Content.AsSpan());
                        break;
                    case CodeInline code:
                        text.Append(code.Content);
                        break;
                    case HtmlEntityInline entity:
                        text.Append(entity.Transcoded.AsSpan());
                        break;
                    case LineBreakInline:
                        text.Append(' ');
                        break;
                    case ContainerInline inner:
                        Append(inner, text);
                        break;
                }
            }
        }
    }

    private static void WritePicture(HtmlRenderer renderer, BodyImage image, string alt, string sizes)
    {
        var largest = image.Widths[^1];
        renderer.Write("<picture><source type=\"image/webp\" srcset=\"").WriteEscape(image.Srcset("webp"))
            .Write("\" sizes=\"").Write(sizes).Write("\">")
            .Write("<img src=\"").WriteEscape(image.Url(largest, "jpg"))
            .Write("\" srcset=\"").WriteEscape(image.Srcset("jpg"))
            .Write("\" sizes=\"").Write(sizes)
            .Write("\" width=\"").Write(largest.ToString(CultureInfo.InvariantCulture))
            .Write("\" height=\"").Write(image.HeightAt(largest).ToString(CultureInfo.InvariantCulture))
            .Write("\" alt=\"").WriteEscape(alt).Write("\" loading=\"lazy\"></picture>");
    }

    private static void WriteFigure(HtmlRenderer renderer, LinkInline link, BodyImage image, string sizes)
    {
        renderer.Write("<figure class=\"article-figure\">");
        WritePicture(renderer, image, AltOf(link), sizes);
        var (caption, credit) = BodyImages.SplitTitle(link.Title);
        if (caption.Length > 0 || credit.Length > 0)
        {
            renderer.Write("<figcaption>").WriteEscape(caption);
            if (credit.Length > 0)
            {
                renderer.Write(caption.Length > 0 ? " " : "").Write("<span class=\"article-figure__credit\">").WriteEscape(credit).Write("</span>");
            }
            renderer.Write("</figcaption>");
        }
        renderer.Write("</figure>");
    }

    /// <summary>The paragraph's images when it holds library images and nothing else but spaces and line breaks.</summary>
    private static List<(LinkInline Link, BodyImage Image)>? FigureImages(ParagraphBlock paragraph, IReadOnlyDictionary<string, BodyImage> images)
    {
        var found = new List<(LinkInline, BodyImage)>();
        foreach (var inline in paragraph.Inline ?? [])
        {
            switch (inline)
            {
                case LinkInline { IsImage: true } link when BodyImages.FolderOf(link.Url) is { } folder && images.TryGetValue(folder, out var image):
                    found.Add((link, image));
                    break;
                case LineBreakInline:
                case LiteralInline literal when literal.Content.IsEmptyOrWhitespace():
                    break;
                default:
                    return null;
            }
        }
        return found.Count > 0 ? found : null;
    }

    private sealed class FigureParagraphRenderer(HtmlObjectRenderer<ParagraphBlock> plain, IReadOnlyDictionary<string, BodyImage> images)
        : HtmlObjectRenderer<ParagraphBlock>
    {
        protected override void Write(HtmlRenderer renderer, ParagraphBlock paragraph)
        {
            if (FigureImages(paragraph, images) is not { } figures)
            {
                plain.Write(renderer, paragraph);
                return;
            }
            renderer.EnsureLine();
            if (figures.Count == 1)
            {
                WriteFigure(renderer, figures[0].Link, figures[0].Image, FigureSizes);
            }
            else
            {
                renderer.Write("<div class=\"article-gallery\">");
                foreach (var (link, image) in figures)
                {
                    WriteFigure(renderer, link, image, GallerySizes);
                }
                renderer.Write("</div>");
            }
            renderer.WriteLine();
        }
    }

    private sealed class ImageAwareLinkRenderer(LinkInlineRenderer plain, IReadOnlyDictionary<string, BodyImage> images)
        : HtmlObjectRenderer<LinkInline>
    {
        protected override void Write(HtmlRenderer renderer, LinkInline link)
        {
            if (!link.IsImage)
            {
                plain.Write(renderer, link);
            }
            else if (BodyImages.FolderOf(link.Url) is { } folder && images.TryGetValue(folder, out var image))
            {
                WritePicture(renderer, image, AltOf(link), InlineSizes);
            }
            else
            {
                renderer.WriteEscape(AltOf(link));
            }
        }
    }
}
