using AngleSharp.Dom;
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

    /// <summary>
    /// What a browser would submit for <paramref name="form"/> (its fields, hidden ones and the antiforgery token
    /// included; unchecked boxes left out), with <paramref name="values"/> typed over them.
    /// </summary>
    public static FormUrlEncodedContent FormContent(IElement form, Dictionary<string, string> values)
    {
        var fields = new Dictionary<string, string>();
        foreach (var input in form.QuerySelectorAll("input[name], textarea[name]"))
        {
            if (input.GetAttribute("type") is "checkbox" or "radio" && !input.HasAttribute("checked"))
            {
                continue;
            }
            fields[input.GetAttribute("name")!] = input is IHtmlTextAreaElement area ? area.Value : input.GetAttribute("value") ?? "";
        }
        foreach (var (key, value) in values)
        {
            fields[key] = value;
        }
        return new FormUrlEncodedContent(fields);
    }
}
