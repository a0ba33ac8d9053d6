using System.Security.Cryptography;
using System.Text;
using Vestnik.Infrastructure.Localization;

namespace Vestnik.Features.Distribution.SocialCards;

/// <summary>
/// What a social card shows. The <see cref="Fingerprint"/> names the cached file, so a new headline, label or lead
/// image gives a new file and a new URL, and messengers that cache by URL pick up the change.
/// </summary>
public sealed record SocialCardContent(
    int ArticleId,
    string Headline,
    string? Label,
    string Section,
    string SiteName,
    ContentLanguage Language,
    string? LeadImageUrl)
{
    /// <summary>Bump when the card's design changes, so every card is drawn again.</summary>
    private const int DesignVersion = 1;

    /// <summary>A raster lead image is cropped to the card; an SVG or no image gets a drawn card with the headline.</summary>
    public bool UsesLeadImage => LeadImageUrl is not null && ArticleMedia.IsRaster(LeadImageUrl);

    public string Fingerprint
    {
        get
        {
            var text = string.Join('\u001f', DesignVersion, Headline, Label, Section, SiteName, Language, UsesLeadImage ? LeadImageUrl : null);
            return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..16];
        }
    }

    public string FileName => $"{ArticleId}-{Fingerprint}.png";
}
