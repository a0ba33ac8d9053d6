using AngleSharp.Html.Parser;

namespace Vestnik.Infrastructure.Text.Embeds;

/// <summary>
/// Outside our pages (feed readers, the search index) an embed is just its link: the card's frame and provider line
/// mean nothing there, and our reader script is not there to load the player.
/// </summary>
public static class EmbedCards
{
    private static readonly HtmlParser Parser = new();

    /// <summary>The rendered body with each embed card replaced by a paragraph holding its original link.</summary>
    public static string ToLinks(string html)
    {
        if (!html.Contains(EmbedMarkdownExtension.FrameAttribute, StringComparison.Ordinal))
        {
            return html;
        }
        var document = Parser.ParseDocument("");
        var nodes = Parser.ParseFragment(html, document.Body!);
        var container = document.CreateElement("div");
        foreach (var node in nodes.ToList())
        {
            container.AppendChild(node);
        }
        foreach (var card in container.QuerySelectorAll($"div.embed[{EmbedMarkdownExtension.FrameAttribute}]").ToList())
        {
            var paragraph = document.CreateElement("p");
            if (card.QuerySelector(".embed__link a") is { } link)
            {
                paragraph.AppendChild(link);
            }
            card.Replace(paragraph);
        }
        return container.InnerHtml;
    }
}
