using Microsoft.EntityFrameworkCore;
using Vestnik.Data;
using Vestnik.Infrastructure;

namespace Vestnik.Features.Newsroom.Media;

/// <summary>Stores processed uploads under the media folder and records them in the library.</summary>
public sealed class MediaLibrary(VestnikDbContext db, ImagePipeline pipeline, DataFolders folders, TimeProvider clock)
{
    public async Task<MediaAsset> AddAsync(byte[] bytes, string fileName, string caption, string credit, string alt, string uploadedBy,
        CancellationToken cancellationToken = default)
    {
        var image = pipeline.Process(bytes);
        var now = clock.GetUtcNow();
        var folder = $"{now:yyyy}/{now:MM}/{Guid.NewGuid().ToString("N")[..16]}";
        var directory = Path.Combine(folders.Media, folder);
        Directory.CreateDirectory(directory);
        try
        {
            await File.WriteAllBytesAsync(Path.Combine(directory, "original." + image.OriginalExtension), image.Original, cancellationToken);
            foreach (var rendition in image.Renditions)
            {
                await File.WriteAllBytesAsync(Path.Combine(directory, $"{rendition.Width}.{rendition.Extension}"), rendition.Bytes, cancellationToken);
            }
            var asset = new MediaAsset
            {
                Folder = folder,
                OriginalFileName = SafeName(fileName),
                OriginalExtension = image.OriginalExtension,
                Width = image.Width,
                Height = image.Height,
                Widths = string.Join(',', image.Renditions.Select(r => r.Width).Distinct()),
                Caption = Cut(caption, 1000),
                Credit = Cut(credit, 300),
                AltText = Cut(alt, 500),
                UploadedAt = now,
                UploadedBy = Cut(uploadedBy, 256),
            };
            db.Add(asset);
            await db.SaveChangesAsync(cancellationToken);
            return asset;
        }
        catch
        {
            // Nothing half-stored: no files without a library row.
            Directory.Delete(directory, recursive: true);
            throw;
        }
    }

    /// <summary>One page of the library, newest first, optionally only images whose caption, credit, alt text or
    /// file name contain <paramref name="text"/>.</summary>
    public async Task<(IReadOnlyList<MediaAsset> Assets, int Total, PageWindow Window)> PageAsync(
        string? text, int page, int pageSize, CancellationToken cancellationToken = default)
    {
        var matching = db.Set<MediaAsset>().AsNoTracking();
        if (!string.IsNullOrWhiteSpace(text))
        {
            matching = matching.WhereContains(text.Trim(), m => m.Caption, m => m.Credit, m => m.AltText, m => m.OriginalFileName);
        }
        var total = await matching.CountAsync(cancellationToken);
        var window = PageWindow.Of(total, page, pageSize);
        var assets = await matching.OrderByDescending(m => m.Id).Skip(window.Skip).Take(pageSize).ToListAsync(cancellationToken);
        return (assets, total, window);
    }

    private static string SafeName(string name)
    {
        var file = Path.GetFileName(name ?? "");
        return Cut(file.Length == 0 ? "image" : file, 260);
    }

    private static string Cut(string? value, int max)
    {
        var trimmed = (value ?? "").Trim();
        return trimmed.Length > max ? trimmed[..max] : trimmed;
    }
}
