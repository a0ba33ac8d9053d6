using Microsoft.EntityFrameworkCore;
using Vestnik.Data;
using Vestnik.Features.Articles.Listing;
using Vestnik.Infrastructure.Localization;
using Vestnik.Infrastructure.Time;

namespace Vestnik.Features.Articles.Home;

public sealed record SectionBlock(string Name, string Url, IReadOnlyList<ArticleCard> Articles);

public sealed record HomeView(ArticleCard? Lead, IReadOnlyList<ArticleCard> Latest, IReadOnlyList<ArticleCard> MostRead, IReadOnlyList<SectionBlock> Sections);

/// <summary>The front page: the lead story, the latest news, what is read most this week, and a block per section.</summary>
public sealed class HomePageQuery(VestnikDbContext db, NewsroomTime time, TimeProvider clock)
{
    public const int LatestCount = 10;
    public const int MostReadCount = 5;
    public const int PerSection = 4;
    private const int LeadCandidates = 30;
    private static readonly TimeSpan MostReadWindow = TimeSpan.FromDays(7);

    public async Task<HomeView> HandleAsync(ContentLanguage language, CancellationToken cancellationToken)
    {
        var published = db.Articles.PublishedIn(language);

        // The lead is the newest story with a picture: the top of a front page is never a bare headline. Only recent
        // stories are considered, so a site without pictures does not scan its whole archive for one.
        var lead = (await published.NewestFirst().Take(LeadCandidates).Where(a => a.LeadImage != null).NewestFirst().Take(1)
                .ToCardsAsync(time, cancellationToken))
            .FirstOrDefault();
        var leadId = lead?.Id ?? 0;

        var latest = await published.Where(a => a.Id != leadId).NewestFirst().Take(LatestCount).ToCardsAsync(time, cancellationToken);

        var since = clock.GetUtcNow() - MostReadWindow;
        // The week is ranked in the index (views are its last column) and only the chosen few rows are read: ranking
        // the cards themselves would read every article row of the week.
        var mostReadIds = published
            .Where(a => a.PublishedAt >= since && a.ViewCount > 0)
            .OrderByDescending(a => a.ViewCount).ThenByDescending(a => a.PublishedAt)
            .Take(MostReadCount)
            .Select(a => a.Id);
        var mostRead = await db.Articles // not `published` again: its filter would make the lookup by id a scan
            .Where(a => mostReadIds.Contains(a.Id))
            .OrderByDescending(a => a.ViewCount).ThenByDescending(a => a.PublishedAt)
            .ToCardsAsync(time, cancellationToken);

        var sections = await db.Sections.AsNoTracking().OrderBy(s => s.Position).ThenBy(s => s.Id).ToListAsync(cancellationToken);
        var blocks = new List<SectionBlock>(sections.Count);
        foreach (var section in sections)
        {
            var cards = await published.Where(a => a.SectionId == section.Id && a.Id != leadId)
                .NewestFirst().Take(PerSection).ToCardsAsync(time, cancellationToken);
            if (cards.Count > 0)
            {
                blocks.Add(new SectionBlock(section.Name(language), ReaderUrls.Section(language, section.Slug), cards));
            }
        }
        return new HomeView(lead, latest, mostRead, blocks);
    }
}
