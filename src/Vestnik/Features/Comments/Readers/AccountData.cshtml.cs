using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Vestnik.Features.Accounts;

namespace Vestnik.Features.Comments.Readers;

/// <summary>"Download my data": the signed-in reader's own data as a JSON file; nobody can ask for another's.</summary>
[Authorize]
public sealed class AccountDataModel(ReaderDataExport export, UserManager<AppUser> users) : PageModel
{
    public const string FileName = "my-data.json";

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var data = await export.HandleAsync(users.GetUserId(User)!, cancellationToken);
        if (data is null)
        {
            return NotFound();
        }
        Response.Headers.CacheControl = "no-store";
        return File(data, "application/json", FileName);
    }
}
