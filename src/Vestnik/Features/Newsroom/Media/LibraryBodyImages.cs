using Microsoft.EntityFrameworkCore;
using Vestnik.Data;
using Vestnik.Infrastructure.Text;

namespace Vestnik.Features.Newsroom.Media;

/// <summary>The media library as the body renderer's catalog: every image a text names, in one query.</summary>
public sealed class LibraryBodyImages(VestnikDbContext db) : IBodyImageCatalog
{
    public async Task<IReadOnlyDictionary<string, BodyImage>> FindAsync(IReadOnlyCollection<string> folders, CancellationToken cancellationToken)
    {
        var assets = await db.Set<MediaAsset>().AsNoTracking()
            .Where(m => folders.Contains(m.Folder))
            .Select(m => new { m.Folder, m.Width, m.Height, m.Widths })
            .ToListAsync(cancellationToken);
        return assets.ToDictionary(
            m => m.Folder,
            m => new BodyImage(m.Folder, m.Width, m.Height, MediaAsset.ParseWidths(m.Widths)),
            StringComparer.Ordinal);
    }
}
