using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Vestnik.Features.Accounts.Authorization;
using Vestnik.Features.Site;
using Vestnik.Infrastructure.Localization;
using Vestnik.Infrastructure.Text;

namespace Vestnik.Features.SystemStatus;

[Authorize(Policy = StaffPolicies.ViewSystemStatus)]
public sealed class SystemModel(SystemStatusQuery query, PageMeta meta) : PageModel
{
    public SystemStatusView Status { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        meta.Title = "Система";
        meta.NoIndex = true;
        Status = await query.GetAsync(cancellationToken);
    }

    public static string Size(long? bytes) => ByteSize.Format(bytes, ContentLanguage.Ru);
}
