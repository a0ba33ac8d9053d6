using Microsoft.Playwright;
using Vestnik.Testing;

namespace Vestnik.BrowserTests;

/// <summary>The share bars, copy link, the counting redirect, the social card and feed autodiscovery in a real browser.</summary>
[Collection(nameof(BrowserSuite))]
public sealed class DistributionTests(BrowserFixture browser, LiveSiteFixture site)
{
    [Fact]
    public async Task Reader_ShouldSeeBothShareBars_CopyTheLink_AndShareThroughTheCounter()
    {
        var article = await site.App.WithDbAsync(db => TestArticles.CreateAsync(db, "Поделитесь этим: «кавычки» & эмодзи 🚀"));
        await using var context = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = site.BaseAddress.ToString(),
            ViewportSize = new ViewportSize { Width = 1280, Height = 900 },
            Permissions = ["clipboard-read", "clipboard-write"],
        });
        var page = await context.NewPageAsync();
        var consoleErrors = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                consoleErrors.Add($"{message.Text} ({message.Location})");
            }
        };

        page.Response += (_, response) =>
        {
            if (response.Status >= 400)
            {
                consoleErrors.Add($"{response.Status} {response.Url}");
            }
        };
        await page.GotoAsync($"/articles/{article.Slug}");

        var bars = page.Locator(".share-bar");
        await Assertions.Expect(bars).ToHaveCountAsync(2);
        foreach (var network in new[] { "vk", "x", "ok", "whatsapp", "telegram" })
        {
            var links = page.Locator($".share-bar a[data-network={network}]");
            await Assertions.Expect(links).ToHaveCountAsync(2);
            await Assertions.Expect(links.First).ToBeVisibleAsync();
            await Assertions.Expect(links.First).ToHaveAttributeAsync("href", $"/share/{network}/{article.Id}");
            await Assertions.Expect(links.First).ToHaveAttributeAsync("rel", "noopener noreferrer nofollow");
        }

        // The copy button exists only with JavaScript and the Clipboard API; here it has both.
        var copy = page.Locator(".share-bar--top .share-bar__link--copy");
        await Assertions.Expect(copy).ToBeVisibleAsync();
        await copy.ClickAsync();
        await Assertions.Expect(page.Locator(".share-bar--top .share-bar__status")).ToHaveTextAsync("Ссылка скопирована");
        var copied = await page.EvaluateAsync<string>("() => navigator.clipboard.readText()");
        Assert.Equal(new Uri(site.BaseAddress, $"/articles/{article.Slug}").ToString(), copied);

        // Following a share link would leave this machine, so the redirect itself is checked.
        var redirect = await context.APIRequest.GetAsync($"/share/telegram/{article.Id}", new APIRequestContextOptions { MaxRedirects = 0 });
        Assert.Equal(302, redirect.Status);
        var target = new Uri(redirect.Headers["location"]);
        Assert.Equal("t.me", target.Host);
        Assert.Contains(Uri.EscapeDataString("«кавычки» & эмодзи 🚀"), target.OriginalString);

        var card = await page.Locator("meta[property='og:image']").GetAttributeAsync("content");
        var cardResponse = await context.APIRequest.GetAsync(card!);
        Assert.Equal(200, cardResponse.Status);
        Assert.Equal("image/png", cardResponse.Headers["content-type"]);
        await Assertions.Expect(page.Locator("head link[rel=alternate][type='application/rss+xml']")).ToHaveCountAsync(1);

        Assert.True(consoleErrors.Count == 0, string.Join("\n", consoleErrors));
        await page.Locator(".share-bar--top").ScreenshotAsync(new LocatorScreenshotOptions { Path = Path.Combine(BrowserFixture.ScreenshotFolder, "share-bar.png") });
    }
}
