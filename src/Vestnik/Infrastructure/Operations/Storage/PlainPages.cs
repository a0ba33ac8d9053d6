using System.Net;
using System.Text;

namespace Vestnik.Infrastructure.Operations.Storage;

/// <summary>
/// Minimal bilingual pages for answers given when the normal page machinery may itself be the problem (database
/// away, disk full) or must stay cheap (rate limited). They use only the site stylesheet: no database, no layout.
/// </summary>
public static class PlainPages
{
    public sealed record Content(string TitleRu, string TextRu, string TitleEn, string TextEn);

    public static Content TooManyRequests(int seconds) => new(
        "Слишком много запросов",
        $"С вашего адреса пришло слишком много запросов. Повторите через {seconds} с.",
        "Too many requests",
        $"Too many requests came from your address. Please try again in {seconds} s.");

    public static Content Unavailable(int seconds) => new(
        "Сайт временно недоступен",
        $"Мы уже чиним неполадку. Обновите страницу через {seconds} с.",
        "The site is temporarily unavailable",
        $"We are fixing the problem. Please reload the page in {seconds} s.");

    public static Task WriteAsync(HttpContext context, Content content, CancellationToken cancellationToken)
    {
        var english = context.Request.Path.StartsWithSegments("/en", StringComparison.OrdinalIgnoreCase);
        var (title, text) = english ? (content.TitleEn, content.TextEn) : (content.TitleRu, content.TextRu);
        context.Response.Headers.CacheControl = "no-store";
        if (!HttpMethods.IsHead(context.Request.Method) && AcceptsHtml(context.Request))
        {
            context.Response.ContentType = "text/html; charset=utf-8";
            var html = new StringBuilder()
                .Append("<!DOCTYPE html><html lang=\"").Append(english ? "en" : "ru").Append("\"><head><meta charset=\"utf-8\">")
                .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><meta name=\"robots\" content=\"noindex\">")
                .Append("<title>").Append(WebUtility.HtmlEncode(title)).Append("</title><link rel=\"stylesheet\" href=\"/css/site.css\"></head>")
                .Append("<body><main class=\"container error-page\"><h1>").Append(WebUtility.HtmlEncode(title)).Append("</h1><p>")
                .Append(WebUtility.HtmlEncode(text)).Append("</p><p><a href=\"").Append(english ? "/en" : "/").Append("\">")
                .Append(english ? "Home page" : "На главную").Append("</a></p></main></body></html>");
            return context.Response.WriteAsync(html.ToString(), cancellationToken);
        }
        context.Response.ContentType = "text/plain; charset=utf-8";
        return context.Response.WriteAsync(title + ". " + text + "\n", cancellationToken);
    }

    private static bool AcceptsHtml(HttpRequest request)
    {
        var accept = request.Headers.Accept.ToString();
        return accept.Length == 0 || accept.Contains("text/html", StringComparison.OrdinalIgnoreCase) || accept.Contains("*/*", StringComparison.Ordinal);
    }
}
