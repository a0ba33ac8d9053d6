namespace Vestnik.Features.Newsroom;

/// <summary>The page of a numbered newsroom list that is shown: a page past either end shows the nearest one.</summary>
public readonly record struct PageWindow(int Page, int Pages, int Skip)
{
    public static PageWindow Of(int total, int requested, int pageSize)
    {
        var pages = Math.Max(1, (total + pageSize - 1) / pageSize);
        var page = Math.Clamp(requested, 1, pages);
        return new PageWindow(page, pages, (page - 1) * pageSize);
    }
}

/// <summary>What <c>_NewsroomPager</c> draws: where the list is and the address of any of its pages.</summary>
public sealed record NewsroomPager(int Page, int Pages, Func<int, string> UrlOf);
