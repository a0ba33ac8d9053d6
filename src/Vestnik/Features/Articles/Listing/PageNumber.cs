namespace Vestnik.Features.Articles.Listing;

/// <summary>One page of a paged list and whether pages exist around it.</summary>
public sealed record PagedCards(IReadOnlyList<ArticleCard> Items, int Page, int TotalPages, int TotalCount)
{
    public bool HasPrevious => Page > 1;
    public bool HasNext => Page < TotalPages;
}

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
        var totalPages = Math.Max(1, (int)Math.Ceiling(totalCount / (double)PageSize));
        return page < 1 || page > totalPages ? null : page;
    }

    public static int TotalPages(int totalCount) => Math.Max(1, (int)Math.Ceiling(totalCount / (double)PageSize));
}
