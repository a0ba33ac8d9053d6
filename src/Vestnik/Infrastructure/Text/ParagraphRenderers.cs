using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace Vestnik.Infrastructure.Text;

/// <summary>
/// Paragraphs that stand for something else (an embedded post, a library image) are written by renderers chained in
/// front of Markdig's own: each wraps whatever wrote paragraphs before it and passes on the paragraphs that are not
/// its own, so any number of them can be installed in any order.
/// </summary>
internal static class ParagraphRenderers
{
    public static void Wrap(HtmlRenderer html, Func<HtmlObjectRenderer<ParagraphBlock>, HtmlObjectRenderer<ParagraphBlock>> wrap)
    {
        var renderers = html.ObjectRenderers;
        for (var i = 0; i < renderers.Count; i++)
        {
            if (renderers[i] is HtmlObjectRenderer<ParagraphBlock> current)
            {
                renderers[i] = wrap(current);
                return;
            }
        }
        throw new InvalidOperationException("The HTML renderer writes no paragraphs.");
    }
}
