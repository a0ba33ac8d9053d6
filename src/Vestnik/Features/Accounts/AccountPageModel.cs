using Microsoft.AspNetCore.Mvc.RazorPages;
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

    /// <summary>Chooses the language and titles the page; every handler calls it first.</summary>
    protected void Prepare(Func<AccountText, string> title)
    {
        Text = AccountText.For(ContentLanguageExtensions.FromPath(Request.Path));
        meta.Title = title(Text);
        meta.NoIndex = true;
    }

    /// <summary>Only a path on this site: an absolute or protocol-relative URL would be an open redirect.</summary>
    protected static string LocalReturnUrl(string? returnUrl) => SafeReturnUrl.LocalOr(returnUrl, "/");
}
