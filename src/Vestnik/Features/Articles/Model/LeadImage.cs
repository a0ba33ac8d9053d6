namespace Vestnik.Features.Articles.Model;

/// <summary>The picture at the top of an article, with the caption and credit the page shows under it.</summary>
public sealed class LeadImage
{
    public required string Url { get; set; }
    public int Width { get; set; }
    public int Height { get; set; }
    public string Caption { get; set; } = "";
    public string Credit { get; set; } = "";
    public string AltText { get; set; } = "";

    /// <summary>The media-library image this was picked from, when it was.</summary>
    public int? MediaAssetId { get; set; }

    /// <summary>WebP renditions as a ready <c>srcset</c> ("/media/…/480.webp 480w, …"); empty for external images.</summary>
    public string Srcset { get; set; } = "";
}
