using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace Vestnik.Testing;

/// <summary>Fetches and parses pages the way a browser would see their markup.</summary>
public static class Html
{
    private static readonly HtmlParser Parser = new();

    public static IHtmlDocument Parse(string html) => Parser.ParseDocument(html);

    public static async Task<(HttpResponseMessage Response, IHtmlDocument Document)> GetPageAsync(this HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        var body = await response.Content.ReadAsStringAsync();
        return (response, Parse(body));
    }
}
