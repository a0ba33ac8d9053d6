using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Vestnik.Features.Accounts.Authorization;
using Vestnik.Features.Site;
using Vestnik.Infrastructure.Time;

namespace Vestnik.Features.Newsroom.AuditPage;

/// <summary>The audit log for admins, newest first, filtered by action and by words in the account or subject.</summary>
[Authorize(Policy = StaffPolicies.ManageStaff)]
public sealed class AuditModel(AuditEntriesQuery query, NewsroomTime time, PageMeta meta) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "action")]
    public string? Action { get; set; }

    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Query { get; set; }

    public AuditPageResult Result { get; private set; } = new([], null, null);
    public NewsroomText Text { get; private set; } = NewsroomText.Ru;
    public string? Error { get; private set; }
    public NewsroomTime Time => time;

    public async Task<IActionResult> OnGetAsync(long? before, long? after, CancellationToken cancellationToken)
    {
        Text = NewsroomLanguage.Text(HttpContext);
        meta.Title = Text.Audit;
        meta.NoIndex = true;
        if (Query?.Length > AuditEntriesQuery.MaxTextLength)
        {
            Error = Text.TooLong;
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
        Result = await query.LoadAsync(new AuditFilter(Action, Query, before, after), cancellationToken);
        return Page();
    }

    public string PageUrl(long? before, long? after) =>
        Url.Page("/Newsroom/AuditPage/Audit", new { action = Blank(Action), q = Blank(Query), before, after })!;

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
