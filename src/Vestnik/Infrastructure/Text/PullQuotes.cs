using Markdig;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace Vestnik.Infrastructure.Text;

/// <summary>
/// A pull quote — a line of the article set large beside the text to catch the eye — is written in Markdown as a quote
/// inside a quote (<c>&gt; &gt; …</c>), which any Markdown viewer still shows set apart. On the site it is an
/// <c>&lt;aside&gt;</c>: it repeats the text, so it is not part of the reading order's argument.
/// </summary>
public sealed class PullQuoteMarkdownExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html && html.ObjectRenderers.FindExact<QuoteBlockRenderer>() is { } quotes)
        {
            html.ObjectRenderers.Replace<QuoteBlockRenderer>(new PullQuoteRenderer(quotes));
        }
    }

    /// <summary>The quote inside, when the block is nothing but a quote inside a quote.</summary>
    public static QuoteBlock? InnerOf(QuoteBlock quote) => quote is [QuoteBlock inner] ? inner : null;

    private sealed class PullQuoteRenderer(QuoteBlockRenderer quotes) : HtmlObjectRenderer<QuoteBlock>
    {
        protected override void Write(HtmlRenderer renderer, QuoteBlock quote)
        {
            if (InnerOf(quote) is not { } inner)
            {
                quotes.Write(renderer, quote);
                return;
            }
            renderer.EnsureLine();
            renderer.WriteLine("<aside class=\"pull-quote\">");
            renderer.WriteChildren(inner);
            renderer.EnsureLine();
            renderer.WriteLine("</aside>");
        }
    }
}

public static class PullQuoteMarkdownExtensions
{
    public static MarkdownPipelineBuilder UsePullQuotes(this MarkdownPipelineBuilder pipeline)
    {
        pipeline.Extensions.AddIfNotAlready<PullQuoteMarkdownExtension>();
        return pipeline;
    }
}
