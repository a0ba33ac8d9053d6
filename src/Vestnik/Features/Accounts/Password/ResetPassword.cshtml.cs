using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Vestnik.Features.Accounts.Audit;
using Vestnik.Features.Site;

namespace Vestnik.Features.Accounts.Password;

/// <summary>
/// Sets a new password from an emailed link (a reset or an invitation) and signs its owner in, landing staff in the
/// newsroom: following the link proved the address. An account with two-factor sign-in is only told to sign in, so
/// the link never stands in for the second factor.
/// </summary>
public sealed class ResetPasswordModel(UserManager<AppUser> users, SignInManager<AppUser> signIn, AuditLog audit, PageMeta meta)
    : AccountPageModel(meta)
{
    [BindProperty(SupportsGet = true)]
    public string Email { get; set; } = "";

    [BindProperty(SupportsGet = true)]
    public string Token { get; set; } = "";

    [BindProperty]
    public string NewPassword { get; set; } = "";

    public string? Error { get; private set; }
    public bool Done { get; private set; }
    public void OnGet() => Prepare(t => t.ResetTitle);

    public async Task<IActionResult> OnPostAsync()
    {
        Prepare(t => t.ResetTitle);
        var user = Email.Length is > 0 and <= 256 ? await users.FindByEmailAsync(Email.Trim()) : null;
        if (user is null || Token.Length is 0 or > 4000)
        {
            return Fail(Text.ResetInvalid);
        }
        if ((NewPassword ?? "").Length is < 10 or > 256)
        {
            return Fail(Text.PasswordRejected);
        }
        var result = await users.ResetPasswordAsync(user, AccountLinks.DecodeToken(Token), NewPassword!);
        if (!result.Succeeded)
        {
            return Fail(result.Errors.Any(e => e.Code == nameof(IdentityErrorDescriber.InvalidToken)) ? Text.ResetInvalid : Text.PasswordRejected);
        }
        // Following an emailed link proves the address; a locked account opens again with its new password.
        user.EmailConfirmed = true;
        await users.SetLockoutEndDateAsync(user, null);
        await users.ResetAccessFailedCountAsync(user);
        await audit.RecordAsync(AuditActions.PasswordReset, "", user.Id, user.Email ?? "");
        if (!user.TwoFactorEnabled)
        {
            await signIn.SignInAsync(user, isPersistent: false);
            await audit.RecordAsync(AuditActions.SignIn, "", user.Id, user.Email ?? "");
            return LocalRedirect(Landing(await signIn.CreateUserPrincipalAsync(user), null));
        }
        Done = true;
        return Page();
    }

    private PageResult Fail(string message)
    {
        Error = message;
        NewPassword = "";
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }
}
