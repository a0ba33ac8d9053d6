using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Vestnik.Features.Accounts;
using Vestnik.Features.Newsroom.Media;
using Vestnik.Testing;

namespace Vestnik.BrowserTests;

/// <summary>
/// An article written from start to finish in the visual editor: a Word document pasted, an image from the library and
/// a Telegram post put in, typography as typed, the browser lost before anyone saved, the draft found again and
/// published; on the site the post waits for the reader's click before anything is fetched from Telegram.
/// </summary>
[Collection(nameof(BrowserSuite))]
public sealed partial class EditorJourneyTests(BrowserFixture browser, LiveSiteFixture site)
{
    private const string WordClipboard =
        """
        <html xmlns:o="urn:schemas-microsoft-com:office:office"><head><style>p.MsoNormal{margin:0}</style></head><body>
        <!--StartFragment--><p class=MsoNormal><b><span style='font-family:"Times New Roman"'>Главное:</span></b> мост открыли <span style='color:red'>утром</span>.<o:p></o:p></p><script>alert(1)</script><!--EndFragment--></body></html>
        """;

    [GeneratedRegex(@"/newsroom/articles/edit/(\d+)$")]
    private static partial Regex DraftAddress();

    [Fact]
    public async Task Editor_ShouldPasteTypeInsertImageAndEmbed_SurviveALostBrowser_AndPublishACardThatLoadsOnClick()
    {
        var caption = "Мост " + Guid.NewGuid().ToString("N")[..8];
        await using (var scope = site.App.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<MediaLibrary>().AddAsync(TestImages.Picture(1200, 800), "bridge.jpg", caption, "", "", "test");
        }
        var account = await RoleClients.CreateAccountAsync(site.App, [Roles.Editor], "Ведущий редактор");
        var title = "Новый мост " + Guid.NewGuid().ToString("N")[..6];
        string body;
        int id;

        await using (var context = await NewContextAsync())
        {
            var page = await context.NewPageAsync();
            await page.SignInAsync(account, "/newsroom/articles/edit");
            await page.WaitForURLAsync("**/newsroom/articles/edit");
            await page.FillAsync("#Form_Title", title);
            await page.SelectOptionAsync("#author-0", new SelectOptionValue { Index = 1 });

            // A paragraph from Word: its bold stays, its fonts, colours and script do not.
            await page.VisualBody().ClickAsync();
            await page.PasteHtmlAsync(WordClipboard);
            await Assertions.Expect(page.Locator("#Form_Body")).ToHaveValueAsync("**Главное:** мост открыли утром.");

            // Typed quotes and dashes become Russian typography.
            await page.Keyboard.PressAsync("Control+End");
            await page.Keyboard.PressAsync("Enter");
            await page.Keyboard.TypeAsync("Мэр сказал: \"Это подарок городу\" - и перерезал ленту.");
            await page.Keyboard.PressAsync("Enter");

            // An image from the library, with its alt text.
            await page.ClickAsync("#rich-editor [data-command=image]");
            await page.Keyboard.TypeAsync(caption);
            await page.Keyboard.PressAsync("Enter");
            var choice = page.Locator("[data-image-picker] .nr-picker__choice");
            await Assertions.Expect(choice).ToHaveCountAsync(1);
            await choice.ClickAsync();
            await Assertions.Expect(page.Locator("[data-image-alt]")).ToBeFocusedAsync();
            await page.Keyboard.TypeAsync("Разводной мост над рекой");

            // A Telegram post, by its address.
            await page.VisualBody().ClickAsync();
            await page.Keyboard.PressAsync("Control+End");
            page.Dialog += async (_, dialog) => await dialog.AcceptAsync("https://t.me/durov/123");
            await page.ClickAsync("#rich-editor [data-command=embed]");
            await Assertions.Expect(page.VisualBody().Locator(".nr-embed")).ToHaveCountAsync(1);

            body = await page.Locator("#Form_Body").InputValueAsync();
            Assert.Contains("**Главное:** мост открыли утром.", body, StringComparison.Ordinal);
            Assert.Contains("Мэр сказал: «Это подарок городу»\u00A0— и\u00A0перерезал ленту.", body, StringComparison.Ordinal);
            Assert.Matches($@"!\[Разводной мост над рекой\]\(/media/[0-9a-z/]+/1200\.jpg ""{caption}""\)", body);
            Assert.EndsWith("https://t.me/durov/123", body, StringComparison.Ordinal);

            // Nobody presses Save: autosave makes the draft and keeps up with the text; then the browser is gone.
            await Assertions.Expect(page).ToHaveURLAsync(DraftAddress(), new() { Timeout = 60_000 });
            id = int.Parse(DraftAddress().Match(page.Url).Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
            await WaitUntilSavedAsync(id, body);
        }

        await using (var context = await NewContextAsync())
        {
            var page = await context.NewPageAsync();
            await page.SignInAsync(account, $"/newsroom/articles/edit/{id}");
            await page.WaitForURLAsync($"**/newsroom/articles/edit/{id}");
            await Assertions.Expect(page.Locator("#Form_Title")).ToHaveValueAsync(title);
            await Assertions.Expect(page.Locator("#Form_Body")).ToHaveValueAsync(body);
            await Assertions.Expect(page.VisualBody().Locator(".nr-embed")).ToHaveCountAsync(1);

            await page.ClickAsync("button[formaction*='handler=Publish']");
            await Assertions.Expect(page.Locator(".nr-badge--published")).ToBeVisibleAsync();
        }

        var slug = await site.App.WithDbAsync(db => db.Articles.Where(a => a.Id == id).Select(a => a.Slug).SingleAsync());
        await using (var reader = await browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = site.BaseAddress.ToString() }))
        {
            var page = await reader.NewPageAsync();
            var requests = new ConcurrentQueue<string>();
            page.Request += (_, request) => requests.Enqueue(request.Url);
            // Offline here: Telegram's player is answered locally, so the test sees the request was made, and when.
            await page.RouteAsync("https://t.me/**", route => route.FulfillAsync(new RouteFulfillOptions
            {
                Status = 200, ContentType = "text/html", Body = "<!doctype html><title>post</title>",
            }));

            await page.GotoAsync($"/articles/{slug}");
            await Assertions.Expect(page.Locator(".article__body figure img")).ToHaveAttributeAsync("alt", "Разводной мост над рекой");
            await Assertions.Expect(page.Locator(".article__body")).ToContainTextAsync("«Это подарок городу»");
            var card = page.Locator(".embed--telegram");
            var load = card.GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = "Показать" });
            await Assertions.Expect(load).ToBeVisibleAsync();
            await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
            Assert.All(requests.ToList(), url => Assert.True(new Uri(url).IsLoopback, $"{url} was requested before the click"));

            await load.ClickAsync();

            await Assertions.Expect(card.Locator("iframe")).ToHaveAttributeAsync("src", "https://t.me/durov/123?embed=1");
            Assert.Contains("https://t.me/durov/123?embed=1", requests);
        }
    }

    /// <summary>Autosave runs a few seconds after typing stops; the text is safe once the database holds all of it.</summary>
    private async Task WaitUntilSavedAsync(int id, string body)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        string? stored;
        // A form posts a textarea's line breaks as CRLF.
        while ((stored = await site.App.WithDbAsync(db => db.Articles.Where(a => a.Id == id).Select(a => a.BodyMarkdown).SingleAsync()))
               .ReplaceLineEndings("\n") != body)
        {
            Assert.True(DateTime.UtcNow < deadline, $"the editor's autosave did not store the whole text within a minute; stored: {stored}");
            await Task.Delay(250);
        }
    }

    private Task<IBrowserContext> NewContextAsync() => browser.NewContextAsync(new BrowserNewContextOptions
    {
        BaseURL = site.BaseAddress.ToString(),
        ViewportSize = new ViewportSize { Width = 1400, Height = 1000 },
    });
}
