namespace Vestnik.Features.Articles.Model;

/// <summary>What a retelling is based on: the outlet, its headline and link, and when it was published.</summary>
public sealed class SourceAttribution
{
    public int OutletId { get; set; }
    public SourceOutlet Outlet { get; set; } = null!;

    /// <summary>Copied from the outlet so the headline prefix needs no join and survives an outlet rename as published.</summary>
    public required string OutletName { get; set; }
    public required string OriginalHeadline { get; set; }
    public required string OriginalUrl { get; set; }
    public DateTimeOffset? OriginalPublishedAt { get; set; }

    /// <summary>ISO 639-1 code of the original ("en", "de", "fr").</summary>
    public string OriginalLanguage { get; set; } = "en";
}
