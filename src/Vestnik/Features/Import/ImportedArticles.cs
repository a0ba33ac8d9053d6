using Microsoft.EntityFrameworkCore;
using Vestnik.Data;
using Vestnik.Features.Articles.Model;
using Vestnik.Features.Newsroom.Media;
using Vestnik.Infrastructure.Text;

namespace Vestnik.Features.Import;

/// <summary>What every source's articles need alike: their slug here, their old address kept, a library image as the lead image.</summary>
public sealed class ImportedArticles(VestnikDbContext db)
{
    /// <summary>
    /// The post's own slug, romanized by our slug rules when the old site kept it in Cyrillic; numbered when another
    /// article (or a renamed one's old slug) has it.
    /// </summary>
    public async Task<string> SlugAsync(string sourceSlug, string title, int articleId, CancellationToken cancellationToken)
    {
        var wanted = Transliteration.ToSlug(sourceSlug) is { Length: > 0 } fromSlug ? fromSlug : Transliteration.ToSlug(title);
        wanted = wanted.Length == 0 ? "article" : wanted;
        return await ImportCatalog.UniqueAsync(wanted, 80, async slug =>
            await db.Articles.AnyAsync(a => a.Slug == slug && a.Id != articleId, cancellationToken)
            || await db.SlugRedirects.AnyAsync(r => r.OldSlug == slug, cancellationToken));
    }

    /// <summary>
    /// Points the old site's path of a post at its article. A path another article has keeps it unless
    /// <paramref name="takeOver"/> (WordPress: a link is one post's, so the newest claim is right); false then.
    /// </summary>
    public async Task<bool> KeepOldAddressAsync(string? path, int articleId, bool takeOver, CancellationToken cancellationToken)
    {
        if (OldAddress.Normalize(path) is not { } normalized)
        {
            return true;
        }
        var address = await db.Set<OldAddress>().FirstOrDefaultAsync(a => a.Path == normalized, cancellationToken);
        if (address is null)
        {
            db.Add(new OldAddress { Path = normalized, ArticleId = articleId });
        }
        else if (address.ArticleId != articleId)
        {
            if (!takeOver && address.ArticleId is not null)
            {
                return false;
            }
            address.ArticleId = articleId;
            address.SectionId = null;
            address.TagId = null;
            address.AuthorId = null;
        }
        return true;
    }

    /// <summary>The lead image of a media library image, at its largest rendition.</summary>
    public static LeadImage LeadImageOf(MediaAsset asset)
    {
        var largest = asset.WidthList[^1];
        return new LeadImage
        {
            Url = asset.FallbackUrl,
            Width = largest,
            Height = asset.HeightAt(largest),
            Srcset = asset.Srcset("webp"),
            MediaAssetId = asset.Id,
            Caption = asset.Caption,
            Credit = asset.Credit,
            AltText = asset.AltText,
        };
    }
}
