using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Vestnik.Data;
using Vestnik.Features.Articles.Model;
using Vestnik.Features.Site;
using Vestnik.Infrastructure.Caching;
using Vestnik.Infrastructure.Localization;
using Vestnik.Infrastructure.Time;

namespace Vestnik.Features.Articles.Listing;

public sealed class AuthorModel(VestnikDbContext db, NewsroomTime time, PageMeta meta) : ListingPageModel(meta)
{
    public Author Author { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken cancellationToken)
    {
        var author = await db.Authors.AsNoTracking().FirstOrDefaultAsync(a => a.Slug == slug, cancellationToken);
        if (author is null)
        {
            return NotFound();
        }
        var path = ReaderUrls.Author(Language, author.Slug);
        var cards = await db.Articles.PublishedIn(Language).Where(a => a.Authors.Any(x => x.AuthorId == author.Id))
            .ToPageAsync(author.PublishedArticlesIn(Language), RequestedPage, time, cancellationToken);
        if (cards is null)
        {
            return NotFound();
        }

        Author = author;
        Listing = new ListingView(author.Name, path, cards, Text);
        Describe(author.Name, string.IsNullOrEmpty(author.Bio) ? $"{Text.ArticlesByAuthor} {author.Name}" : author.Bio, path, cards);
        Meta.OpenGraphType = "profile";
        Meta.ImageUrl = author.PhotoUrl;
        Meta.Alternates.Add((ContentLanguage.Ru, ReaderUrls.Author(ContentLanguage.Ru, author.Slug)));
        Meta.Alternates.Add((ContentLanguage.En, ReaderUrls.Author(ContentLanguage.En, author.Slug)));
        HttpContext.AddCacheTags(CacheTags.Author(author.Id));
        HttpContext.AddCacheTags(ArticleCacheTags.ForCards(cards.Items));
        return Page();
    }
}
