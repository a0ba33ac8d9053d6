using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Vestnik.Data;
using Vestnik.Features.Site;
using Vestnik.Infrastructure.Caching;
using Vestnik.Infrastructure.Localization;
using Vestnik.Infrastructure.Time;

namespace Vestnik.Features.Articles.Listing;

public sealed class SectionModel(VestnikDbContext db, NewsroomTime time, PageMeta meta) : ListingPageModel(meta)
{
    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken cancellationToken)
    {
        var section = await db.Sections.AsNoTracking().FirstOrDefaultAsync(s => s.Slug == slug, cancellationToken);
        if (section is null)
        {
            return NotFound();
        }
        var path = ReaderUrls.Section(Language, section.Slug);
        var cards = await db.Articles.PublishedIn(Language).Where(a => a.SectionId == section.Id)
            .ToPageAsync(RequestedPage, time, cancellationToken);
        if (cards is null)
        {
            return NotFound();
        }

        var name = section.Name(Language);
        Listing = new ListingView(name, path, cards, Text);
        Describe(name, Language == ContentLanguage.En ? $"{name}: latest news and analysis." : $"{name}: последние новости и аналитика.", path, cards);
        Meta.Alternates.Add((ContentLanguage.Ru, ReaderUrls.Section(ContentLanguage.Ru, section.Slug)));
        Meta.Alternates.Add((ContentLanguage.En, ReaderUrls.Section(ContentLanguage.En, section.Slug)));
        HttpContext.AddCacheTags(CacheTags.Section(section.Id));
        HttpContext.AddCacheTags(ArticleCacheTags.ForCards(cards.Items));
        return Page();
    }
}
