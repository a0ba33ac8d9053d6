using Microsoft.Playwright;
using Vestnik.BrowserTests.Accessibility;
using Vestnik.Features.Accounts;
using Vestnik.Testing;

namespace Vestnik.BrowserTests;

/// <summary>
/// An admin creates an API key in Chromium with a writing scope, acting as themselves, sees it once, uses it, and
/// revokes it; axe finds nothing on the page with the key shown.
/// </summary>
[Collection(nameof(BrowserSuite))]
public sealed class ApiKeysTests(BrowserFixture browser, LiveSiteFixture site)
{
    [Fact]
    public async Task Admin_ShouldCreateAKey_SeeItOnce_AndRevokeIt()
    {
        await using var context = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = site.BaseAddress.ToString(),
            ViewportSize = new ViewportSize { Width = 1280, Height = 900 },
            // axe-core is injected as a script of its own, which the site's CSP would refuse.
            BypassCSP = true,
        });
        var page = await context.NewPageAsync();
        var admin = await RoleClients.CreateAccountAsync(site.App, [Roles.Admin], "Администратор ключей");
        await page.SignInAsync(admin, "/newsroom/api-keys");
        await page.WaitForURLAsync("**/newsroom/api-keys");
        var name = "Бот в Телеграме " + Guid.NewGuid().ToString("N")[..6];

        await page.GetByLabel("Название").FillAsync(name);
        await page.GetByLabel("Сайты, которым разрешены запросы из браузера").FillAsync("https://widgets.example");
        await page.GetByLabel("Запросов в минуту").FillAsync("300");
        await page.GetByRole(AriaRole.Checkbox, new() { Name = "articles:write" }).CheckAsync();
        await Assertions.Expect(page.GetByLabel("От чьего имени пишет ключ")).ToHaveValueAsync(admin.Id);
        await page.GetByRole(AriaRole.Button, new() { Name = "Создать ключ" }).ClickAsync();

        var secret = page.Locator("code.api-key-secret");
        await Assertions.Expect(secret).ToBeVisibleAsync();
        var key = (await secret.TextContentAsync())!;
        Assert.StartsWith("vk_", key, StringComparison.Ordinal);
        Assert.Empty(await AxeCheck.ViolationsAsync(page));

        var api = await context.APIRequest.GetAsync("/api/v1/sections", new() { Headers = new Dictionary<string, string> { ["Authorization"] = "Bearer " + key } });
        Assert.Equal(200, api.Status);

        await page.GotoAsync("/newsroom/api-keys");
        await Assertions.Expect(page.Locator("code.api-key-secret")).ToHaveCountAsync(0);
        var row = page.Locator("tr", new() { HasText = name });
        await Assertions.Expect(row).ToContainTextAsync("https://widgets.example");
        await Assertions.Expect(row).ToContainTextAsync("content:read articles:write");
        await Assertions.Expect(row.Locator(".api-key-acts-as")).ToHaveTextAsync("Администратор ключей");
        await row.GetByRole(AriaRole.Button, new() { Name = "Отозвать" }).ClickAsync();
        await Assertions.Expect(row.Locator(".api-key-state")).ToContainTextAsync("отозван");

        var refused = await context.APIRequest.GetAsync("/api/v1/sections", new() { Headers = new Dictionary<string, string> { ["Authorization"] = "Bearer " + key } });
        Assert.Equal(401, refused.Status);
    }
}
