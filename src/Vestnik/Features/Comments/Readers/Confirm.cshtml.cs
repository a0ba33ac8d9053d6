using System.Text;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.WebUtilities;
using Vestnik.Features.Accounts;
using Vestnik.Features.Site;
using Vestnik.Infrastructure.Localization;
using Vestnik.Infrastructure.Web;

namespace Vestnik.Features.Comments.Readers;

/// <summary>The link from the registration email: confirms the address and signs the reader in.</summary>
public sealed class ConfirmModel(UserManager<AppUser> users, SignInManager<AppUser> signIn, PageMeta meta) : PageModel
{
    public ReadersText Text { get; private set; } = ReadersText.Ru;
    public bool Succeeded { get; private set; }

    public async Task<IActionResult> OnGetAsync(string? userId, string? code, string? returnUrl)
    {
        Text = ReadersText.For(ContentLanguageExtensions.FromPath(Request.Path));
        meta.Title = Text.RegisterTitle;
        meta.NoIndex = true;
        var user = userId is null || userId.Length > 100 ? null : await users.FindByIdAsync(userId);
        if (user is null || string.IsNullOrEmpty(code) || code.Length > 2000)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
        string token;
        try
        {
            token = Encoding.UTF8.GetString(WebEncoders.Base64UrlDecode(code));
        }
        catch (FormatException)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
        var result = await users.ConfirmEmailAsync(user, token);
        if (!result.Succeeded)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
        await signIn.SignInAsync(user, isPersistent: true);
        if (SafeReturnUrl.Local(returnUrl) is { } back)
        {
            TempData[Threads.CommentsViewComponent.FlashKey] = Text.Confirmed;
            return LocalRedirect(back);
        }
        Succeeded = true;
        return Page();
    }
}
