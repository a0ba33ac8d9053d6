using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Vestnik.Features.Accounts.Authorization;
using Vestnik.Features.Newsroom;
using Vestnik.Features.Site;
using Vestnik.Infrastructure.Localization;
using Vestnik.Infrastructure.Time;

namespace Vestnik.Features.SystemStatus;

[Authorize(Policy = StaffPolicies.ViewSystemStatus)]
public sealed class SystemModel(SystemStatusQuery query, NewsroomTime time, PageMeta meta) : PageModel
{
    public SystemStatusView Status { get; private set; } = null!;
    public SystemText Text { get; private set; } = SystemText.Ru;
    public ContentLanguage Language { get; private set; }
    public NewsroomTime Time => time;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Language = NewsroomLanguage.Of(HttpContext);
        Text = SystemText.For(Language);
        meta.Title = Text.Title;
        meta.NoIndex = true;
        Status = await query.GetAsync(Language, cancellationToken);
    }
}
