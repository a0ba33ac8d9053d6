using Markdig;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Vestnik.Infrastructure.Text.Embeds;

/// <summary>
/// In Markdown an embed is a paragraph of the article holding nothing but a supported address, bare or as
/// <c>&lt;…&gt;</c>: any Markdown viewer shows it as a link. Our renderer turns it into a card that names the
/// provider and links to the original; no provider resource is in it, and <c>wwwroot/js/embeds.js</c> swaps in the
/// player only when the reader asks.
/// </summary>
public sealed class EmbedMarkdownExtension : IMarkdownExtension
{
    /// <summary>The attribute holding the player's address, for the reader's script; it loads nothing by itself.</summary>
    public const string FrameAttribute = "data-embed-frame";

    public void Setup(MarkdownPipelineBuilder pipeline)
    {
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html)
        {
            ParagraphRenderers.Wrap(html, paragraphs => new EmbedParagraphRenderer(paragraphs));
        }
    }

    /// <summary>The embed a paragraph stands for: only a top-level paragraph whose one inline is the address.</summary>
    public static Embed? Of(ParagraphBlock paragraph)
    {
        if (paragraph.Parent is not MarkdownDocument || paragraph.Inline?.FirstChild is not { } only || only.NextSibling is not null)
        {
            return null;
        }
        return only switch
        {
            AutolinkInline { IsEmail: false } angle => EmbedLinks.Recognize(angle.Url),
            LinkInline { IsAutoLink: true, IsImage: false } bare => EmbedLinks.Recognize(bare.Url),
            _ => null,
        };
    }

    private sealed class EmbedParagraphRenderer(HtmlObjectRenderer<ParagraphBlock> paragraphs) : HtmlObjectRenderer<ParagraphBlock>
    {
        protected override void Write(HtmlRenderer renderer, ParagraphBlock paragraph)
        {
            if (Of(paragraph) is not { } embed)
            {
                paragraphs.Write(renderer, paragraph);
                return;
            }
            renderer.EnsureLine();
            renderer.Write("<div class=\"embed embed--").Write(embed.CssName).Write("\" ")
                .Write(FrameAttribute).Write("=\"").WriteEscapeUrl(embed.FrameUrl).WriteLine("\">");
            renderer.Write("<p class=\"embed__provider\">").WriteEscape(embed.ProviderName).WriteLine("</p>");
            renderer.Write("<p class=\"embed__link\"><a href=\"").WriteEscapeUrl(embed.Url).Write("\">")
                .WriteEscape(embed.Url).WriteLine("</a></p>");
            renderer.WriteLine("</div>");
        }
    }
}

public static class EmbedMarkdownExtensions
{
    public static MarkdownPipelineBuilder UseEmbeds(this MarkdownPipelineBuilder pipeline)
    {
        pipeline.Extensions.AddIfNotAlready<EmbedMarkdownExtension>();
        return pipeline;
    }
}
