using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Vestnik.Features.Accounts;
using Vestnik.Features.Site;
using Vestnik.Infrastructure.Localization;

namespace Vestnik.Features.Comments.Readers;

/// <summary>The link from the email to a new address: moves the account to it. Works in any browser, signed in or not.</summary>
public sealed class ConfirmEmailChangeModel(ChangeEmail change, SignInManager<AppUser> signIn, PageMeta meta) : PageModel
{
    public ReadersText Text { get; private set; } = ReadersText.Ru;
    public bool Succeeded { get; private set; }

    public async Task<IActionResult> OnGetAsync(string? userId, string? email, string? code)
    {
        Text = ReadersText.For(ContentLanguageExtensions.FromPath(Request.Path));
        meta.Title = Text.EmailSection;
        meta.NoIndex = true;
        var user = await change.ConfirmAsync(userId, email, code);
        if (user is null)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
        if (signIn.UserManager.GetUserId(User) == user.Id)
        {
            // The change renewed the security stamp, which would otherwise end this session at its next check.
            await signIn.RefreshSignInAsync(user);
        }
        Succeeded = true;
        return Page();
    }
}
