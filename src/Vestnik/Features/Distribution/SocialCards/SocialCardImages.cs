using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Vestnik.Data;
using Vestnik.Features.Articles.Model;
using Vestnik.Infrastructure;
using Vestnik.Infrastructure.Localization;

namespace Vestnik.Features.Distribution.SocialCards;

/// <summary>
/// The <c>og:image</c> of an article. A raster lead image in our media folder is cropped to 1200×630; an SVG lead
/// image (which no social network accepts) or none at all gets a drawn card with the headline. Cards are drawn on
/// the first request for them, kept in <c>{DataPath}/media/cards</c>, and named by a fingerprint of what they show.
/// </summary>
public sealed class SocialCardImages(
    VestnikDbContext db,
    DataFolders folders,
    ArticleMedia media,
    SocialCardRenderer renderer,
    IOptions<VestnikOptions> site,
    ILogger<SocialCardImages> logger)
{
    public const string UrlPrefix = "/cards/";
    private static readonly SemaphoreSlim DrawLock = new(1, 1);

    public string Folder => Path.Combine(folders.Media, "cards");

    /// <summary>The card URL for an article as the article page knows it (no database round trip).</summary>
    public string ImageUrlFor(int articleId, string headline, string? label, string section, ContentLanguage language, string? leadImageUrl)
    {
        var content = new SocialCardContent(articleId, headline, label, section, site.Value.SiteName, language, leadImageUrl);
        // A remote raster image cannot be cropped here; networks fetch it as it is.
        return content.UsesLeadImage && media.LocalPath(leadImageUrl!) is null ? leadImageUrl! : UrlPrefix + content.FileName;
    }

    /// <summary>The current card content of a published article, or null.</summary>
    public async Task<SocialCardContent?> ContentAsync(int articleId, CancellationToken cancellationToken)
    {
        var article = await db.Articles.AsNoTracking().AsSplitQuery()
            .Include(a => a.Section).Include(a => a.Labels)
            .FirstOrDefaultAsync(a => a.Id == articleId && a.Status == ArticleStatus.Published, cancellationToken);
        if (article is null)
        {
            return null;
        }
        var label = article.Labels.OrderBy(l => l.Id).Select(l => l.Name(article.Language)).FirstOrDefault();
        return new SocialCardContent(article.Id, article.DisplayTitle, label, article.Section.Name(article.Language),
            site.Value.SiteName, article.Language, article.LeadImage?.Url);
    }

    /// <summary>The card file, drawn now if it is not cached yet; older cards of the same article are removed.</summary>
    public async Task<string> EnsureFileAsync(SocialCardContent content, CancellationToken cancellationToken)
    {
        var path = Path.Combine(Folder, content.FileName);
        if (File.Exists(path))
        {
            return path;
        }
        await DrawLock.WaitAsync(cancellationToken);
        try
        {
            if (File.Exists(path))
            {
                return path;
            }
            var bytes = (content.UsesLeadImage && media.LocalPath(content.LeadImageUrl!) is { } image && File.Exists(image)
                ? SocialCardRenderer.Crop(image)
                : null) ?? renderer.Draw(content);
            Directory.CreateDirectory(Folder);
            var temporary = path + ".tmp";
            await File.WriteAllBytesAsync(temporary, bytes, cancellationToken);
            File.Move(temporary, path, overwrite: true);
            foreach (var old in Directory.EnumerateFiles(Folder, $"{content.ArticleId}-*.png").Where(f => f != path))
            {
                File.Delete(old);
            }
            logger.LogInformation("Drew the social card {File}", content.FileName);
            return path;
        }
        finally
        {
            DrawLock.Release();
        }
    }
}
