using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Vestnik.Features.Site;
using Vestnik.Infrastructure.Localization;

namespace Vestnik.Features.Accounts.SignIn;

public sealed class LoginModel(SignInManager<AppUser> signIn, PageMeta meta, ILogger<LoginModel> logger) : PageModel
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

    public AccountText Text { get; private set; } = AccountText.Ru;

    public void OnGet() => Prepare();

    public async Task<IActionResult> OnPostAsync()
    {
        Prepare();
        Email = (Email ?? "").Trim();
        if (Email.Length == 0 || Email.Length > MaxFieldLength)
        {
            return Invalid(Text.EmailRequired);
        }
        if (string.IsNullOrEmpty(Password) || Password.Length > MaxFieldLength)
        {
            return Invalid(Text.PasswordRequired);
        }

        var result = await signIn.PasswordSignInAsync(Email, Password, RememberMe, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            logger.LogInformation("{Email} signed in", Email);
            return LocalRedirect(SafeReturnUrl());
        }
        logger.LogWarning("Failed sign-in for {Email} (locked out: {LockedOut})", Email, result.IsLockedOut);
        return Invalid(result.IsLockedOut ? Text.LockedOut : result.IsNotAllowed ? Text.NotAllowed : Text.InvalidCredentials);
    }

    private PageResult Invalid(string message)
    {
        Error = message;
        Password = "";
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }

    private void Prepare()
    {
        Text = AccountText.For(ContentLanguageExtensions.FromPath(Request.Path));
        meta.Title = Text.SignInTitle;
        meta.NoIndex = true;
    }

    /// <summary>Only a path on this site: an absolute or protocol-relative URL would be an open redirect.</summary>
    private string SafeReturnUrl() =>
        !string.IsNullOrEmpty(ReturnUrl) && Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/";
}
