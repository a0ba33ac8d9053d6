using System.Security.Claims;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Vestnik.Features.Accounts.Authorization;
using Vestnik.Features.Newsroom;
using Vestnik.Features.Site;
using Vestnik.Infrastructure.Localization;
using Vestnik.Infrastructure.Web;

namespace Vestnik.Features.Accounts;

/// <summary>
/// What the sign-in and password pages share: their texts in the request's language, a head that keeps them out of
/// search engines, and return addresses that never leave the site.
/// </summary>
public abstract class AccountPageModel(PageMeta meta) : PageModel
{
    public AccountText Text { get; private set; } = AccountText.Ru;

    private ContentLanguage _language = ContentLanguage.Ru;

    /// <summary>Chooses the language and titles the page; every handler calls it first.</summary>
    protected void Prepare(Func<AccountText, string> title)
    {
        _language = ContentLanguageExtensions.FromPath(Request.Path);
        Text = AccountText.For(_language);
        meta.Title = title(Text);
        meta.NoIndex = true;
    }

    /// <summary>
    /// Where a session that has just begun goes: <paramref name="returnUrl"/> when it is a path on this site (anything
    /// else would be an open redirect); otherwise staff go to the newsroom, whose home sends each role on to a desk it
    /// may use, and readers to the reader home.
    /// </summary>
    protected string Landing(ClaimsPrincipal signedIn, string? returnUrl) =>
        SafeReturnUrl.Local(returnUrl)
        ?? (signedIn.Allows(StaffPolicies.EnterNewsroom) ? NewsroomUrls.Home : ReaderUrls.Home(_language));
}
