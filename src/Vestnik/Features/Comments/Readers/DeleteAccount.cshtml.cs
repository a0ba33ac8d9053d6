using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Vestnik.Features.Accounts;
using Vestnik.Features.Site;
using Vestnik.Infrastructure.Localization;

namespace Vestnik.Features.Comments.Readers;

/// <summary>
/// The confirmation page in front of deleting the account: the reader types their password to go on. A staff
/// account is refused with 409 and a note to ask an administrator.
/// </summary>
[Authorize]
public sealed class DeleteAccountModel(DeleteReaderAccount delete, SignInManager<AppUser> signIn, PageMeta meta) : PageModel
{
    [BindProperty]
    public string? Password { get; set; }

    public string? Error { get; private set; }
    public bool IsStaff { get; private set; }
    public bool Deleted { get; private set; }

    private ContentLanguage Language => ContentLanguageExtensions.FromPath(Request.Path);

    public ReadersText Text => ReadersText.For(Language);

    public string AccountUrl => Language.PathPrefix() + CommentUrls.Account;

    public async Task<IActionResult> OnGetAsync()
    {
        Prepare();
        var user = await signIn.UserManager.GetUserAsync(User);
        if (user is null)
        {
            return NotFound();
        }
        if ((await signIn.UserManager.GetRolesAsync(user)).Count > 0)
        {
            return StaffRefused();
        }
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        Prepare();
        var user = await signIn.UserManager.GetUserAsync(User);
        if (user is null)
        {
            return NotFound();
        }
        switch (await delete.HandleAsync(user, Password, cancellationToken))
        {
            case AccountDeletion.Staff:
                return StaffRefused();
            case AccountDeletion.WrongPassword:
                Error = Text.WrongPassword;
                Response.StatusCode = StatusCodes.Status400BadRequest;
                return Page();
            default:
                await signIn.SignOutAsync();
                Deleted = true;
                return Page();
        }
    }

    private PageResult StaffRefused()
    {
        IsStaff = true;
        Response.StatusCode = StatusCodes.Status409Conflict;
        return Page();
    }

    private void Prepare()
    {
        meta.Title = Text.DeleteAccountTitle;
        meta.NoIndex = true;
    }
}
