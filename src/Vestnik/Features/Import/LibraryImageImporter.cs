using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Vestnik.Data;
using Vestnik.Features.Newsroom.Media;

namespace Vestnik.Features.Import;

/// <summary>
/// Brings an archive's images into the media library from a copy of its uploads folder, once each: the image's path
/// under the folder is its <see cref="ImportedRecord"/>, so a second import finds it. An image whose file is not
/// there (or that the library refuses) keeps its old address.
/// </summary>
public sealed partial class LibraryImageImporter(VestnikDbContext db, MediaLibrary library, ImportedRecords records)
{
    /// <summary>The media asset of an image address, importing the file on first sight; null when there is no file.</summary>
    public async Task<MediaAsset?> FindOrAddAsync(string source, string? uploadsFolder, string imageUrl, string caption, string alt,
        ImportReport report, CancellationToken cancellationToken)
    {
        if (uploadsFolder is null || RelativePath(imageUrl, FolderMarker(source)) is not { } relative || FileIn(uploadsFolder, relative) is not { } file)
        {
            return null;
        }
        // Known by the file, so the resized copies a body links and the original a featured image names are one image.
        var key = Path.GetRelativePath(Path.GetFullPath(uploadsFolder), file).Replace('\\', '/');
        var known = await records.FindAsync(source, ImportedKinds.Image, key, cancellationToken);
        if (known is not null)
        {
            return await db.Set<MediaAsset>().AsNoTracking().FirstOrDefaultAsync(m => m.Id == known.TargetId, cancellationToken);
        }
        try
        {
            var asset = await library.AddAsync(await File.ReadAllBytesAsync(file, cancellationToken), Path.GetFileName(file), caption, "", alt, "import", cancellationToken);
            records.Add(source, ImportedKinds.Image, key, asset.Id);
            await db.SaveChangesAsync(cancellationToken);
            report.ImagesImported++;
            return asset;
        }
        catch (ImageRejectedException rejected)
        {
            report.Warn(imageUrl, rejected.Reason);
            return null;
        }
    }

    /// <summary>Where a source keeps its uploaded images in its addresses: WordPress's <c>wp-content/uploads</c>, Ghost's <c>content/images</c>.</summary>
    public static string FolderMarker(string source) => source == ImportSources.Ghost ? "/content/images/" : "/uploads/";

    /// <summary>
    /// The path under the uploads folder: after the <paramref name="marker"/> (<c>/uploads/</c>) in an address of
    /// the old site (or the address itself when relative). Null for anything else.
    /// </summary>
    public static string? RelativePath(string imageUrl, string marker = "/uploads/")
    {
        var path = Uri.TryCreate(imageUrl, UriKind.Absolute, out var uri) ? uri.AbsolutePath : imageUrl.Split('?', '#')[0];
        var at = path.IndexOf(marker, StringComparison.OrdinalIgnoreCase);
        if (at < 0)
        {
            return null;
        }
        string decoded;
        try
        {
            decoded = Uri.UnescapeDataString(path[(at + marker.Length)..]);
        }
        catch (UriFormatException)
        {
            return null;
        }
        return decoded.Length is > 0 and <= 400 ? decoded : null;
    }

    /// <summary>
    /// The file inside the folder, never outside it (a path with "..": refused). A resized copy WordPress linked
    /// (<c>photo-300x200.jpg</c>) or Ghost linked (<c>size/w600/2024/05/photo.jpg</c>) falls back to the original
    /// upload when only that was copied.
    /// </summary>
    private static string? FileIn(string folder, string relative)
    {
        var root = Path.GetFullPath(folder);
        foreach (var candidate in new[] { relative, ResizedSuffix().Replace(relative, "$1"), GhostSize().Replace(relative, "") }.Distinct())
        {
            var full = Path.GetFullPath(Path.Combine(root, candidate));
            if (full.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal) && File.Exists(full))
            {
                return full;
            }
        }
        return null;
    }

    [GeneratedRegex(@"-\d{1,5}x\d{1,5}(\.[A-Za-z0-9]+)$")]
    private static partial Regex ResizedSuffix();

    [GeneratedRegex(@"^size/w\d{1,5}(?:h\d{1,5})?/")]
    private static partial Regex GhostSize();
}
