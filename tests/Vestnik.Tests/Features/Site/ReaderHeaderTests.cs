using System.Net;
using Vestnik.Testing;

namespace Vestnik.Tests.Features.Site;

/// <summary>The reader site's header: sign in for visitors, my account and sign out for the signed-in, in both languages.</summary>
public sealed class ReaderHeaderTests(SqliteAppFixture fixture) : IClassFixture<SqliteAppFixture>
{
    private VestnikApp App => fixture.App;

    [Theory]
    [InlineData("/", "Войти", "/account/login?returnUrl=%2F")]
    [InlineData("/en", "Sign in", "/en/account/login?returnUrl=%2Fen")]
    public async Task Visitor_ShouldSeeSignIn_ReturningToThePage(string path, string label, string href)
    {
        var (_, page) = await RoleClients.Anonymous(App).GetPageAsync(path);

        var account = page.QuerySelector("header nav.site-account")!;
        var link = Assert.Single(account.QuerySelectorAll("a"));
        Assert.Equal(label, link.TextContent);
        Assert.Equal(href, link.GetAttribute("href"));
        Assert.Null(account.QuerySelector("form"));
    }

    [Theory]
    [InlineData("/", "Мой аккаунт", "/account", "Выйти")]
    [InlineData("/en", "My account", "/en/account", "Sign out")]
    public async Task Reader_ShouldSeeTheirAccountAndSignOut(string path, string account, string href, string signOut)
    {
        var reader = await RoleClients.ReaderAsync(App);
        // A visitor's rendering of the page may sit in the output cache; the reader must never get it.
        await RoleClients.Anonymous(App).GetAsync(path);

        var (_, page) = await reader.Client.GetPageAsync(path);

        var nav = page.QuerySelector("header nav.site-account")!;
        var link = Assert.Single(nav.QuerySelectorAll("a"));
        Assert.Equal(account, link.TextContent);
        Assert.Equal(href, link.GetAttribute("href"));
        Assert.Equal(signOut, nav.QuerySelector("form[action='/account/logout'] button")!.TextContent);
        var (_, visitorPage) = await RoleClients.Anonymous(App).GetPageAsync(path);
        Assert.Null(visitorPage.QuerySelector("header nav.site-account form"));
    }

    [Theory]
    [InlineData("/", "/")]
    [InlineData("/en/search", "/en")]
    public async Task SignOut_ShouldEndTheSession_FromTheHeaderForm_AndLandOnThatLanguagesHome(string path, string home)
    {
        var reader = await RoleClients.ReaderAsync(App);
        var (_, page) = await reader.Client.GetPageAsync(path);

        var response = await reader.Client.SubmitFormAsync(page.QuerySelector("header form[action='/account/logout']")!);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(home, response.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.Redirect, (await reader.Client.GetAsync("/account")).StatusCode);
        var (_, after) = await reader.Client.GetPageAsync("/");
        Assert.Equal("Войти", after.QuerySelector("header nav.site-account a")!.TextContent);
    }
}
