using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Vestnik.Features.Site;

namespace Vestnik.Features.Accounts.Password;

/// <summary>
/// Asks for a reset link. The answer is the same whether or not the address is known, so the page cannot be used
/// to find out who has an account.
/// </summary>
public sealed class ForgotPasswordModel(UserManager<AppUser> users, AccountLinks links, PageMeta meta, ILogger<ForgotPasswordModel> logger) : AccountPageModel(meta)
{
    [BindProperty]
    public string Email { get; set; } = "";

    public bool Sent { get; private set; }
    public string? Error { get; private set; }
    public void OnGet() => Prepare(t => t.ForgotTitle);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        Prepare(t => t.ForgotTitle);
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
}
