using System.Net.Http.Headers;
using AngleSharp;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Xunit;

namespace Vestnik.Testing;

/// <summary>Fetches and parses pages the way a browser would see their markup, and submits their forms as a browser would.</summary>
public static class Html
{
    private const string AntiforgeryField = "__RequestVerificationToken";

    private static readonly HtmlParser Parser = new();

    public static IHtmlDocument Parse(string html) => Parser.ParseDocument(html);

    /// <summary>The page at <paramref name="url"/>, parsed at its address so its forms know where they post.</summary>
    public static async Task<(HttpResponseMessage Response, IHtmlDocument Document)> GetPageAsync(this HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        var body = await response.Content.ReadAsStringAsync();
        var address = new Uri(client.BaseAddress!, url).ToString();
        var document = await BrowsingContext.New().OpenAsync(request => request.Content(body).Address(address));
        return (response, (IHtmlDocument)document);
    }

    /// <summary>
    /// Opens <paramref name="pageUrl"/> and submits its form <paramref name="formSelector"/> the way a browser does: every
    /// field it renders (hidden ones and the antiforgery token included, unchecked boxes left out) with
    /// <paramref name="values"/> typed over them, through the button <paramref name="submitSelector"/> (default: the form's
    /// first button, as pressing Enter does), to that button's <c>formaction</c> or the form's action.
    /// </summary>
    public static async Task<HttpResponseMessage> SubmitFormAsync(this HttpClient client, string pageUrl, string formSelector,
        FormValues? values = null, string? submitSelector = null)
    {
        var (response, page) = await client.GetPageAsync(pageUrl);
        var form = page.QuerySelector(formSelector)
            ?? throw new InvalidOperationException($"no form {formSelector} on {pageUrl} ({(int)response.StatusCode})");
        var submitter = submitSelector is null ? null
            : form.QuerySelector(submitSelector) ?? throw new InvalidOperationException($"no button {submitSelector} in {formSelector} on {pageUrl}");
        return await client.SubmitFormAsync(form, values, submitter);
    }

    /// <summary>Submits a form of a page already fetched with <see cref="GetPageAsync"/> (to send it more than once, or to pick it by content).</summary>
    public static async Task<HttpResponseMessage> SubmitFormAsync(this HttpClient client, IElement form, FormValues? values = null, IElement? submitter = null)
    {
        Assert.Equal("post", form.GetAttribute("method"), ignoreCase: true);
        submitter ??= form.QuerySelector("button:not([type]), button[type=submit], input[type=submit]");
        var action = submitter?.GetAttribute("formaction") ?? form.GetAttribute("action") ?? "";
        var target = form.Owner!.Url is { } page && page.StartsWith("http", StringComparison.Ordinal)
            ? new Uri(new Uri(page), action)
            : new Uri(action.Length > 0 ? action : throw new InvalidOperationException("a form without an action needs its page fetched with GetPageAsync"), UriKind.RelativeOrAbsolute);
        using var content = FormContent(form, values, submitter);
        return await client.PostAsync(target, content);
    }

    /// <summary>
    /// The body <see cref="SubmitFormAsync(HttpClient, IElement, FormValues?, IElement?)"/> sends, for the rare test that
    /// must shape the request itself (another Host, cookies of its own); <paramref name="submitter"/> null sends no button.
    /// </summary>
    public static HttpContent FormContent(IElement form, FormValues? values = null, IElement? submitter = null)
    {
        var fields = Overlay(Fields(form, submitter), values ?? []);
        var multipart = string.Equals(form.GetAttribute("enctype"), "multipart/form-data", StringComparison.OrdinalIgnoreCase);
        return multipart ? Multipart(fields, values?.Files ?? []) : new FormUrlEncodedContent(fields);
    }

    /// <summary>
    /// Posts fields no form on the site renders (bad input, a tampered id) to <paramref name="url"/>, with the
    /// antiforgery token read from <paramref name="tokenFrom"/> (default: <paramref name="url"/> without its query).
    /// </summary>
    public static async Task<HttpResponseMessage> PostFormAsync(this HttpClient client, string url, FormValues values, string? tokenFrom = null)
    {
        tokenFrom ??= url.Split('?')[0];
        var (response, page) = await client.GetPageAsync(tokenFrom);
        var token = page.QuerySelector($"input[name={AntiforgeryField}]")?.GetAttribute("value")
            ?? throw new InvalidOperationException($"no antiforgery token on {tokenFrom} ({(int)response.StatusCode})");
        using var content = new FormUrlEncodedContent(values.Append(new(AntiforgeryField, token)));
        return await client.PostAsync(url, content);
    }

    /// <summary>The form data set a browser builds: enabled named fields, checked boxes only, the pressed button alone among buttons.</summary>
    private static List<KeyValuePair<string, string>> Fields(IElement form, IElement? submitter)
    {
        var fields = new List<KeyValuePair<string, string>>();
        foreach (var element in form.QuerySelectorAll("input[name], textarea[name], select[name], button[name]"))
        {
            var name = element.GetAttribute("name")!;
            if (element.HasAttribute("disabled"))
            {
                continue;
            }
            switch (element)
            {
                case IHtmlTextAreaElement area:
                    fields.Add(new(name, area.Value));
                    break;
                case IHtmlSelectElement select:
                    // A single-choice list with nothing marked selected sends its first option, as it shows it.
                    var chosen = select.Options.Where(o => o.IsSelected).ToList();
                    if (chosen.Count == 0 && !select.IsMultiple && select.Options.Length > 0)
                    {
                        chosen.Add(select.Options[0]);
                    }
                    fields.AddRange(chosen.Select(o => new KeyValuePair<string, string>(name, o.Value)));
                    break;
                case IHtmlButtonElement or IHtmlInputElement { Type: "submit" or "image" or "button" or "reset" }:
                    if (element == submitter)
                    {
                        fields.Add(new(name, element.GetAttribute("value") ?? ""));
                    }
                    break;
                case IHtmlInputElement { Type: "file" }:
                    break;
                case IHtmlInputElement { Type: "checkbox" or "radio" } box:
                    if (box.HasAttribute("checked"))
                    {
                        fields.Add(new(name, box.GetAttribute("value") ?? "on"));
                    }
                    break;
                default:
                    fields.Add(new(name, element.GetAttribute("value") ?? ""));
                    break;
            }
        }
        return fields;
    }

    /// <summary>The form's fields with every name the test gave replaced by the test's values.</summary>
    private static List<KeyValuePair<string, string>> Overlay(List<KeyValuePair<string, string>> fields, FormValues values)
    {
        var typed = values.Select(v => v.Key).ToHashSet(StringComparer.Ordinal);
        return fields.Where(f => !typed.Contains(f.Key)).Concat(values).ToList();
    }

    private static MultipartFormDataContent Multipart(List<KeyValuePair<string, string>> fields, List<FormFile> files)
    {
        var content = new MultipartFormDataContent();
        foreach (var (name, value) in fields)
        {
            content.Add(new StringContent(value), name);
        }
        foreach (var file in files)
        {
            var part = new ByteArrayContent(file.Content);
            part.Headers.ContentType = new MediaTypeHeaderValue(file.ContentType);
            content.Add(part, file.Name, file.FileName);
        }
        return content;
    }
}
