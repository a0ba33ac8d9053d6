using Microsoft.EntityFrameworkCore;
using Vestnik.Data;
using Vestnik.Features.Comments.Model;
using Vestnik.Features.Newsroom.Media;

namespace Vestnik.Features.Import.Restore;

/// <summary>
/// What "an empty site" means for a restore: nothing but what the first start creates (the staff roles, the
/// built-in labels, the admin account, the spam classifier's seed), no content and no media files. The export
/// brings its own labels and accounts, which take the place of the seeded ones.
/// </summary>
internal static class TargetSite
{
    /// <summary>What the site holds that a restore would collide with, in words; null when it is empty.</summary>
    public static async Task<string?> ContentAsync(VestnikDbContext db, string mediaFolder, CancellationToken cancellationToken)
    {
        (string What, Func<Task<bool>> Found)[] checks =
        [
            ("articles", () => db.Articles.AnyAsync(cancellationToken)),
            ("sections", () => db.Sections.AnyAsync(cancellationToken)),
            ("tags", () => db.Tags.AnyAsync(cancellationToken)),
            ("bylines", () => db.Authors.AnyAsync(cancellationToken)),
            ("labels of its own", () => db.Labels.AnyAsync(l => !l.IsBuiltIn, cancellationToken)),
            ("comments", () => db.Set<Comment>().AnyAsync(cancellationToken)),
            ("media library images", () => db.Set<MediaAsset>().AnyAsync(cancellationToken)),
            ("old addresses", () => db.Set<OldAddress>().AnyAsync(cancellationToken)),
            ("accounts besides the first admin", () => db.Users.OrderBy(u => u.Id).Skip(1).AnyAsync(cancellationToken)),
        ];
        foreach (var (what, found) in checks)
        {
            // One query at a time: a DbContext runs one command at once.
            if (await found())
            {
                return what;
            }
        }
        return Directory.Exists(mediaFolder) && Directory.EnumerateFiles(mediaFolder, "*", SearchOption.AllDirectories).Any()
            ? $"files in its media folder {mediaFolder}"
            : null;
    }

    /// <summary>Removes the seeded labels and admin account, which the export's own replace.</summary>
    public static async Task ClearSeedAsync(VestnikDbContext db, CancellationToken cancellationToken)
    {
        await db.Labels.ExecuteDeleteAsync(cancellationToken);
        await db.Users.ExecuteDeleteAsync(cancellationToken);
    }
}
