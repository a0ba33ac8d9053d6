using System.Globalization;
using System.Text.Json;
using Vestnik.Features.Import.Conversion;

namespace Vestnik.Features.Import.Ghost;

/// <summary>The fields of a row of Ghost's <c>posts</c> table that an article is made from.</summary>
public sealed record GhostPost(
    string Id, string Type, string Title, string Slug, string Status, string Lexical, string Mobiledoc, string Html,
    string Excerpt, string FeatureImage, string Locale, string Visibility,
    DateTimeOffset? CreatedAt, DateTimeOffset? UpdatedAt, DateTimeOffset? PublishedAt, string Raw)
{
    public static GhostPost Of(JsonElement row) => new(
        GhostCatalogImport.Field(row, "id"), GhostCards.Text(row, "type") is { Length: > 0 } type ? type : "post",
        GhostCards.Text(row, "title"), GhostCards.Text(row, "slug"), GhostCards.Text(row, "status"),
        GhostCards.Text(row, "lexical"), GhostCards.Text(row, "mobiledoc"), GhostCards.Text(row, "html"),
        GhostCards.Text(row, "custom_excerpt"), GhostCards.Text(row, "feature_image"), GhostCards.Text(row, "locale"),
        GhostCards.Text(row, "visibility"),
        Date(row, "created_at"), Date(row, "updated_at"), Date(row, "published_at"), row.GetRawText());

    /// <summary>Ghost writes ISO dates in UTC (<c>2024-05-01T09:30:00.000Z</c>); a number is milliseconds since 1970.</summary>
    private static DateTimeOffset? Date(JsonElement row, string name)
    {
        if (!row.TryGetProperty(name, out var value))
        {
            return null;
        }
        if (value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out var milliseconds) && milliseconds is > 0 and < 253_402_300_799_000)
        {
            return DateTimeOffset.FromUnixTimeMilliseconds(milliseconds);
        }
        return value.ValueKind == JsonValueKind.String
            && DateTimeOffset.TryParse(value.GetString(), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var date)
            ? date
            : null;
    }
}
