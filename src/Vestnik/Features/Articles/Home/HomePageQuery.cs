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
/// The front page: the lead story, the latest news, what is read most this week, and a block per section. The front
/// page is the most requested page of the site, so it runs few statements, all compiled: the lead, the latest and the
/// section blocks are all the newest published articles of the language, read together in one statement.
/// </summary>
public sealed class HomePageQuery(VestnikDbContext db, NewsroomTime time, TimeProvider clock)
{
    public const int LatestCount = 10;
    public const int MostReadCount = 5;
    public const int PerSection = 4;
    private const int LeadCandidates = 30;

    /// <summary>
    /// How many of the newest articles are read for the lead, the latest and the section blocks: enough that every
    /// section of a newsroom publishing across a handful of them has its block among them. A section with fewer than
    /// <see cref="PerSection"/> there has older articles only, and its block is read on its own.
    /// </summary>
    public const int Newest = 60;

    private static readonly TimeSpan MostReadWindow = TimeSpan.FromDays(7);

    public async Task<HomeView> HandleAsync(ContentLanguage language, CancellationToken cancellationToken)
    {
        var newest = await NewestArticles.For(db)(db, language).ToListAsync(cancellationToken);
        // The lead is the newest story with a picture: the top of a front page is never a bare headline. Only recent
        // stories are considered, so a site without pictures does not scan its whole archive for one.
        var leadRow = newest.Take(LeadCandidates).FirstOrDefault(r => r.ImageUrl is not null);
        var leadId = leadRow?.Id ?? 0;
        var rest = newest.Where(r => r.Id != leadId).ToList();
        // Fewer rows than asked for: these are all the language's published articles, so no section has older ones.
        var holdsAll = newest.Count < Newest;

        var latest = ArticleCardQuery.ToCards(rest.Take(LatestCount).ToList(), time);
        var mostRead = ArticleCardQuery.ToCards(
            await MostRead.For(db)(db, language, clock.GetUtcNow() - MostReadWindow).ToListAsync(cancellationToken), time);

        var sections = await Sections.For(db)(db).ToListAsync(cancellationToken);
        var blocks = new List<SectionBlock>(sections.Count);
        foreach (var section in sections)
        {
            var rows = rest.Where(r => r.SectionSlug == section.Slug).Take(PerSection).ToList();
            if (rows.Count < PerSection && !holdsAll)
            {
                rows = await SectionLatest.For(db)(db, language, section.Id, leadId).ToListAsync(cancellationToken);
            }
            if (rows.Count > 0)
            {
                blocks.Add(new SectionBlock(section.Name(language), ReaderUrls.Section(language, section.Slug), ArticleCardQuery.ToCards(rows, time)));
            }
        }
        var lead = leadRow is null ? null : ArticleCardQuery.ToCards([leadRow], time)[0];
        return new HomeView(lead, latest, mostRead, blocks);
    }

    private static readonly CompiledPerModel<Func<VestnikDbContext, ContentLanguage, IAsyncEnumerable<ArticleCardRow>>> NewestArticles = new(() =>
        EF.CompileAsyncQuery((VestnikDbContext db, ContentLanguage language) => db.Articles
            .Where(a => a.Status == ArticleStatus.Published && a.Language == language)
            .OrderByDescending(a => a.PublishedAt).ThenByDescending(a => a.Id)
            .Take(Newest)
            .Select(ArticleCardQuery.Row)));

    private static readonly CompiledPerModel<Func<VestnikDbContext, IAsyncEnumerable<Section>>> Sections = new(() =>
        EF.CompileAsyncQuery((VestnikDbContext db) => db.Sections.OrderBy(s => s.Position).ThenBy(s => s.Id).AsNoTracking()));

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
