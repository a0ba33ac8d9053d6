using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Vestnik.Features.Accounts;
using Vestnik.Features.Newsroom.Media;
using Vestnik.Testing;

namespace Vestnik.BrowserTests;

/// <summary>An image from the media library put into the text with the visual editor, described, and read on the site.</summary>
[Collection(nameof(BrowserSuite))]
public sealed class BodyImageEditorTests(BrowserFixture browser, LiveSiteFixture site)
{

    [Fact]
    public async Task ImagePickedFromTheLibrary_ShouldBeDescribedInTheEditor_AndShownToReadersAsAFigure()
    {
        var caption = "Набережная " + Guid.NewGuid().ToString("N")[..8];
        await using (var scope = site.App.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<MediaLibrary>().AddAsync(TestImages.Picture(1200, 800), "embankment.jpg", caption, "", "", "test");
        }
        var account = await RoleClients.CreateAccountAsync(site.App, [Roles.Editor], "Редактор");
        await using var context = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = site.BaseAddress.ToString(),
            ViewportSize = new ViewportSize { Width = 1400, Height = 1000 },
        });
        var page = await context.NewPageAsync();
        await page.SignInAsync(account, "/newsroom/articles/edit");
        await page.WaitForURLAsync("**/newsroom/articles/edit");
        var title = "Город у воды " + Guid.NewGuid().ToString("N")[..6];
        await page.FillAsync("#Form_Title", title);
        await page.SelectOptionAsync("#author-0", new SelectOptionValue { Index = 1 });
        await page.VisualBody().ClickAsync();
        // Typed typography ties the short preposition to its word with a non-breaking space (see "expected" below).
        await page.Keyboard.TypeAsync("Вечер на набережной.");
        await page.Keyboard.PressAsync("Enter");

        // The picker is a dialog worked from the keyboard: search, then choose.
        await page.ClickAsync("#rich-editor [data-command=image]");
        await page.Keyboard.TypeAsync(caption);
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.Locator("[data-picker-results][aria-busy=false]")).ToHaveCountAsync(1);
        var choice = page.Locator("[data-image-picker] .nr-picker__choice");
        await Assertions.Expect(choice).ToHaveCountAsync(1);
        await choice.FocusAsync();
        await page.Keyboard.PressAsync("Enter");

        // The chosen image is selected and its alt text field has the focus.
        await Assertions.Expect(page.Locator("[data-image-alt]")).ToBeFocusedAsync();
        await page.Keyboard.TypeAsync("Фонари отражаются в реке");
        await page.FillAsync("[data-image-credit]", "Фото: Вестник");
        var folder = await site.App.WithDbAsync(db => db.Set<MediaAsset>().Where(m => m.Caption == caption).Select(m => m.Folder).SingleAsync());
        var expected = $"Вечер на\u00A0набережной.\n\n![Фонари отражаются в реке](/media/{folder}/1200.jpg \"{caption} © Фото: Вестник\")";
        await Assertions.Expect(page.Locator("#Form_Body")).ToHaveValueAsync(expected);

        await page.ClickAsync("button[formaction*='handler=Publish']");
        await Assertions.Expect(page.Locator(".nr-badge--published")).ToBeVisibleAsync();
        var slug = await site.App.WithDbAsync(db => db.Articles.Where(a => a.Title == title).Select(a => a.Slug).SingleAsync());

        await page.GotoAsync($"/articles/{slug}");
        var figure = page.Locator(".article__body figure.article-figure");
        await Assertions.Expect(figure.Locator("figcaption")).ToHaveTextAsync($"{caption} Фото: Вестник");
        await Assertions.Expect(figure.Locator("img")).ToHaveAttributeAsync("alt", "Фонари отражаются в реке");
        await Assertions.Expect(figure.Locator("source")).ToHaveAttributeAsync("srcset", $"/media/{folder}/480.webp 480w, /media/{folder}/960.webp 960w, /media/{folder}/1200.webp 1200w");
        // The rendition the browser picked has loaded: a real image of the library, not a broken one.
        await figure.ScrollIntoViewIfNeededAsync();
        await Assertions.Expect(figure.Locator("img")).ToHaveJSPropertyAsync("complete", true);
        Assert.True(await figure.Locator("img").EvaluateAsync<bool>("img => img.naturalWidth > 0"));
    }

    [Fact]
    public async Task ImageFileDroppedIntoTheText_ShouldBeUploadedToTheLibrary_AndAFileThatIsNoImageExplained()
    {
        var account = await RoleClients.CreateAccountAsync(site.App, [Roles.Author], "Автор");
        await using var context = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = site.BaseAddress.ToString(),
            ViewportSize = new ViewportSize { Width = 1400, Height = 1000 },
        });
        var page = await context.NewPageAsync();
        await page.SignInAsync(account, "/newsroom/articles/edit");
        await page.WaitForURLAsync("**/newsroom/articles/edit");
        await page.VisualBody().ClickAsync();
        await page.Keyboard.TypeAsync("Снимок дня.");
        var name = $"drop-{Guid.NewGuid():N}.jpg";

        // A drop as the browser delivers one from the desktop: files in the event's DataTransfer, over the text.
        const string drop = """
            ([name, bytes]) => {
                const transfer = new DataTransfer();
                transfer.items.add(new File([new Uint8Array(bytes)], name, { type: "image/jpeg" }));
                const text = document.querySelector("#rich-editor .nr-rich__text");
                const box = text.getBoundingClientRect();
                text.dispatchEvent(new DragEvent("drop", { dataTransfer: transfer, clientX: box.right - 5, clientY: box.bottom - 5, bubbles: true, cancelable: true }));
            }
            """;
        await page.EvaluateAsync(drop, new object[] { "not-an-image.jpg", "<svg onload=alert(1)>"u8.ToArray().Select(b => (int)b).ToArray() });
        await Assertions.Expect(page.Locator("#rich-editor [data-note]")).ToHaveTextAsync("not-an-image.jpg: Это не картинка JPEG, PNG или WebP.");

        await page.EvaluateAsync(drop, new object[] { name, TestImages.Picture(640, 480).Select(b => (int)b).ToArray() });
        await Assertions.Expect(page.Locator("#rich-editor [data-note]")).ToBeHiddenAsync();
        var folder = await site.App.WithDbAsync(db => db.Set<MediaAsset>().Where(m => m.OriginalFileName == name).Select(m => m.Folder).SingleAsync());
        // Dropped below the last line, the image lands in a paragraph of its own: a figure on the site.
        await Assertions.Expect(page.Locator("#Form_Body")).ToHaveValueAsync($"Снимок дня.\n\n![](/media/{folder}/640.jpg)");
        await Assertions.Expect(page.VisualBody().Locator("img[data-article-image]")).ToHaveJSPropertyAsync("complete", true);
    }
}
