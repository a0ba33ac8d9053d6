namespace Vestnik.Features.Import.WordPress;

/// <param name="File">The WXR export.</param>
/// <param name="MediaFolder">A copy of the site's <c>wp-content/uploads</c>: images found there go into the media library.</param>
/// <param name="DryRun">Reads and converts everything, then rolls every batch back.</param>
/// <param name="IncludePages">Pages too, not only posts.</param>
public sealed record WordPressImportOptions(string File, string? MediaFolder = null, bool DryRun = false, bool IncludePages = false)
{
    /// <summary>Articles per transaction: a failing item is rolled back alone, a failing batch never half-committed.</summary>
    public int BatchSize { get; init; } = 200;
}
