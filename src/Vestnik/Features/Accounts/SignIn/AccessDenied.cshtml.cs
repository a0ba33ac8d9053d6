using Microsoft.AspNetCore.Mvc.RazorPages;
using Vestnik.Features.Site;
using Vestnik.Infrastructure.Localization;

namespace Vestnik.Features.Accounts.SignIn;

public sealed class AccessDeniedModel(PageMeta meta) : PageModel
{
    public AccountText Text { get; private set; } = AccountText.Ru;

    public void OnGet()
    {
        Text = AccountText.For(ContentLanguageExtensions.FromPath(Request.Path));
        meta.Title = Text.AccessDeniedTitle;
        meta.NoIndex = true;
        Response.StatusCode = StatusCodes.Status403Forbidden;
    }
}
