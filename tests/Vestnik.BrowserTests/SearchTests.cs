using Microsoft.Playwright;
using Vestnik.Features.Search.Querying;
using Vestnik.Testing;

namespace Vestnik.BrowserTests;

[Collection(nameof(BrowserSuite))]
public sealed class SearchTests(BrowserFixture browser, LiveSiteFixture site)
{
    [Fact]
    public async Task Reader_ShouldTypeInTheSearchBox_SeeCompletions_AndOpenAResult()
    {
        var marker = "Квазарит" + string.Concat(Guid.NewGuid().ToString("N")[..6].Select(c => (char)('а' + c % 20)));
        var article = await site.App.WithDbAsync(db => TestArticles.CreateAsync(db, $"Репортаж {marker} из обсерватории"));
        await using var context = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = site.BaseAddress.ToString(),
            ViewportSize = new ViewportSize { Width = 1280, Height = 900 },
        });
        var page = await context.NewPageAsync();
        var consoleErrors = new List<string>();
        page.Console += (_, message) =>
        {
            // Failed loads are checked through responses below; Chromium's own favicon probe (no site has to
            // serve one) also logs one, and Playwright reports no response for it.
            if (message.Type == "error" && !message.Text.StartsWith("Failed to load resource", StringComparison.Ordinal))
            {
                consoleErrors.Add($"{message.Text} ({message.Location})");
            }
        };
        var failedResponses = new List<string>();
        page.Response += (_, response) =>
        {
            if (response.Status >= 400)
            {
                failedResponses.Add($"{response.Status} {response.Url}");
            }
        };
        await page.GotoAsync("/");

        // The index follows the database within a moment; completions appear once the article is indexed.
        var box = page.Locator("header .site-search input[name=q]");
        var completion = page.Locator(".search-suggestions a", new PageLocatorOptions { HasText = marker });
        for (var attempt = 0; attempt < 20 && !await completion.IsVisibleAsync(); attempt++)
        {
            await box.FillAsync("");
            await box.PressSequentiallyAsync($"репортаж {marker[..5].ToLowerInvariant()}");
            await page.WaitForTimeoutAsync(500);
        }
        await Assertions.Expect(completion).ToBeVisibleAsync();
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserFixture.ScreenshotFolder, "search-completions.png") });

        // Submitting the form (no script needed) shows the results page with the match highlighted.
        await box.FillAsync(marker);
        await box.PressAsync("Enter");
        await page.WaitForURLAsync("**/search?q=**");
        var result = page.Locator(".search-result__title a").First;
        await Assertions.Expect(result.Locator("mark")).ToHaveTextAsync(marker);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserFixture.ScreenshotFolder, "search-results.png"), FullPage = true });

        await result.ClickAsync();
        await page.WaitForURLAsync($"**/articles/{article.Slug}");
        await Assertions.Expect(page.Locator("h1.article__title")).ToContainTextAsync(marker);
        Assert.Empty(failedResponses);
        Assert.Empty(consoleErrors);
    }
    [Fact]
    public async Task Reader_ShouldFindAnArticle_ByAnInflectedAMisspelledAndALayoutSwitchedQuery()
    {
        var marker = "Скважинор" + string.Concat(Guid.NewGuid().ToString("N")[..6].Select(c => (char)('а' + c % 20)));
        var article = await site.App.WithDbAsync(db => TestArticles.CreateAsync(db, $"Добыча нефти на месторождении {marker} выросла"));
        await using var context = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = site.BaseAddress.ToString(),
            ViewportSize = new ViewportSize { Width = 1280, Height = 900 },
        });
        var page = await context.NewPageAsync();
        var result = page.Locator($".search-result__title a[href='/articles/{article.Slug}']");

        // Each query is typed into the search page's own box and submitted, as a reader would.
        async Task SearchAsync(string query)
        {
            await page.GotoAsync("/search");
            await page.Locator("#search-q").FillAsync(query);
            await page.Locator("#search-q").PressAsync("Enter");
            await page.WaitForURLAsync("**/search?q=**");
        }

        // The index follows the database within a moment.
        for (var attempt = 0; attempt < 20; attempt++)
        {
            await SearchAsync($"нефтью {marker}");
            if (await result.IsVisibleAsync())
            {
                break;
            }
            await page.WaitForTimeoutAsync(500);
        }
        await Assertions.Expect(result).ToBeVisibleAsync();

        // Two letters hit by their neighbouring keys.
        await SearchAsync($"нефтт мксторождении {marker}");
        await Assertions.Expect(result).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator(".search-typo")).ToBeVisibleAsync();

        var switched = KeyboardLayout.Switch($"нефть {marker}")!;
        await SearchAsync(switched);
        await Assertions.Expect(result).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator(".search-layout strong")).ToHaveTextAsync($"нефть {marker}");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserFixture.ScreenshotFolder, "search-layout-switched.png"), FullPage = true });

        await page.Locator(".search-layout a").ClickAsync();
        await Assertions.Expect(page.Locator(".search-empty")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#search-q")).ToHaveValueAsync(switched);
    }
}
