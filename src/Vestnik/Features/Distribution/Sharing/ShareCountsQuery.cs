using Microsoft.EntityFrameworkCore;
using Vestnik.Data;
using Vestnik.Features.Site;

namespace Vestnik.Features.Distribution.Sharing;

/// <summary>One article's share clicks per network, for editors.</summary>
public sealed record ArticleShares(int ArticleId, string Title, string Url, IReadOnlyDictionary<string, long> ByNetwork)
{
    public long Total => ByNetwork.Values.Sum();
}

/// <summary>Share clicks per article, most shared first.</summary>
public sealed class ShareCountsQuery(VestnikDbContext db)
{
    public async Task<IReadOnlyList<ArticleShares>> MostSharedAsync(int take, CancellationToken cancellationToken)
    {
        var top = await db.Set<ShareCount>().AsNoTracking()
            .GroupBy(s => s.ArticleId)
            .Select(g => new { ArticleId = g.Key, Total = g.Sum(s => s.Clicks) })
            .OrderByDescending(t => t.Total).ThenByDescending(t => t.ArticleId)
            .Take(take)
            .Select(t => t.ArticleId)
            .ToListAsync(cancellationToken);
        var rows = await db.Set<ShareCount>().AsNoTracking()
            .Where(s => top.Contains(s.ArticleId))
            .Join(db.Articles, s => s.ArticleId, a => a.Id, (s, a) => new { s.ArticleId, s.Network, s.Clicks, a.Title, a.Language, a.Slug })
            .ToListAsync(cancellationToken);
        return rows.GroupBy(r => r.ArticleId)
            .Select(g => new ArticleShares(
                g.Key,
                g.First().Title,
                ReaderUrls.Article(g.First().Language, g.First().Slug),
                g.ToDictionary(r => r.Network, r => r.Clicks)))
            .OrderByDescending(a => a.Total).ThenByDescending(a => a.ArticleId)
            .ToList();
    }

    public async Task<IReadOnlyDictionary<string, long>> ForArticleAsync(int articleId, CancellationToken cancellationToken) =>
        await db.Set<ShareCount>().AsNoTracking()
            .Where(s => s.ArticleId == articleId)
            .ToDictionaryAsync(s => s.Network, s => s.Clicks, cancellationToken);
}
