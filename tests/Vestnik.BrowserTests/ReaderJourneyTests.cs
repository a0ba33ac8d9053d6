using Microsoft.Playwright;

namespace Vestnik.BrowserTests;

[Collection(nameof(BrowserSuite))]
public sealed class ReaderJourneyTests(BrowserFixture browser, LiveSiteFixture site)
{
    [Fact]
    public async Task Reader_ShouldOpenARetellingFromHome_AndSeeTheWholeArticlePage()
    {
        await using var context = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = site.BaseAddress.ToString(),
            ViewportSize = new ViewportSize { Width = 1280, Height = 900 },
        });
        var page = await context.NewPageAsync();
        var consoleErrors = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                consoleErrors.Add(message.Text);
            }
        };

        await page.GotoAsync("/");
        // A retelling's headline names its outlet: "The Guardian: …".
        var retelling = page.Locator(".card__title a").Filter(new LocatorFilterOptions { HasTextRegex = new System.Text.RegularExpressions.Regex("^(The New York Times|The Guardian|Financial Times|Le Monde|Der Spiegel|The Washington Post|Bloomberg):") }).First;
        var expectedTitle = (await retelling.TextContentAsync())!.Trim();
        await retelling.ClickAsync();
        await page.WaitForURLAsync("**/articles/**");

        await Assertions.Expect(page.Locator("h1.article__title")).ToHaveTextAsync(expectedTitle);
        await Assertions.Expect(page.Locator(".article__outlet")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator(".byline__author").First).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator(".byline__date")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex("(января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря)"));
        await Assertions.Expect(page.Locator(".share-bar")).ToHaveCountAsync(2);
        foreach (var network in new[] { "vk", "x", "ok", "whatsapp", "telegram" })
        {
            await Assertions.Expect(page.Locator($".share-bar a[data-network={network}]")).ToHaveCountAsync(2);
        }
        await Assertions.Expect(page.Locator(".source-note a")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator(".read-also .card").First).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#comments-heading")).ToHaveTextAsync("Написать комментарий");

        var imageLoaded = await page.EvalOnSelectorAsync<bool>(".article__image img", "img => img.complete && img.naturalWidth > 0");
        Assert.True(imageLoaded, "the lead image loads");
        Assert.Empty(consoleErrors);

        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserFixture.ScreenshotFolder, "article-page.png"), FullPage = true });
    }

    [Fact]
    public async Task ArticlePage_ShouldFitA360PixelScreen_AndBeKeyboardReachable()
    {
        await using var context = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = site.BaseAddress.ToString(),
            ViewportSize = new ViewportSize { Width = 360, Height = 740 },
        });
        var page = await context.NewPageAsync();
        // The article a home card links to (following the link by address: the click itself is the journey test's).
        await page.GotoAsync("/");
        var article = await page.Locator(".card__title a").First.GetAttributeAsync("href");
        await page.GotoAsync(article!);
        Assert.Contains("/articles/", page.Url, StringComparison.Ordinal);

        var overflow = await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth > window.innerWidth + 1");
        Assert.False(overflow, "no horizontal scrolling at 360 px");

        await page.Keyboard.PressAsync("Tab");
        var focused = await page.EvaluateAsync<string>("() => document.activeElement.className");
        Assert.Contains("skip-link", focused);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserFixture.ScreenshotFolder, "article-page-mobile.png"), FullPage = false });
    }
}
