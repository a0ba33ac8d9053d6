using System.Text;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Vestnik.Data;
using Vestnik.Features.Accounts.Authorization;
using Vestnik.Features.Inbox.Model;

namespace Vestnik.Features.Inbox.Sources;

/// <summary>OPML export of the subscription list (import is a form on the sources page).</summary>
[Authorize(Policy = StaffPolicies.ReadForeignPress)]
public sealed class OpmlTransferModel(VestnikDbContext db, TimeProvider clock) : PageModel
{
    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var subscriptions = await db.Set<FeedSubscription>().AsNoTracking().OrderBy(s => s.OutletName).ToListAsync(ct);
        var opml = Opml.Export(subscriptions, clock.GetUtcNow());
        return File(Encoding.UTF8.GetBytes(opml), "text/x-opml; charset=utf-8", "vestnik-subscriptions.opml");
    }
}
