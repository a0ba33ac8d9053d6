using System.Net;
using Vestnik.Infrastructure.Web;
using Vestnik.Testing;

namespace Vestnik.Tests.Infrastructure.Web;

/// <summary>Hostile return addresses: never a 500, never a redirect off the site.</summary>
public sealed class ReturnUrlTests(SqliteAppFixture fixture) : IClassFixture<SqliteAppFixture>
{
    private const string Cyrillic = "/статьи/новость?тег=мир";
    private const string CyrillicEscaped = "/%D1%81%D1%82%D0%B0%D1%82%D1%8C%D0%B8/%D0%BD%D0%BE%D0%B2%D0%BE%D1%81%D1%82%D1%8C?%D1%82%D0%B5%D0%B3=%D0%BC%D0%B8%D1%80";

    public static TheoryData<string> Hostile => new()
    {
        "/\t/evil.example",
        "\t",
        "/\r\nSet-Cookie: stolen=1",
        "//evil.example",
        "/\\evil.example",
        "https://evil.example",
        "javascript:alert(1)",
        "/" + new string('a', 4999),
        Cyrillic,
    };

    [Theory]
    [InlineData("/newsroom/articles?page=2#top", "/newsroom/articles?page=2#top")]
    [InlineData(Cyrillic, CyrillicEscaped)]
    [InlineData("/a\\b", "/a\\b")]
    [InlineData("/\t/evil.example", null)]
    [InlineData("/\r\n", null)]
    [InlineData("/\u0085", null)]
    [InlineData("//evil.example", null)]
    [InlineData("/\\evil.example", null)]
    [InlineData("https://evil.example", null)]
    [InlineData("javascript:alert(1)", null)]
    [InlineData("~/x", null)]
    [InlineData("", null)]
    [InlineData(null, null)]
    public void Local_ShouldKeepOnlyPathsOnThisSite(string? url, string? expected) =>
        Assert.Equal(expected, SafeReturnUrl.Local(url));

    [Fact]
    public void Local_ShouldRefuseAnAddressLongerThanAnyOfOurs() =>
        Assert.Null(SafeReturnUrl.Local("/" + new string('a', SafeReturnUrl.MaxLength)));

    [Theory]
    [MemberData(nameof(Hostile))]
    public async Task LanguageSwitch_ShouldReturnOnlyWithinTheSite(string returnUrl)
    {
        var client = (await RoleClients.AdminAsync(fixture.App)).Client;

        using var response = await client.GetAsync("/newsroom/language?to=en&returnUrl=" + Uri.EscapeDataString(returnUrl));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        AssertOnSite(response, returnUrl, "/newsroom");
    }

    [Theory]
    [MemberData(nameof(Hostile))]
    public async Task SignIn_ShouldReturnOnlyWithinTheSite(string returnUrl)
    {
        var account = await RoleClients.CreateAccountAsync(fixture.App, []);
        var client = RoleClients.Anonymous(fixture.App);

        // The page keeps the parameter in a hidden field and posts it back with the credentials.
        using var response = await client.SubmitFormAsync("/account/login?returnUrl=" + Uri.EscapeDataString(returnUrl), "form.form",
             new() { ["Email"] = account.Email, ["Password"] = account.Password });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        AssertOnSite(response, returnUrl, "/");
    }

    private static void AssertOnSite(HttpResponseMessage response, string returnUrl, string fallback)
    {
        var location = response.Headers.Location!.OriginalString;
        Assert.Equal(returnUrl == Cyrillic ? CyrillicEscaped : fallback, location);
    }
}
