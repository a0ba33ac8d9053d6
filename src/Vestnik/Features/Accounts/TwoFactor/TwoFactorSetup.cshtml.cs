using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;
using Vestnik.Features.Accounts.Audit;
using Vestnik.Features.Site;
using Vestnik.Infrastructure;
using Vestnik.Infrastructure.Localization;

namespace Vestnik.Features.Accounts.TwoFactor;

/// <summary>Turns TOTP two-factor sign-in on (after proving the app shows the right code) or off, for the signed-in account.</summary>
[Authorize]
public sealed class TwoFactorSetupModel(UserManager<AppUser> users, SignInManager<AppUser> signIn, AuditLog audit,
    IOptions<VestnikOptions> options, PageMeta meta) : PageModel
{
    [BindProperty]
    public string Code { get; set; } = "";

    public bool Enabled { get; private set; }
    public string Key { get; private set; } = "";
    public string AuthenticatorUri { get; private set; } = "";
    public string? Error { get; private set; }
    public AccountText Text { get; private set; } = AccountText.Ru;

    public async Task<IActionResult> OnGetAsync() => await ShowAsync(StatusCodes.Status200OK);

    public async Task<IActionResult> OnPostEnableAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }
        var code = new string((Code ?? "").Where(char.IsAsciiDigit).ToArray());
        if (code.Length != 6 || !await users.VerifyTwoFactorTokenAsync(user, users.Options.Tokens.AuthenticatorTokenProvider, code))
        {
            Error = AccountText.For(ContentLanguageExtensions.FromPath(Request.Path)).CodeInvalid;
            return await ShowAsync(StatusCodes.Status400BadRequest);
        }
        await users.SetTwoFactorEnabledAsync(user, true);
        await audit.RecordAsync(AuditActions.TwoFactorChanged, "on", user.Id, user.Email ?? "");
        await signIn.RefreshSignInAsync(user);
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostDisableAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }
        await users.SetTwoFactorEnabledAsync(user, false);
        // A new key next time, so an old phone that still holds the key is useless.
        await users.ResetAuthenticatorKeyAsync(user);
        await audit.RecordAsync(AuditActions.TwoFactorChanged, "off", user.Id, user.Email ?? "");
        await signIn.RefreshSignInAsync(user);
        return RedirectToPage();
    }

    private async Task<IActionResult> ShowAsync(int status)
    {
        Text = AccountText.For(ContentLanguageExtensions.FromPath(Request.Path));
        meta.Title = Text.TwoFactorSetupTitle;
        meta.NoIndex = true;
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }
        Enabled = user.TwoFactorEnabled;
        if (!Enabled)
        {
            var key = await users.GetAuthenticatorKeyAsync(user);
            if (string.IsNullOrEmpty(key))
            {
                await users.ResetAuthenticatorKeyAsync(user);
                key = await users.GetAuthenticatorKeyAsync(user);
            }
            Key = key!;
            var issuer = Uri.EscapeDataString(options.Value.SiteName);
            AuthenticatorUri = $"otpauth://totp/{issuer}:{Uri.EscapeDataString(user.Email ?? "")}?secret={Key}&issuer={issuer}&digits=6";
        }
        Response.StatusCode = status;
        return Page();
    }
}
