using Microsoft.EntityFrameworkCore;
using Vestnik.Data;
using Vestnik.Features.Accounts.Audit;

namespace Vestnik.Features.Newsroom.AuditPage;

public sealed record AuditFilter(string? Action, string? User, long? Before);

/// <summary>One page of the audit log, newest first, filtered by action and by account name.</summary>
public sealed class AuditEntriesQuery(VestnikDbContext db)
{
    public const int PageSize = 100;

    public async Task<IReadOnlyList<AuditEntry>> LoadAsync(AuditFilter filter, CancellationToken cancellationToken)
    {
        var query = db.Set<AuditEntry>().AsNoTracking();
        if (!string.IsNullOrWhiteSpace(filter.Action))
        {
            query = query.Where(e => e.Action == filter.Action);
        }
        if (!string.IsNullOrWhiteSpace(filter.User))
        {
            var user = filter.User.Trim();
            query = query.Where(e => e.UserName.Contains(user));
        }
        if (filter.Before is { } before)
        {
            query = query.Where(e => e.Id < before);
        }
        return await query.OrderByDescending(e => e.Id).Take(PageSize).ToListAsync(cancellationToken);
    }
}
