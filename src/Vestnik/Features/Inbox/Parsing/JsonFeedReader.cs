using System.Text.Json;

namespace Vestnik.Features.Inbox.Parsing;

/// <summary>JSON Feed 1.0 and 1.1 (https://www.jsonfeed.org/version/1.1/), including the deprecated single author.</summary>
internal static class JsonFeedReader
{
    public static ParsedFeed Read(string json, Uri feedUrl)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip, MaxDepth = 32 });
        }
        catch (JsonException e)
        {
            throw new FeedFormatException($"Not valid JSON: {e.Message}", e);
        }
        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("items", out var itemsElement) || itemsElement.ValueKind != JsonValueKind.Array)
            {
                throw new FeedFormatException("The JSON document is not a JSON Feed (no \"items\" array).");
            }
            var feedLanguage = XmlFeedReader.Normalize(String(root, "language"));
            var items = new List<ParsedItem>();
            foreach (var item in itemsElement.EnumerateArray().Where(i => i.ValueKind == JsonValueKind.Object))
            {
                var link = String(item, "url") ?? String(item, "external_url");
                Uri? absolute = link is not null && Uri.TryCreate(feedUrl, link, out var u) && u.Scheme is "http" or "https" ? u : null;
                var summary = FeedText.ToPlainText(String(item, "summary") ?? String(item, "content_text") ?? String(item, "content_html"), FeedParser.MaxSummaryLength);
                var title = FeedText.ToPlainText(String(item, "title"), 500);
                if (title.Length == 0)
                {
                    title = FeedText.Truncate(summary, 140);
                }
                if (title.Length == 0)
                {
                    if (absolute is null)
                    {
                        continue;
                    }
                    title = absolute.ToString();
                }
                items.Add(new ParsedItem(
                    String(item, "id"),
                    title,
                    absolute?.ToString(),
                    summary,
                    FeedDates.Parse(String(item, "date_published") ?? String(item, "date_modified")),
                    AuthorName(item) ?? AuthorName(root),
                    XmlFeedReader.Normalize(String(item, "language")) ?? feedLanguage));
            }
            return new ParsedFeed(String(root, "title"), feedLanguage, items);
        }
    }

    private static string? AuthorName(JsonElement element)
    {
        if (element.TryGetProperty("authors", out var authors) && authors.ValueKind == JsonValueKind.Array)
        {
            var first = authors.EnumerateArray().FirstOrDefault();
            if (first.ValueKind == JsonValueKind.Object)
            {
                return String(first, "name");
            }
        }
        return element.TryGetProperty("author", out var author) && author.ValueKind == JsonValueKind.Object ? String(author, "name") : null;
    }

    private static string? String(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String && value.GetString() is { Length: > 0 } s
            ? s
            : value.ValueKind == JsonValueKind.Number ? value.GetRawText() : null;
}
