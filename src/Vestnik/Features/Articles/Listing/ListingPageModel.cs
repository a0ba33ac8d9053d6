using System.Globalization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Vestnik.Features.Site;
using Vestnik.Infrastructure.Caching;
using Vestnik.Infrastructure.Localization;

namespace Vestnik.Features.Articles.Listing;

/// <summary>What section, tag and author pages share: the reader's language, paging and the page's head.</summary>
[CacheVaryByQuery("page")]
public abstract class ListingPageModel(PageMeta meta) : PageModel
{
    /// <summary>
    /// Page number from <c>?page=</c>; a value that is not a number means page 1. (Read by hand: Razor Pages
    /// keeps its own "page" route value, which model binding would pick up instead.)
    /// </summary>
    protected int? RequestedPage =>
        int.TryParse(Request.Query["page"], NumberStyles.Integer, CultureInfo.InvariantCulture, out var page) ? page : null;

    public ListingView Listing { get; protected set; } = null!;

    protected ContentLanguage Language => ContentLanguageExtensions.FromPath(Request.Path);

    protected UiText Text => UiText.For(Language);

    protected PageMeta Meta => meta;

    /// <summary>Fills the head for a listing; pages after the first carry their number so titles stay distinct.</summary>
    protected void Describe(string title, string description, string path, PagedCards cards)
    {
        meta.Title = cards.Page > 1 ? $"{title} — {Text.Page} {cards.Page}" : title;
        meta.Description = description;
        meta.CanonicalPath = ReaderUrls.Paged(path, cards.Page);
    }
}
