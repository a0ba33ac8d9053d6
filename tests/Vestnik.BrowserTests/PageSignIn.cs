using Microsoft.Playwright;
using Vestnik.Testing;

namespace Vestnik.BrowserTests;

/// <summary>A browser signs in as a person does: the sign-in page, the typed address and password, the button.</summary>
public static class PageSignIn
{
    /// <summary>Opens the sign-in page asking to come back to <paramref name="returnUrl"/> and signs in there.</summary>
    public static async Task SignInAsync(this IPage page, TestAccount account, string returnUrl)
    {
        await page.GotoAsync("/account/login?returnUrl=" + Uri.EscapeDataString(returnUrl));
        await page.SignInHereAsync(account);
    }

    /// <summary>Fills in and sends the sign-in form the page shows (where the site sent a visitor who was not signed in).</summary>
    public static async Task SignInHereAsync(this IPage page, TestAccount account)
    {
        await page.FillAsync("#email", account.Email);
        await page.FillAsync("#password", account.Password);
        await page.ClickAsync("form.form button[type=submit]");
    }
}
