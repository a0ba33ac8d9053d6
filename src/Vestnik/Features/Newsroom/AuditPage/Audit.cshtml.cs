using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Vestnik.Features.Accounts.Audit;
using Vestnik.Features.Accounts.Authorization;
using Vestnik.Features.Site;
using Vestnik.Infrastructure.Time;

namespace Vestnik.Features.Newsroom.AuditPage;

/// <summary>The audit log for admins, newest first, filterable by action and by account.</summary>
[Authorize(Policy = StaffPolicies.ManageStaff)]
public sealed class AuditModel(AuditEntriesQuery query, NewsroomTime time, PageMeta meta) : PageModel
{
    public IReadOnlyList<AuditEntry> Entries { get; private set; } = [];
    public NewsroomText Text { get; private set; } = NewsroomText.Ru;
    public NewsroomTime Time => time;

    public async Task OnGetAsync(string? action, string? user, long? before, CancellationToken cancellationToken)
    {
        Text = NewsroomLanguage.Text(HttpContext);
        Entries = await query.LoadAsync(new AuditFilter(action, user, before), cancellationToken);
        meta.Title = Text.Audit;
        meta.NoIndex = true;
    }
}
