using Microsoft.EntityFrameworkCore;
using Vestnik.Data;
using Vestnik.Features.Accounts.Audit;

namespace Vestnik.Features.Newsroom.AuditPage;

/// <param name="Text">Words in the account name or the subject (an article's title, an address, a role list).</param>
/// <param name="Before">Show entries older than this id: the next page back.</param>
/// <param name="After">Show entries newer than this id: the page before, towards the present.</param>
public sealed record AuditFilter(string? Action, string? Text, long? Before = null, long? After = null);

/// <param name="Older">The id to page back from, when older entries match.</param>
/// <param name="Newer">The id to page forward from, when newer entries match.</param>
public sealed record AuditPageResult(IReadOnlyList<AuditEntry> Entries, long? Older, long? Newer);

/// <summary>
/// One page of the audit log, newest first. The log only grows and is read from its newest end, so it pages by id
/// (keyset) rather than by number: a page costs the same at the millionth entry, and entries written meanwhile do
/// not shift what the next page shows.
/// </summary>
public sealed class AuditEntriesQuery(VestnikDbContext db)
{
    public const int PageSize = 100;
    public const int MaxTextLength = 256;

    public async Task<AuditPageResult> LoadAsync(AuditFilter filter, CancellationToken cancellationToken)
    {
        var matching = db.Set<AuditEntry>().AsNoTracking();
        if (!string.IsNullOrWhiteSpace(filter.Action))
        {
            matching = matching.Where(e => e.Action == filter.Action);
        }
        if (filter.Text?.Trim() is { Length: > 0 and <= MaxTextLength } text)
        {
            matching = matching.WhereContains(text, e => e.UserName, e => e.Subject);
        }
        if (filter.After is { } after)
        {
            // Towards the present: the PageSize entries just above the cursor, shown newest first like every page.
            var newer = await matching.Where(e => e.Id > after).OrderBy(e => e.Id).Take(PageSize + 1).ToListAsync(cancellationToken);
            var shown = newer.Take(PageSize).Reverse().ToList();
            return new AuditPageResult(shown, shown.Count > 0 ? shown[^1].Id : null, newer.Count > PageSize ? shown[0].Id : null);
        }
        var page = filter.Before is { } before ? matching.Where(e => e.Id < before) : matching;
        var older = await page.OrderByDescending(e => e.Id).Take(PageSize + 1).ToListAsync(cancellationToken);
        var entries = older.Take(PageSize).ToList();
        return new AuditPageResult(
            entries,
            older.Count > PageSize ? entries[^1].Id : null,
            filter.Before is not null && entries.Count > 0 ? entries[0].Id : null);
    }
}
