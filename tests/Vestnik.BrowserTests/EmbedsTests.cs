using System.Collections.Concurrent;
using Microsoft.Playwright;
using Vestnik.BrowserTests.Accessibility;
using Vestnik.Testing;

namespace Vestnik.BrowserTests;

/// <summary>Embedded posts and videos on the published page: nothing leaves our site until the reader clicks "Load".</summary>
[Collection(nameof(BrowserSuite))]
public sealed class EmbedsTests(BrowserFixture browser, LiveSiteFixture site)
{
    [Fact]
    public async Task ArticlePage_ShouldRequestNothingFromProviders_UntilTheReaderLoadsAnEmbed()
    {
        var article = await site.App.WithDbAsync(db => TestArticles.CreateAsync(db, "Пост и видео в статье",
            body: "Первый абзац.\n\nhttps://t.me/durov/123\n\nВторой абзац.\n\n<https://youtu.be/dQw4w9WgXcQ>"));
        await using var context = await browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = site.BaseAddress.ToString() });
        var page = await context.NewPageAsync();
        var requests = new ConcurrentQueue<string>();
        page.Request += (_, request) => requests.Enqueue(request.Url);
        // The machine is offline: the player's request is answered here, so the test sees it was made without leaving.
        await page.RouteAsync("https://t.me/**", route => route.FulfillAsync(new RouteFulfillOptions
        {
            Status = 200,
            ContentType = "text/html",
            Body = "<!doctype html><title>post</title>",
        }));

        await page.GotoAsync($"/articles/{article.Slug}");
        var telegram = page.Locator(".embed--telegram");
        var load = telegram.GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = "Показать" });
        await Assertions.Expect(load).ToBeVisibleAsync();
        await Assertions.Expect(telegram.Locator(".embed__link a")).ToHaveAttributeAsync("href", "https://t.me/durov/123");
        await Assertions.Expect(page.Locator(".embed--youtube .embed__load")).ToBeVisibleAsync();
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);

        var beforeClick = requests.ToList();
        Assert.NotEmpty(beforeClick);
        Assert.All(beforeClick, url => Assert.True(new Uri(url).IsLoopback, $"{url} was requested before any click"));

        await load.ClickAsync();

        await Assertions.Expect(telegram.Locator("iframe.embed__frame")).ToHaveAttributeAsync("src", "https://t.me/durov/123?embed=1");
        await Assertions.Expect(load).ToHaveCountAsync(0);
        await Assertions.Expect(page.Locator(".embed--youtube iframe")).ToHaveCountAsync(0);
        Assert.Contains("https://t.me/durov/123?embed=1", requests);
        Assert.DoesNotContain(requests, url => url.Contains("youtube", StringComparison.Ordinal));
    }

    [Fact]
    public async Task EmbedCards_ShouldPassTheAccessibilityCheck_BeforeAndAfterLoading()
    {
        var article = await site.App.WithDbAsync(db => TestArticles.CreateAsync(db, "Видео в статье для проверки доступности",
            body: "Абзац.\n\nhttps://rutube.ru/video/c6cc4d620b1d4338901770a44b3e82f4/\n\nhttps://x.com/jack/status/20"));
        // axe-core is added to the page as an inline script, which the CSP would block.
        await using var context = await browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = site.BaseAddress.ToString(), BypassCSP = true });
        var page = await context.NewPageAsync();
        await page.RouteAsync("https://rutube.ru/**", route => route.FulfillAsync(new RouteFulfillOptions
        {
            Status = 200,
            ContentType = "text/html",
            Body = "<!doctype html><html lang=\"ru\"><title>video</title></html>",
        }));
        await page.GotoAsync($"/articles/{article.Slug}");
        var load = page.Locator(".embed--rutube .embed__load");
        await Assertions.Expect(load).ToHaveAccessibleNameAsync("Показать");

        var before = await AxeCheck.ViolationsAsync(page);
        await load.ClickAsync();
        await Assertions.Expect(page.Locator(".embed--rutube iframe")).ToHaveAttributeAsync("title", "Rutube");
        var after = await AxeCheck.ViolationsAsync(page);

        Assert.Empty(before);
        Assert.Empty(after);
    }
}
