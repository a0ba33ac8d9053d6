using Microsoft.EntityFrameworkCore;
using Vestnik.Features.Articles.Model;
using Vestnik.Features.Site;
using Vestnik.Infrastructure.Time;

namespace Vestnik.Features.Articles.Listing;

public static class PagedListQuery
{
    /// <summary>One page of the articles, newest first; <c>null</c> when the page number is out of range.</summary>
    public static async Task<PagedCards?> ToPageAsync(
        this IQueryable<Article> articles, int? requestedPage, NewsroomTime time, CancellationToken cancellationToken) =>
        await articles.ToPageAsync(await articles.CountAsync(cancellationToken), requestedPage, time, cancellationToken);

    /// <summary>
    /// One page of the articles when their number is already known (a stored count), so the archive is not counted.
    /// </summary>
    public static async Task<PagedCards?> ToPageAsync(
        this IQueryable<Article> articles, int total, int? requestedPage, NewsroomTime time, CancellationToken cancellationToken)
    {
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
