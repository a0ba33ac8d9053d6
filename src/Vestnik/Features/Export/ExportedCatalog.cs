using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Vestnik.Data;
using Vestnik.Features.Comments.Model;
using Vestnik.Infrastructure.Localization;

namespace Vestnik.Features.Export;

/// <summary>The site's settings and the small lists articles point to: sections, tags, labels, outlets, bylines.</summary>
internal static class ExportedCatalog
{
    public static async Task WriteAsync(Utf8JsonWriter json, VestnikDbContext db, string? publicBaseUrl, CancellationToken cancellationToken)
    {
        json.WriteStartObject("site");
        json.WriteNullableString("publicBaseUrl", publicBaseUrl);
        json.WriteStartArray("commentModes");
        await foreach (var mode in db.Set<CommentModeSetting>().AsNoTracking().OrderBy(m => m.Id).AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            json.WriteStartObject();
            json.WriteNullableNumber("sectionId", mode.SectionId);
            json.WriteNullableNumber("articleId", mode.ArticleId);
            json.WriteString("mode", mode.Mode.ToString());
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteEndObject();

        json.WriteStartArray("sections");
        await foreach (var section in db.Sections.AsNoTracking().OrderBy(s => s.Id).AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            json.WriteStartObject();
            json.WriteNumber("id", section.Id);
            json.WriteString("slug", section.Slug);
            json.WriteString("nameRu", section.NameRu);
            json.WriteString("nameEn", section.NameEn);
            json.WriteNumber("position", section.Position);
            json.WriteEndObject();
        }
        json.WriteEndArray();

        json.WriteStartArray("tags");
        await foreach (var tag in db.Tags.AsNoTracking().OrderBy(t => t.Id).AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            json.WriteStartObject();
            json.WriteNumber("id", tag.Id);
            json.WriteString("name", tag.Name);
            json.WriteString("slug", tag.Slug);
            json.WriteString("language", tag.Language.Code());
            json.WriteEndObject();
            await json.FlushWhenFullAsync(cancellationToken);
        }
        json.WriteEndArray();

        json.WriteStartArray("labels");
        await foreach (var label in db.Labels.AsNoTracking().OrderBy(l => l.Id).AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            json.WriteStartObject();
            json.WriteNumber("id", label.Id);
            json.WriteString("slug", label.Slug);
            json.WriteString("nameRu", label.NameRu);
            json.WriteString("nameEn", label.NameEn);
            json.WriteBoolean("builtIn", label.IsBuiltIn);
            json.WriteEndObject();
        }
        json.WriteEndArray();

        json.WriteStartArray("sourceOutlets");
        await foreach (var outlet in db.SourceOutlets.AsNoTracking().OrderBy(o => o.Id).AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            json.WriteStartObject();
            json.WriteNumber("id", outlet.Id);
            json.WriteString("name", outlet.Name);
            json.WriteNullableString("homepageUrl", outlet.HomepageUrl);
            json.WriteString("language", outlet.Language);
            json.WriteEndObject();
        }
        json.WriteEndArray();

        json.WriteStartArray("authors");
        await foreach (var author in db.Authors.AsNoTracking().OrderBy(a => a.Id).AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            json.WriteStartObject();
            json.WriteNumber("id", author.Id);
            json.WriteString("name", author.Name);
            json.WriteString("slug", author.Slug);
            json.WriteString("bio", author.Bio);
            json.WriteNullableString("photoUrl", author.PhotoUrl);
            json.WriteNullableString("userId", author.UserId);
            json.WriteEndObject();
            await json.FlushWhenFullAsync(cancellationToken);
        }
        json.WriteEndArray();
    }
}
