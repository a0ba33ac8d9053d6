namespace Vestnik.Features.Distribution;

/// <summary>The <c>Distribution</c> configuration section: feeds and share links.</summary>
public sealed class DistributionOptions
{
    public const string Section = "Distribution";

    /// <summary>How many of the newest articles every feed carries.</summary>
    public int FeedItemCount { get; set; } = 30;

    public const int MaxSitemapPageSize = 50_000;

    /// <summary>URLs per article sitemap; the sitemaps.org limit of 50,000 is also the maximum.</summary>
    public int SitemapPageSize { get; set; } = MaxSitemapPageSize;

    /// <summary>UTM tags appended to shared article URLs; none when <see cref="UtmSource"/> is empty.</summary>
    public string? UtmSource { get; set; }

    /// <summary><c>utm_medium</c> of shared links; the network's key goes into <c>utm_source</c> when UtmSource is "{network}".</summary>
    public string UtmMedium { get; set; } = "social";

    public string? UtmCampaign { get; set; }

    public SocialCardOptions SocialCards { get; set; } = new();
}

public sealed class SocialCardOptions
{
    /// <summary>A TTF/OTF file with Cyrillic glyphs for the card's small text; DejaVu Sans when unset.</summary>
    public string? FontPath { get; set; }

    /// <summary>The bold face for headline and site name; <see cref="FontPath"/>, then DejaVu Sans Bold, when unset.</summary>
    public string? BoldFontPath { get; set; }
}
