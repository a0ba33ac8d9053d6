using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Vestnik.Features.Accounts.Audit;
using Vestnik.Features.Site;

namespace Vestnik.Features.Accounts.TwoFactor;

/// <summary>The second step of signing in for accounts with an authenticator: the password was right, now the code.</summary>
public sealed class LoginTwoFactorModel(SignInManager<AppUser> signIn, AuditLog audit, PageMeta meta) : AccountPageModel(meta)
{
    [BindProperty]
    public string Code { get; set; } = "";

    [BindProperty(SupportsGet = true)]
    public bool RememberMe { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public string? Error { get; private set; }
    public async Task<IActionResult> OnGetAsync()
    {
        Prepare(t => t.TwoFactorTitle);
        return await signIn.GetTwoFactorAuthenticationUserAsync() is null ? RedirectToPage("/Accounts/SignIn/Login") : Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        Prepare(t => t.TwoFactorTitle);
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
            return LocalRedirect(Landing(await signIn.CreateUserPrincipalAsync(user), ReturnUrl));
        }
        await audit.RecordAsync(AuditActions.SignInFailed, result.IsLockedOut ? "authenticator code; locked out" : "authenticator code", user.Id, user.Email ?? "");
        Error = result.IsLockedOut ? Text.LockedOut : Text.CodeInvalid;
        Code = "";
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }
}
