using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Vestnik.Features.Accounts.Audit;
using Vestnik.Features.Site;
using Vestnik.Infrastructure.Localization;

namespace Vestnik.Features.Accounts.TwoFactor;

/// <summary>The second step of signing in for accounts with an authenticator: the password was right, now the code.</summary>
public sealed class LoginTwoFactorModel(SignInManager<AppUser> signIn, AuditLog audit, PageMeta meta) : PageModel
{
    [BindProperty]
    public string Code { get; set; } = "";

    [BindProperty(SupportsGet = true)]
    public bool RememberMe { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public string? Error { get; private set; }
    public AccountText Text { get; private set; } = AccountText.Ru;

    public async Task<IActionResult> OnGetAsync()
    {
        Prepare();
        return await signIn.GetTwoFactorAuthenticationUserAsync() is null ? RedirectToPage("/Accounts/SignIn/Login") : Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        Prepare();
        var user = await signIn.GetTwoFactorAuthenticationUserAsync();
        if (user is null)
        {
            return RedirectToPage("/Accounts/SignIn/Login");
        }
        var code = new string((Code ?? "").Where(char.IsAsciiDigit).ToArray());
        var result = code.Length == 6
            ? await signIn.TwoFactorAuthenticatorSignInAsync(code, RememberMe, rememberClient: false)
            : Microsoft.AspNetCore.Identity.SignInResult.Failed;
        if (result.Succeeded)
        {
            await audit.RecordAsync(AuditActions.SignIn, "with authenticator code", user.Id, user.Email ?? "");
            return LocalRedirect(!string.IsNullOrEmpty(ReturnUrl) && Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/");
        }
        await audit.RecordAsync(AuditActions.SignInFailed, result.IsLockedOut ? "authenticator code; locked out" : "authenticator code", user.Id, user.Email ?? "");
        Error = result.IsLockedOut ? Text.LockedOut : Text.CodeInvalid;
        Code = "";
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }

    private void Prepare()
    {
        Text = AccountText.For(ContentLanguageExtensions.FromPath(Request.Path));
        meta.Title = Text.TwoFactorTitle;
        meta.NoIndex = true;
    }
}
