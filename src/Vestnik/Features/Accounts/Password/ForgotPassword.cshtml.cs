using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Vestnik.Features.Site;
using Vestnik.Infrastructure.Localization;

namespace Vestnik.Features.Accounts.Password;

/// <summary>
/// Asks for a reset link. The answer is the same whether or not the address is known, so the page cannot be used
/// to find out who has an account.
/// </summary>
public sealed class ForgotPasswordModel(UserManager<AppUser> users, AccountLinks links, PageMeta meta, ILogger<ForgotPasswordModel> logger) : PageModel
{
    [BindProperty]
    public string Email { get; set; } = "";

    public bool Sent { get; private set; }
    public string? Error { get; private set; }
    public AccountText Text { get; private set; } = AccountText.Ru;

    public void OnGet() => Prepare();

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        Prepare();
        Email = (Email ?? "").Trim();
        if (Email.Length is 0 or > 256)
        {
            Error = Text.EmailRequired;
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
        var user = await users.FindByEmailAsync(Email);
        if (user is not null && user.EmailConfirmed)
        {
            await links.SendResetAsync(user, Text, cancellationToken);
            logger.LogInformation("Password reset link sent to {Email}", Email);
        }
        Sent = true;
        return Page();
    }

    private void Prepare()
    {
        Text = AccountText.For(ContentLanguageExtensions.FromPath(Request.Path));
        meta.Title = Text.ForgotTitle;
        meta.NoIndex = true;
    }
}
