using System.Text.Json;
using System.Text.Json.Nodes;

namespace Vestnik.Features.Articles.Reading;

/// <summary>schema.org <c>NewsArticle</c> for search engines; a retelling names its original in <c>isBasedOn</c>.</summary>
public static class ArticleStructuredData
{
    private static readonly JsonSerializerOptions Options = new() { WriteIndented = false };

    /// <param name="absolute">Turns a site-relative path into an absolute URL.</param>
    public static string For(ArticleView article, string siteName, Func<string, string> absolute)
    {
        var json = new JsonObject
        {
            ["@context"] = "https://schema.org",
            ["@type"] = "NewsArticle",
            ["headline"] = article.DisplayTitle,
            ["description"] = article.Dek,
            ["inLanguage"] = article.Language == Infrastructure.Localization.ContentLanguage.En ? "en" : "ru",
            ["mainEntityOfPage"] = absolute(article.Url),
            ["url"] = absolute(article.Url),
            ["datePublished"] = article.PublishedAt.ToUniversalTime().ToString("O"),
            ["dateModified"] = (article.UpdatedAt ?? article.PublishedAt).ToUniversalTime().ToString("O"),
            ["articleSection"] = article.SectionName,
            ["author"] = new JsonArray(article.Authors
                .Select(a => (JsonNode)new JsonObject { ["@type"] = "Person", ["name"] = a.Name, ["url"] = absolute(a.Url) })
                .ToArray()),
            ["publisher"] = new JsonObject { ["@type"] = "NewsMediaOrganization", ["name"] = siteName, ["url"] = absolute("/") },
        };
        if (article.Image is { } image)
        {
            json["image"] = new JsonArray(absolute(image.Url));
        }
        if (article.Tags.Count > 0)
        {
            json["keywords"] = string.Join(", ", article.Tags.Select(t => t.Name));
        }
        if (article.Source is { } source)
        {
            json["isBasedOn"] = new JsonObject
            {
                ["@type"] = "NewsArticle",
                ["headline"] = source.OriginalHeadline,
                ["url"] = source.OriginalUrl,
                ["inLanguage"] = source.OriginalLanguage,
                ["publisher"] = new JsonObject { ["@type"] = "NewsMediaOrganization", ["name"] = source.OutletName },
            };
        }
        // The default encoder escapes <, > and &, so the text cannot close the surrounding <script> element.
        return json.ToJsonString(Options);
    }
}
