using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Vestnik.Features.Accounts.Audit;
using Vestnik.Features.Site;
using Vestnik.Infrastructure.Web;

namespace Vestnik.Features.Accounts.SignIn;

public sealed class LoginModel(SignInManager<AppUser> signIn, AuditLog audit, PageMeta meta, ILogger<LoginModel> logger) : AccountPageModel(meta)
{
    public const int MaxFieldLength = 256;

    [BindProperty]
    public string Email { get; set; } = "";

    [BindProperty]
    public string Password { get; set; } = "";

    [BindProperty]
    public bool RememberMe { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public string? Error { get; private set; }

    public void OnGet() => Prepare(t => t.SignInTitle);

    public async Task<IActionResult> OnPostAsync()
    {
        Prepare(t => t.SignInTitle);
        Email = (Email ?? "").Trim();
        if (Email.Length == 0 || Email.Length > MaxFieldLength)
        {
            return Invalid(Text.EmailRequired);
        }
        if (string.IsNullOrEmpty(Password) || Password.Length > MaxFieldLength)
        {
            return Invalid(Text.PasswordRequired);
        }

        var user = await signIn.UserManager.FindByNameAsync(Email);
        var result = user is null ? Microsoft.AspNetCore.Identity.SignInResult.Failed : await signIn.PasswordSignInAsync(user, Password, RememberMe, lockoutOnFailure: true);
        if (user is null || result.IsLockedOut)
        {
            // Neither checked a password: spend the time a check takes, so a fast answer does not tell that the
            // address is unknown or locked.
            signIn.UserManager.PasswordHasher.HashPassword(user ?? new AppUser(), Password);
        }
        if (user is not null && result.Succeeded)
        {
            logger.LogInformation("{Email} signed in", Email);
            await audit.RecordAsync(AuditActions.SignIn, "", user.Id, Email);
            return LocalRedirect(Landing(await signIn.CreateUserPrincipalAsync(user), ReturnUrl));
        }
        if (result.RequiresTwoFactor)
        {
            // The password was right; the session starts only after the authenticator code (LoginTwoFactor), which
            // also decides where to land, so no return address is made up here when none was asked for.
            return RedirectToPage("/Accounts/TwoFactor/LoginTwoFactor", new { ReturnUrl = SafeReturnUrl.Local(ReturnUrl), RememberMe });
        }
        logger.LogWarning("Failed sign-in for {Email} (locked out: {LockedOut})", Email, result.IsLockedOut);
        await audit.RecordAsync(AuditActions.SignInFailed, result.IsLockedOut ? "locked out" : "", user?.Id, Email);
        // A locked account answers like a wrong password: a different message would tell that the address has an
        // account. NotAllowed comes only after the right password, so it tells nothing new.
        return Invalid(result.IsNotAllowed ? Text.NotAllowed : Text.InvalidCredentials);
    }

    private PageResult Invalid(string message)
    {
        Error = message;
        Password = "";
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }
}
