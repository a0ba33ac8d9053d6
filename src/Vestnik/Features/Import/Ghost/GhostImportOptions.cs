namespace Vestnik.Features.Import.Ghost;

/// <param name="File">The JSON export (Ghost Admin → Settings → Labs → Export, or <c>/ghost/api/admin/db/</c>).</param>
/// <param name="ImagesFolder">A copy of the site's <c>content/images</c>: images found there go into the media library.</param>
/// <param name="SiteUrl">The old site's address, which Ghost writes as <c>__GHOST_URL__</c>: images not in the folder keep their address there.</param>
/// <param name="DryRun">Reads and converts everything, then rolls every batch back.</param>
/// <param name="IncludePages">Pages too, not only posts.</param>
public sealed record GhostImportOptions(string File, string? ImagesFolder = null, string? SiteUrl = null, bool DryRun = false, bool IncludePages = false)
{
    /// <summary>Articles per transaction: a failing item is rolled back alone, a failing batch never half-committed.</summary>
    public int BatchSize { get; init; } = 200;
}
