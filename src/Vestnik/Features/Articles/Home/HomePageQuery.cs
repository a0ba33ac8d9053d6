using Microsoft.EntityFrameworkCore;
using Vestnik.Data;
using Vestnik.Features.Articles.Model;
using Vestnik.Features.Site;
using Vestnik.Infrastructure.Localization;
using Vestnik.Infrastructure.Time;

namespace Vestnik.Features.Articles.Home;

public sealed record SectionBlock(string Name, string Url, IReadOnlyList<ArticleCard> Articles);

public sealed record HomeView(ArticleCard? Lead, IReadOnlyList<ArticleCard> Latest, IReadOnlyList<ArticleCard> MostRead, IReadOnlyList<SectionBlock> Sections);

/// <summary>
/// The front page: the lead story, the latest news, what is read most this week, and a block per section. Its queries
/// are compiled: the front page is the most requested page of the site.
/// </summary>
public sealed class HomePageQuery(VestnikDbContext db, NewsroomTime time, TimeProvider clock)
{
    public const int LatestCount = 10;
    public const int MostReadCount = 5;
    public const int PerSection = 4;
    private const int LeadCandidates = 30;
    private static readonly TimeSpan MostReadWindow = TimeSpan.FromDays(7);

    public async Task<HomeView> HandleAsync(ContentLanguage language, CancellationToken cancellationToken)
    {
        var lead = (await Cards(LeadStory.For(db)(db, language), cancellationToken)).FirstOrDefault();
        var leadId = lead?.Id ?? 0;
        var latest = await Cards(Latest.For(db)(db, language, leadId), cancellationToken);
        var mostRead = await Cards(MostRead.For(db)(db, language, clock.GetUtcNow() - MostReadWindow), cancellationToken);

        var sections = await db.Sections.AsNoTracking().OrderBy(s => s.Position).ThenBy(s => s.Id).ToListAsync(cancellationToken);
        var blocks = new List<SectionBlock>(sections.Count);
        foreach (var section in sections)
        {
            var cards = await Cards(SectionLatest.For(db)(db, language, section.Id, leadId), cancellationToken);
            if (cards.Count > 0)
            {
                blocks.Add(new SectionBlock(section.Name(language), ReaderUrls.Section(language, section.Slug), cards));
            }
        }
        return new HomeView(lead, latest, mostRead, blocks);
    }

    private async Task<List<ArticleCard>> Cards(IAsyncEnumerable<ArticleCardRow> rows, CancellationToken cancellationToken) =>
        ArticleCardQuery.ToCards(await rows.ToListAsync(cancellationToken), time);

    // The lead is the newest story with a picture: the top of a front page is never a bare headline. Only recent
    // stories are considered, so a site without pictures does not scan its whole archive for one.
    private static readonly CompiledPerModel<Func<VestnikDbContext, ContentLanguage, IAsyncEnumerable<ArticleCardRow>>> LeadStory = new(() =>
        EF.CompileAsyncQuery((VestnikDbContext db, ContentLanguage language) => db.Articles
            .Where(a => a.Status == ArticleStatus.Published && a.Language == language)
            .OrderByDescending(a => a.PublishedAt).ThenByDescending(a => a.Id)
            .Take(LeadCandidates)
            .Where(a => a.LeadImage != null)
            .OrderByDescending(a => a.PublishedAt).ThenByDescending(a => a.Id)
            .Take(1)
            .Select(ArticleCardQuery.Row)));

    private static readonly CompiledPerModel<Func<VestnikDbContext, ContentLanguage, int, IAsyncEnumerable<ArticleCardRow>>> Latest = new(() =>
        EF.CompileAsyncQuery((VestnikDbContext db, ContentLanguage language, int leadId) => db.Articles
            .Where(a => a.Status == ArticleStatus.Published && a.Language == language && a.Id != leadId)
            .OrderByDescending(a => a.PublishedAt).ThenByDescending(a => a.Id)
            .Take(LatestCount)
            .Select(ArticleCardQuery.Row)));

    // The week is ranked in the index (views are its last column) and only the chosen few rows are read: ranking the
    // cards themselves would read every article row of the week. The outer query looks the few up by id alone: the
    // published-in-language filter there would make that lookup a scan.
    private static readonly CompiledPerModel<Func<VestnikDbContext, ContentLanguage, DateTimeOffset, IAsyncEnumerable<ArticleCardRow>>> MostRead = new(() =>
        EF.CompileAsyncQuery((VestnikDbContext db, ContentLanguage language, DateTimeOffset since) => db.Articles
            .Where(a => db.Articles
                .Where(r => r.Status == ArticleStatus.Published && r.Language == language && r.PublishedAt >= since && r.ViewCount > 0)
                .OrderByDescending(r => r.ViewCount).ThenByDescending(r => r.PublishedAt)
                .Take(MostReadCount)
                .Select(r => r.Id)
                .Contains(a.Id))
            .OrderByDescending(a => a.ViewCount).ThenByDescending(a => a.PublishedAt)
            .Select(ArticleCardQuery.Row)));

    private static readonly CompiledPerModel<Func<VestnikDbContext, ContentLanguage, int, int, IAsyncEnumerable<ArticleCardRow>>> SectionLatest = new(() =>
        EF.CompileAsyncQuery((VestnikDbContext db, ContentLanguage language, int sectionId, int leadId) => db.Articles
            .Where(a => a.Status == ArticleStatus.Published && a.Language == language && a.SectionId == sectionId && a.Id != leadId)
            .OrderByDescending(a => a.PublishedAt).ThenByDescending(a => a.Id)
            .Take(PerSection)
            .Select(ArticleCardQuery.Row)));
}
