using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Vestnik.Data;
using Vestnik.Features.Newsroom.Media;

namespace Vestnik.Features.Export;

/// <summary>
/// The media manifest (library images with their renditions, and every file under the media folder with its size
/// and SHA-256) and the files themselves, copied under <c>media/</c> in the export.
/// </summary>
internal static class ExportedMedia
{
    private const int BatchSize = 200;
    public const string Folder = "media";

    public static async Task WriteManifestAsync(Utf8JsonWriter json, VestnikDbContext db, MediaFiles media, CancellationToken cancellationToken)
    {
        json.WriteStartObject("media");
        json.WriteStartArray("assets");
        var after = 0;
        while (true)
        {
            var assets = await db.Set<MediaAsset>().AsNoTracking().Where(m => m.Id > after).OrderBy(m => m.Id).Take(BatchSize)
                .ToListAsync(cancellationToken);
            if (assets.Count == 0)
            {
                break;
            }
            foreach (var asset in assets)
            {
                await WriteAssetAsync(json, asset, media, cancellationToken);
                await json.FlushWhenFullAsync(cancellationToken);
            }
            after = assets[^1].Id;
        }
        json.WriteEndArray();

        json.WriteStartArray("files");
        foreach (var path in media.Paths())
        {
            WriteFile(json, await media.DescribeAsync(path, cancellationToken));
            await json.FlushWhenFullAsync(cancellationToken);
        }
        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static async Task WriteAssetAsync(Utf8JsonWriter json, MediaAsset asset, MediaFiles media, CancellationToken cancellationToken)
    {
        json.WriteStartObject();
        json.WriteNumber("id", asset.Id);
        json.WriteString("folder", asset.Folder);
        json.WriteString("originalFileName", asset.OriginalFileName);
        json.WriteString("originalExtension", asset.OriginalExtension);
        json.WriteNumber("width", asset.Width);
        json.WriteNumber("height", asset.Height);
        json.WriteString("caption", asset.Caption);
        json.WriteString("credit", asset.Credit);
        json.WriteString("altText", asset.AltText);
        json.WriteString("uploadedAt", asset.UploadedAt);
        json.WriteString("uploadedBy", asset.UploadedBy);
        json.WriteStartArray("renditionWidths");
        foreach (var width in asset.WidthList)
        {
            json.WriteNumberValue(width);
        }
        json.WriteEndArray();
        json.WriteStartArray("files");
        foreach (var path in media.PathsIn(asset.Folder))
        {
            WriteFile(json, await media.DescribeAsync(path, cancellationToken));
        }
        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteFile(Utf8JsonWriter json, MediaFile file)
    {
        json.WriteStartObject();
        json.WriteString("path", file.Path);
        json.WriteNumber("bytes", file.Bytes);
        json.WriteString("sha256", file.Sha256);
        json.WriteEndObject();
    }

    /// <summary>Copies every file under the media folder into the export; returns the bytes copied.</summary>
    public static async Task<long> CopyFilesAsync(IExportTarget target, MediaFiles media, ExportProgress progress, CancellationToken cancellationToken)
    {
        long bytes = 0;
        foreach (var path in media.Paths())
        {
            await using var source = File.OpenRead(media.FullPath(path));
            await using var copy = target.Create($"{Folder}/{path}", compress: false);
            await source.CopyToAsync(copy, cancellationToken);
            bytes += source.Length;
            progress.Advance();
        }
        return bytes;
    }
}
