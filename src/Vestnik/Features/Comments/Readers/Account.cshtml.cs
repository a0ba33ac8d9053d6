using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Vestnik.Features.Accounts;
using Vestnik.Features.Comments.Threads;
using Vestnik.Features.Site;
using Vestnik.Infrastructure.Localization;

namespace Vestnik.Features.Comments.Readers;

/// <summary>
/// The signed-in reader's own account: name, address, password, reply emails, their comments, their data and the
/// way out. Each form posts to its own handler; a success redirects back with a note, a refusal answers 400 with the
/// typed values kept (passwords excepted) and the reason beside the form.
/// </summary>
[Authorize]
public sealed class AccountModel(
    UserManager<AppUser> users,
    SignInManager<AppUser> signIn,
    ReaderAccountQuery accounts,
    ReaderSettingsStore settings,
    PageMeta meta) : PageModel
{
    public const string MessageKey = "readers.message";

    [BindProperty]
    public string? DisplayName { get; set; }

    [BindProperty]
    public string? NewEmail { get; set; }

    [BindProperty]
    public string? CurrentPassword { get; set; }

    [BindProperty]
    public string? NewPassword { get; set; }

    public ReaderAccount Account { get; private set; } = null!;
    public ReadersText Text => ReadersText.For(Language);
    public string? Message { get; private set; }
    public string? NameError { get; private set; }
    public string? EmailError { get; private set; }
    public IReadOnlyList<string> PasswordErrors { get; private set; } = [];

    private ContentLanguage Language => ContentLanguageExtensions.FromPath(Request.Path);

    public string AccountUrl => Language.PathPrefix() + CommentUrls.Account;

    public string DeleteAccountUrl => Language.PathPrefix() + CommentUrls.AccountDelete;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }
        DisplayName = Account.DisplayName;
        // The comment deletion page comes back here with its own note.
        Message = TempData[MessageKey] as string ?? TempData[CommentsViewComponent.FlashKey] as string;
        return Page();
    }

    public async Task<IActionResult> OnPostNameAsync([FromServices] ChangeDisplayName change, CancellationToken cancellationToken)
    {
        var problem = await change.HandleAsync(users.GetUserId(User)!, DisplayName, cancellationToken);
        if (problem == DisplayNameProblem.None)
        {
            return Done(Text.NameChanged);
        }
        return await RefusedAsync(() => NameError = problem switch
        {
            DisplayNameProblem.Reserved or DisplayNameProblem.Staff => Text.NameReserved,
            DisplayNameProblem.Taken => Text.NameTaken,
            _ => Text.NameInvalid,
        }, cancellationToken);
    }

    public async Task<IActionResult> OnPostEmailAsync([FromServices] ChangeEmail change, CancellationToken cancellationToken)
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return NotFound();
        }
        return await change.RequestAsync(user, NewEmail, Language, Request, cancellationToken) switch
        {
            EmailChangeRequest.Sent => Done(Text.EmailChangeSent),
            EmailChangeRequest.Same => await RefusedAsync(() => EmailError = Text.EmailSame, cancellationToken),
            _ => await RefusedAsync(() => EmailError = Text.EmailInvalid, cancellationToken),
        };
    }

    public async Task<IActionResult> OnPostPasswordAsync(CancellationToken cancellationToken)
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return NotFound();
        }
        if (string.IsNullOrEmpty(CurrentPassword) || string.IsNullOrEmpty(NewPassword)
            || NewPassword.Length > RegisterModel.MaxFieldLength || CurrentPassword.Length > RegisterModel.MaxFieldLength)
        {
            return await RefusedAsync(() => PasswordErrors = [Text.Password], cancellationToken);
        }
        var changed = await users.ChangePasswordAsync(user, CurrentPassword, NewPassword);
        if (!changed.Succeeded)
        {
            return await RefusedAsync(() => PasswordErrors = changed.Errors
                .Select(e => e.Code == nameof(IdentityErrorDescriber.PasswordMismatch) ? Text.WrongPassword : e.Description)
                .ToList(), cancellationToken);
        }
        // The password change renewed the account's security stamp, which would end this very session at its next check.
        await signIn.RefreshSignInAsync(user);
        return Done(Text.PasswordChanged);
    }

    public async Task<IActionResult> OnPostNotificationsAsync(bool notifyOnReply, CancellationToken cancellationToken)
    {
        await settings.SetNotifyOnReplyAsync(users.GetUserId(User)!, notifyOnReply, cancellationToken);
        return Done(Text.Saved);
    }

    private RedirectResult Done(string message)
    {
        TempData[MessageKey] = message;
        return Redirect(AccountUrl);
    }

    /// <summary>The page again with the reason, answering 400; what the reader typed stays in the forms.</summary>
    private async Task<IActionResult> RefusedAsync(Action explain, CancellationToken cancellationToken)
    {
        var typedName = DisplayName;
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }
        explain();
        DisplayName = typedName ?? Account.DisplayName;
        CurrentPassword = null;
        NewPassword = null;
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }

    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        meta.Title = Text.AccountTitle;
        meta.NoIndex = true;
        var account = await accounts.LoadAsync(users.GetUserId(User)!, Language, cancellationToken);
        if (account is null)
        {
            return false;
        }
        Account = account;
        return true;
    }
}
