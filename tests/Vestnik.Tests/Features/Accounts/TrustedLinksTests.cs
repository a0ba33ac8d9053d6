using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using Vestnik.Data;
using Vestnik.Features.Accounts;
using Vestnik.Testing;

namespace Vestnik.Tests.Features.Accounts;

/// <summary>
/// Links in emails point to the site's own address, whatever Host header the request that caused them carried:
/// otherwise a forged Host makes the app mail a working reset token to someone else's server.
/// </summary>
public sealed class TrustedLinksTests
{
    private const string Forged = "evil.example";

    private static Task<VestnikApp> AppAsync(params (string Key, string? Value)[] settings) =>
        VestnikApp.CreateAsync(DatabaseProvider.Sqlite, app =>
        {
            app.WithSetting("Vestnik:DemoContent", "false");
            foreach (var (key, value) in settings)
            {
                app.WithSetting(key, value);
            }
        });

    private static HttpClient ClientFor(VestnikApp app, string host) =>
        app.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri($"http://{host}/"), AllowAutoRedirect = false });

    private static async Task<string> ConfirmedAccountAsync(VestnikApp app) =>
        (await RoleClients.CreateAccountAsync(app, [Roles.Editor], "Редактор")).Email;

    [Fact]
    public async Task ForgotPassword_WithAForgedHost_ShouldEmailALinkToTheConfiguredAddressOnly()
    {
        await using var app = await AppAsync(("Vestnik:PublicBaseUrl", "https://vestnik.example"));
        var email = await ConfirmedAccountAsync(app);

        var asked = await ClientFor(app, Forged).SubmitFormAsync("/account/forgot-password", "form[method=post]", new() { ["Email"] = email });

        Assert.Equal(HttpStatusCode.OK, asked.StatusCode);
        var body = await Mailbox.SingleBodyToAsync(app, email);
        Assert.Contains("https://vestnik.example/account/reset-password?", body, StringComparison.Ordinal);
        Assert.DoesNotContain(Forged, body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReaderRegistration_WithAForgedHost_ShouldEmailAConfirmationLinkToTheConfiguredAddressOnly()
    {
        await using var app = await AppAsync(("Vestnik:PublicBaseUrl", "https://vestnik.example"));
        var email = $"reader-{Guid.NewGuid():N}@test.vestnik";

        var registered = await ClientFor(app, Forged).SubmitFormAsync("/account/register", "form[method=post]",
            new() { ["Email"] = email, ["Password"] = "Long-enough-password-1", ["DisplayName"] = "Новый читатель" });

        Assert.Equal(HttpStatusCode.OK, registered.StatusCode);
        var body = await Mailbox.SingleBodyToAsync(app, email);
        Assert.Contains("https://vestnik.example/account/confirm?", body, StringComparison.Ordinal);
        Assert.DoesNotContain(Forged, body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task InProductionWithRestrictedAllowedHosts_AForgedHostShouldBeRefused_AndTheRealHostUsedInLinks()
    {
        await using var app = await AppAsync(("environment", "Production"), ("Vestnik:PublicBaseUrl", null), ("AllowedHosts", "localhost"));
        var email = await ConfirmedAccountAsync(app);
        // The form and its antiforgery cookie come from the real host; only the post names another.
        var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        var (form, page) = await client.GetPageAsync("/account/forgot-password");
        var cookies = string.Join("; ", form.Headers.GetValues("Set-Cookie").Select(c => c.Split(';')[0]));
        HttpRequestMessage Post(string host) => new(HttpMethod.Post, $"http://{host}/account/forgot-password")
        {
            Content = Html.FormContent(page.QuerySelector("form[method=post]")!, new() { ["Email"] = email }),
            Headers = { { "Cookie", cookies } },
        };

        var forged = await client.SendAsync(Post(Forged));

        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.Empty(await Mailbox.BodiesToAsync(app, email));

        var real = await client.SendAsync(Post("localhost"));

        Assert.Equal(HttpStatusCode.OK, real.StatusCode);
        Assert.StartsWith("http://localhost/account/reset-password?",
            (await Mailbox.SingleBodyToAsync(app, email)).Split('\n').Single(l => l.Contains("/account/", StringComparison.Ordinal)).Trim(), StringComparison.Ordinal);
    }
}
