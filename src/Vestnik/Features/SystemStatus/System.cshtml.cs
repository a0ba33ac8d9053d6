using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Vestnik.Features.Accounts.Authorization;
using Vestnik.Features.Site;

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

    public static string Size(long? bytes) => bytes switch
    {
        null => "—",
        < 1024 * 1024 => $"{bytes / 1024.0:0.#} КБ",
        < 1024L * 1024 * 1024 => $"{bytes / 1048576.0:0.#} МБ",
        _ => $"{bytes / 1073741824.0:0.##} ГБ",
    };
}
