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

/// <summary>
/// Shows whether TOTP two-factor sign-in is on; sets it up or replaces the key (stored only once a code from the new
/// key is entered), or turns it off, for the signed-in account. Looking at the page changes nothing.
/// </summary>
[Authorize]
public sealed class TwoFactorSetupModel(UserManager<AppUser> users, SignInManager<AppUser> signIn, IUserStore<AppUser> store,
    AuthenticatorCandidate candidates, AuditLog audit, IOptions<VestnikOptions> options, PageMeta meta) : PageModel
{
    [BindProperty]
    public string Code { get; set; } = "";

    /// <summary>The sealed new key while it is being set up (see <see cref="AuthenticatorCandidate"/>).</summary>
    [BindProperty]
    public string? Candidate { get; set; }

    public bool Enabled { get; private set; }
    public string Key { get; private set; } = "";
    public string AuthenticatorUri { get; private set; } = "";
    public string? Error { get; private set; }
    public AccountText Text { get; private set; } = AccountText.Ru;

    public Task<IActionResult> OnGetAsync() => ShowAsync(key: null, StatusCodes.Status200OK);

    /// <summary>Offers a fresh key; nothing is stored, so the current key (if any) keeps working until the new one is confirmed.</summary>
    public Task<IActionResult> OnPostStartAsync() => ShowAsync(users.GenerateNewAuthenticatorKey(), StatusCodes.Status200OK);

    public async Task<IActionResult> OnPostEnableAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }
        var text = AccountText.For(ContentLanguageExtensions.FromPath(Request.Path));
        var key = candidates.Open(user.Id, Candidate);
        if (key is null)
        {
            Error = text.SetupExpired;
            return await ShowAsync(key: null, StatusCodes.Status400BadRequest);
        }
        var code = new string((Code ?? "").Where(char.IsAsciiDigit).ToArray());
        if (code.Length != 6 || !candidates.Accepts(key, code))
        {
            Error = text.CodeInvalid;
            return await ShowAsync(key, StatusCodes.Status400BadRequest);
        }
        // The key store is the one the user manager saves through: enabling below persists the key with the flag.
        await ((IUserAuthenticatorKeyStore<AppUser>)store).SetAuthenticatorKeyAsync(user, key, HttpContext.RequestAborted);
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
        // The old key is left stored but unused: turning two-factor on again always confirms a new one.
        await users.SetTwoFactorEnabledAsync(user, false);
        await audit.RecordAsync(AuditActions.TwoFactorChanged, "off", user.Id, user.Email ?? "");
        await signIn.RefreshSignInAsync(user);
        return RedirectToPage();
    }

    /// <summary>The page, with <paramref name="key"/> offered for scanning when a setup is under way.</summary>
    private async Task<IActionResult> ShowAsync(string? key, int status)
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
        if (key is not null)
        {
            Key = key;
            Candidate = candidates.Seal(user.Id, key);
            var issuer = Uri.EscapeDataString(options.Value.SiteName);
            AuthenticatorUri = $"otpauth://totp/{issuer}:{Uri.EscapeDataString(user.Email ?? "")}?secret={Key}&issuer={issuer}&digits=6";
        }
        Code = "";
        Response.StatusCode = status;
        return Page();
    }
}
