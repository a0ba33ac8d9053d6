using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Vestnik.Features.Accounts.Audit;
using Vestnik.Infrastructure.Web;

namespace Vestnik.Features.Accounts.SignIn;

/// <summary>
/// Signing out is a POST with an antiforgery token, so no link on another site can sign a user out. It lands on the
/// local address the form names (the reader site's home in the page's language), else on the Russian home.
/// </summary>
public sealed class LogoutModel(SignInManager<AppUser> signIn, AuditLog audit) : PageModel
{
    public IActionResult OnGet() => Redirect("/");

    public async Task<IActionResult> OnPostAsync(string? returnUrl)
    {
        if (User.Identity?.IsAuthenticated == true)
        {
            await audit.RecordAsync(AuditActions.SignOut, "", signIn.UserManager.GetUserId(User), User.Identity.Name ?? "");
        }
        await signIn.SignOutAsync();
        return LocalRedirect(SafeReturnUrl.LocalOr(returnUrl, "/"));
    }
}
