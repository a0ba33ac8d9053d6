using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Vestnik.Data;
using Vestnik.Features.Site;
using Vestnik.Infrastructure.Caching;
using Vestnik.Infrastructure.Localization;
using Vestnik.Infrastructure.Time;

namespace Vestnik.Features.Articles.Listing;

public sealed class TagModel(VestnikDbContext db, NewsroomTime time, PageMeta meta) : ListingPageModel(meta)
{
    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken cancellationToken)
    {
        var tag = await db.Tags.AsNoTracking().FirstOrDefaultAsync(t => t.Slug == slug, cancellationToken);
        if (tag is null)
        {
            return NotFound();
        }
        var path = ReaderUrls.Tag(tag.Language, tag.Slug);
        if (tag.Language != Language)
        {
            return RedirectPermanent(path);
        }
        var cards = await db.Articles.PublishedIn(Language).Where(a => a.Tags.Any(t => t.Id == tag.Id))
            .ToPageAsync(tag.PublishedArticles, RequestedPage, time, cancellationToken);
        if (cards is null)
        {
            return NotFound();
        }

        Listing = new ListingView(tag.Name, path, cards, Text);
        Describe($"{Text.Tag}: {tag.Name}", Language == ContentLanguage.En ? $"Articles tagged {tag.Name}." : $"Материалы по теме «{tag.Name}».", path, cards);
        HttpContext.AddCacheTags(CacheTags.Tag(tag.Id));
        HttpContext.AddCacheTags(ArticleCacheTags.ForCards(cards.Items));
        return Page();
    }
}
