using Vestnik.Features.Site;
namespace Vestnik.Features.Articles.Listing;

/// <summary>One page of a paged list, with the numbers the pager needs.</summary>
public sealed record PagedCards(IReadOnlyList<ArticleCard> Items, int Page, int TotalPages, int TotalCount);

public static class PageNumber
{
    public const int PageSize = 12;

    /// <summary>
    /// Validates a requested page: absent or unparsable means the first page; zero, negative or past the end
    /// is <c>null</c>, which the page answers with 404.
    /// </summary>
    public static int? Validate(int? requested, int totalCount)
    {
        var page = requested ?? 1;
        return page < 1 || page > TotalPages(totalCount) ? null : page;
    }

    public static int TotalPages(int totalCount) => Math.Max(1, (int)Math.Ceiling(totalCount / (double)PageSize));
}
