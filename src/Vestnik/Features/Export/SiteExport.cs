using System.Text.Encodings.Web;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Vestnik.Data;
using Vestnik.Features.Comments.Model;
using Vestnik.Infrastructure;

namespace Vestnik.Features.Export;

/// <summary>What an export holds, said at its end by the command and the audit entry.</summary>
public sealed record ExportSummary(int Articles, int Comments, int Accounts, int MediaFiles, long MediaBytes);

/// <summary>
/// Writes the whole site as <c>vestnik-export.json</c> plus the media files (format in docs/export.md). Rows are read
/// in batches and written as they come through a <see cref="Utf8JsonWriter"/> that is flushed often, so memory stays
/// flat whatever the size of the site.
/// </summary>
public sealed class SiteExport(VestnikDbContext db, DataFolders folders, IOptions<VestnikOptions> options, TimeProvider clock)
{
    public const string JsonFileName = "vestnik-export.json";
    public const int FormatVersion = 1;

    private static readonly JsonWriterOptions WriterOptions = new()
    {
        Indented = true,
        // Cyrillic stays readable in the file; the JSON is data, never inlined into a page.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public async Task<ExportSummary> WriteAsync(IExportTarget target, IProgress<(int Done, int Total)>? progress, CancellationToken cancellationToken)
    {
        var media = new MediaFiles(folders.Media);
        var articles = await db.Articles.CountAsync(cancellationToken);
        var comments = await db.Set<Comment>().CountAsync(cancellationToken);
        var mediaFiles = media.Count();
        var counter = new ExportProgress(articles + comments + mediaFiles, progress);
        int accounts;
        await using (var stream = target.Create(JsonFileName, compress: true))
        await using (var json = new Utf8JsonWriter(stream, WriterOptions))
        {
            json.WriteStartObject();
            json.WriteString("format", "vestnik-export");
            json.WriteNumber("formatVersion", FormatVersion);
            json.WriteString("exportedAt", clock.GetUtcNow());
            json.WriteString("databaseProvider", db.Database.ProviderName);
            await ExportedCatalog.WriteAsync(json, db, options.Value.PublicBaseUrl, cancellationToken);
            accounts = await ExportedAccounts.WriteAsync(json, db, cancellationToken);
            await ExportedArticles.WriteAsync(json, db, counter, cancellationToken);
            await ExportedComments.WriteAsync(json, db, counter, cancellationToken);
            await ExportedOldAddresses.WriteAsync(json, db, cancellationToken);
            await ExportedMedia.WriteManifestAsync(json, db, media, cancellationToken);
            json.WriteEndObject();
            await json.FlushAsync(cancellationToken);
        }
        var mediaBytes = await ExportedMedia.CopyFilesAsync(target, media, counter, cancellationToken);
        return new ExportSummary(articles, comments, accounts, mediaFiles, mediaBytes);
    }
}

/// <summary>Counts exported items towards the progress bar.</summary>
internal sealed class ExportProgress(int total, IProgress<(int Done, int Total)>? progress)
{
    private int _done;

    public void Advance(int items = 1)
    {
        _done += items;
        progress?.Report((_done, total));
    }
}

internal static class ExportJson
{
    /// <summary>Hands what the writer holds to the stream once it passes a few pages, so no list is buffered whole.</summary>
    public static async Task FlushWhenFullAsync(this Utf8JsonWriter json, CancellationToken cancellationToken)
    {
        if (json.BytesPending > 64 * 1024)
        {
            await json.FlushAsync(cancellationToken);
        }
    }

    /// <summary>A named array with one object per item, its properties written by <paramref name="properties"/>.</summary>
    public static void WriteObjects<T>(this Utf8JsonWriter json, string name, IEnumerable<T> items, Action<Utf8JsonWriter, T> properties)
    {
        json.WriteStartArray(name);
        foreach (var item in items)
        {
            json.WriteStartObject();
            properties(json, item);
            json.WriteEndObject();
        }
        json.WriteEndArray();
    }

    public static void WriteNullableString(this Utf8JsonWriter json, string name, string? value)
    {
        if (value is null)
        {
            json.WriteNull(name);
        }
        else
        {
            json.WriteString(name, value);
        }
    }

    public static void WriteNullableDate(this Utf8JsonWriter json, string name, DateTimeOffset? value)
    {
        if (value is { } date)
        {
            json.WriteString(name, date);
        }
        else
        {
            json.WriteNull(name);
        }
    }

    public static void WriteNullableNumber(this Utf8JsonWriter json, string name, long? value)
    {
        if (value is { } number)
        {
            json.WriteNumber(name, number);
        }
        else
        {
            json.WriteNull(name);
        }
    }
}
