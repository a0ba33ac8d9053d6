using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Vestnik.Data;
using Vestnik.Features.Articles.Model;
using Vestnik.Features.Site;
using Vestnik.Infrastructure.Localization;

namespace Vestnik.Features.Distribution.Sitemaps;

/// <summary>Reads what the sitemaps list: article pages in id order (so a page's content is stable), the
/// section, tag, author and home pages, and the last 48 hours of news.</summary>
public sealed class SitemapQuery(VestnikDbContext db, TimeProvider clock, IOptions<DistributionOptions> options)
{
    /// <summary>Google News takes articles of the last two days, at most 1,000 per sitemap.</summary>
    public static readonly TimeSpan NewsWindow = TimeSpan.FromHours(48);
    public const int MaxNewsEntries = 1000;

    public int PageSize => Math.Clamp(options.Value.SitemapPageSize, 1, DistributionOptions.MaxSitemapPageSize);

    private IQueryable<Article> Published => db.Articles.AsNoTracking().Where(a => a.Status == ArticleStatus.Published);

    public async Task<int> ArticlePageCountAsync(CancellationToken cancellationToken)
    {
        var count = await Published.CountAsync(cancellationToken);
        return (count + PageSize - 1) / PageSize;
    }

    public Task<DateTimeOffset?> LastModifiedOfPageAsync(int page, CancellationToken cancellationToken) =>
        PageOf(page).Select(a => a.UpdatedAt ?? a.PublishedAt).OrderByDescending(at => at).FirstOrDefaultAsync(cancellationToken);

    public Task<DateTimeOffset?> LastPublishedAsync(CancellationToken cancellationToken) =>
        Published.OrderByDescending(a => a.PublishedAt).Select(a => a.PublishedAt).FirstOrDefaultAsync(cancellationToken);

    public async Task<List<SitemapEntry>> ArticlesAsync(int page, Func<string, string> absolute, CancellationToken cancellationToken)
    {
        var rows = await PageOf(page)
            .Select(a => new
            {
                a.Language,
                a.Slug,
                a.PublishedAt,
                a.UpdatedAt,
                Image = a.LeadImage == null ? null : a.LeadImage.Url,
                Translation = a.Translation != null && a.Translation.Status == ArticleStatus.Published
                    ? new { a.Translation.Language, a.Translation.Slug }
                    : null,
            })
            .ToListAsync(cancellationToken);
        return rows.Select(r =>
        {
            var url = absolute(ReaderUrls.Article(r.Language, r.Slug));
            IReadOnlyList<(ContentLanguage, string)> alternates = r.Translation is { } t
                ? [(r.Language, url), (t.Language, absolute(ReaderUrls.Article(t.Language, t.Slug)))]
                : [];
            return new SitemapEntry(url, r.UpdatedAt ?? r.PublishedAt, alternates, r.Image is null ? [] : [absolute(r.Image)]);
        }).ToList();
    }

    /// <summary>Home, sections and authors exist in both languages; a tag belongs to one.</summary>
    public async Task<List<SitemapEntry>> ListingPagesAsync(Func<string, string> absolute)
    {
        var entries = Both(absolute, ReaderUrls.Home).ToList();
        var sections = await db.Sections.AsNoTracking().OrderBy(s => s.Position).Select(s => s.Slug).ToListAsync();
        entries.AddRange(sections.SelectMany(slug => Both(absolute, language => ReaderUrls.Section(language, slug))));
        var authors = await db.Authors.AsNoTracking()
            .Where(a => db.Articles.Any(x => x.Status == ArticleStatus.Published && x.Authors.Any(aa => aa.AuthorId == a.Id)))
            .OrderBy(a => a.Id).Select(a => a.Slug).ToListAsync();
        entries.AddRange(authors.SelectMany(slug => Both(absolute, language => ReaderUrls.Author(language, slug))));
        var tags = await db.Tags.AsNoTracking()
            .Where(t => t.Articles.Any(a => a.Status == ArticleStatus.Published))
            .OrderBy(t => t.Id).Select(t => new { t.Language, t.Slug }).ToListAsync();
        entries.AddRange(tags.Select(t => new SitemapEntry(absolute(ReaderUrls.Tag(t.Language, t.Slug)), null, [], [])));
        return entries;
    }

    public async Task<List<NewsEntry>> NewsAsync(Func<string, string> absolute, CancellationToken cancellationToken)
    {
        var since = clock.GetUtcNow() - NewsWindow;
        var rows = await Published
            .Where(a => a.PublishedAt >= since)
            .OrderByDescending(a => a.PublishedAt)
            .Take(MaxNewsEntries)
            .Select(a => new { a.Language, a.Slug, a.Title, OutletName = a.Source == null ? null : a.Source.OutletName, a.PublishedAt })
            .ToListAsync(cancellationToken);
        return rows.Select(r => new NewsEntry(
            absolute(ReaderUrls.Article(r.Language, r.Slug)),
            r.Language,
            Article.DisplayTitleOf(r.Title, r.OutletName),
            r.PublishedAt!.Value)).ToList();
    }

    private IQueryable<Article> PageOf(int page) =>
        Published.OrderBy(a => a.Id).Skip((page - 1) * PageSize).Take(PageSize);

    /// <summary>Each language version is its own entry, and each names the whole set of alternates.</summary>
    private static IEnumerable<SitemapEntry> Both(Func<string, string> absolute, Func<ContentLanguage, string> path)
    {
        var ru = absolute(path(ContentLanguage.Ru));
        var en = absolute(path(ContentLanguage.En));
        IReadOnlyList<(ContentLanguage, string)> alternates = [(ContentLanguage.Ru, ru), (ContentLanguage.En, en)];
        return [new SitemapEntry(ru, null, alternates, []), new SitemapEntry(en, null, alternates, [])];
    }
}
