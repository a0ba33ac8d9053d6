using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Vestnik.Data;
using Vestnik.Features.Accounts.Audit;
using Vestnik.Features.Accounts.Authorization;
using Vestnik.Features.Site;
using Vestnik.Infrastructure.Time;

namespace Vestnik.Features.Newsroom.AuditPage;

/// <summary>The audit log for admins, newest first, filterable by action and by account.</summary>
[Authorize(Policy = StaffPolicies.ManageStaff)]
public sealed class AuditModel(VestnikDbContext db, NewsroomTime time, PageMeta meta) : PageModel
{
    public const int PageSize = 100;

    public IReadOnlyList<AuditEntry> Entries { get; private set; } = [];
    public NewsroomText Text { get; private set; } = NewsroomText.Ru;
    public NewsroomTime Time => time;

    public async Task OnGetAsync(string? action, string? user, long? before, CancellationToken cancellationToken)
    {
        Text = NewsroomLanguage.Text(HttpContext);
        var query = db.Set<AuditEntry>().AsNoTracking();
        if (!string.IsNullOrWhiteSpace(action))
        {
            query = query.Where(e => e.Action == action);
        }
        if (!string.IsNullOrWhiteSpace(user))
        {
            query = query.Where(e => e.UserName.Contains(user.Trim()));
        }
        if (before is not null)
        {
            query = query.Where(e => e.Id < before);
        }
        Entries = await query.OrderByDescending(e => e.Id).Take(PageSize).ToListAsync(cancellationToken);
        meta.Title = Text.Audit;
        meta.NoIndex = true;
    }
}
