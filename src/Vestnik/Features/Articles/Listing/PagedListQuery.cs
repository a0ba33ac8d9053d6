using Microsoft.EntityFrameworkCore;
using Vestnik.Features.Articles.Model;
using Vestnik.Features.Site;
using Vestnik.Infrastructure.Time;

namespace Vestnik.Features.Articles.Listing;

public static class PagedListQuery
{
    /// <summary>One page of the articles, newest first; <c>null</c> when the page number is out of range.</summary>
    public static async Task<PagedCards?> ToPageAsync(
        this IQueryable<Article> articles, int? requestedPage, NewsroomTime time, CancellationToken cancellationToken)
    {
        var total = await articles.CountAsync(cancellationToken);
        if (PageNumber.Validate(requestedPage, total) is not { } page)
        {
            return null;
        }
        var items = await articles.NewestFirst()
            .Skip((page - 1) * PageNumber.PageSize)
            .Take(PageNumber.PageSize)
            .ToCardsAsync(time, cancellationToken);
        return new PagedCards(items, page, PageNumber.TotalPages(total), total);
    }
}
