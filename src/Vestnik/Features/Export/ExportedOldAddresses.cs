using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Vestnik.Data;
using Vestnik.Features.Import;

namespace Vestnik.Features.Export;

/// <summary>The addresses of an archive imported earlier (WordPress or Ghost paths) that answer 301 here, after the articles they name.</summary>
internal static class ExportedOldAddresses
{
    public static async Task WriteAsync(Utf8JsonWriter json, VestnikDbContext db, CancellationToken cancellationToken)
    {
        json.WriteStartArray("oldAddresses");
        await foreach (var address in db.Set<OldAddress>().AsNoTracking().OrderBy(a => a.Id).AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            json.WriteStartObject();
            json.WriteNumber("id", address.Id);
            json.WriteString("path", address.Path);
            json.WriteNullableNumber("articleId", address.ArticleId);
            json.WriteNullableNumber("sectionId", address.SectionId);
            json.WriteNullableNumber("tagId", address.TagId);
            json.WriteNullableNumber("authorId", address.AuthorId);
            json.WriteEndObject();
            await json.FlushWhenFullAsync(cancellationToken);
        }
        json.WriteEndArray();
    }
}
