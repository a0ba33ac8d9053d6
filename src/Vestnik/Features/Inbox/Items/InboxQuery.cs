using Microsoft.EntityFrameworkCore;
using Vestnik.Data;
using Vestnik.Features.Inbox.Model;
using Vestnik.Infrastructure.Time;

namespace Vestnik.Features.Inbox.Items;

/// <summary>What the foreign desk filters the inbox by.</summary>
public sealed record InboxFilter(string? Outlet, string? Language, string? Keyword, DateOnly? From, DateOnly? To, string? Show, int Page)
{
    public const int MaxKeywordLength = 200;
    public bool ShowAll => Show == "all";
    public bool ShowIgnored => Show == "ignored";
}

public sealed record InboxItemView(
    int Id, string OutletName, string Title, string Summary, string Link, string Language, string? Author,
    DateTimeOffset SortAt, bool HasDate, InboxItemState State, int? ArticleId);

/// <summary>One story: its newest item first, then the same story from other outlets.</summary>
public sealed record StoryView(IReadOnlyList<InboxItemView> Items)
{
    public InboxItemView Lead => Items[0];
    public IEnumerable<InboxItemView> Related => Items.Skip(1);
}

public sealed record InboxView(IReadOnlyList<StoryView> Stories, IReadOnlyList<string> Outlets, IReadOnlyList<string> Languages, bool HasNextPage);

/// <summary>The inbox: newest first, filtered, grouped by story.</summary>
public sealed class InboxQuery(VestnikDbContext db, NewsroomTime time)
{
    public const int PageSize = 60;

    public async Task<InboxView> HandleAsync(InboxFilter filter, CancellationToken ct)
    {
        var items = db.Set<InboxItem>().AsNoTracking();
        items = filter.ShowIgnored ? items.Where(i => i.State == InboxItemState.Ignored)
            : filter.ShowAll ? items.Where(i => i.State != InboxItemState.Ignored)
            : items.Where(i => i.State == InboxItemState.New);
        if (!string.IsNullOrWhiteSpace(filter.Outlet))
        {
            items = items.Where(i => i.OutletName == filter.Outlet);
        }
        if (!string.IsNullOrWhiteSpace(filter.Language))
        {
            items = items.Where(i => i.Language == filter.Language);
        }
        if (!string.IsNullOrWhiteSpace(filter.Keyword))
        {
            items = items.WhereContains(filter.Keyword.Trim(), i => i.Title, i => i.Summary);
        }
        if (filter.From is { } from)
        {
            var start = StartOfDay(from);
            items = items.Where(i => i.SortAt >= start);
        }
        if (filter.To is { } to)
        {
            var end = StartOfDay(to.AddDays(1));
            items = items.Where(i => i.SortAt < end);
        }
        var page = Math.Max(1, filter.Page);
        var rows = await items.OrderByDescending(i => i.SortAt).ThenByDescending(i => i.Id)
            .Skip((page - 1) * PageSize).Take(PageSize + 1)
            .Select(i => new { View = new InboxItemView(i.Id, i.OutletName, i.Title, i.Summary, i.Link, i.Language, i.Author, i.SortAt, i.PublishedAt != null, i.State, i.ArticleId), i.ClusterId })
            .ToListAsync(ct);
        var stories = rows.Take(PageSize)
            .GroupBy(r => r.ClusterId ?? -r.View.Id)
            .Select(g => new StoryView(g.Select(r => r.View).ToList()))
            .ToList();
        var outlets = await db.Set<FeedSubscription>().AsNoTracking().Select(s => s.OutletName).Distinct().OrderBy(n => n).ToListAsync(ct);
        var languages = await db.Set<InboxItem>().AsNoTracking().Where(i => i.Language != "").Select(i => i.Language).Distinct().OrderBy(l => l).ToListAsync(ct);
        return new InboxView(stories, outlets, languages, rows.Count > PageSize);
    }

    private DateTimeOffset StartOfDay(DateOnly day)
    {
        var local = day.ToDateTime(TimeOnly.MinValue);
        return new DateTimeOffset(local, time.Zone.GetUtcOffset(local)).ToUniversalTime();
    }
}
