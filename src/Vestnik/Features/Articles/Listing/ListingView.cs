using Vestnik.Infrastructure.Localization;

namespace Vestnik.Features.Articles.Listing;

/// <summary>A titled, paged list of articles: what section, tag and author pages show.</summary>
public sealed record ListingView(string Heading, string Path, PagedCards Cards, UiText Text)
{
    public PagerView Pager => new(Path, Cards.Page, Cards.TotalPages, Text);
}
