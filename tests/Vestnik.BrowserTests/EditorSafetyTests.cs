using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Vestnik.Features.Accounts;
using Vestnik.Testing;

namespace Vestnik.BrowserTests;

/// <summary>The editor's safety net in a browser: autosave survives a closed browser, presence, and the conflict view.</summary>
[Collection(nameof(BrowserSuite))]
public sealed partial class EditorSafetyTests(BrowserFixture browser, NewsroomSiteFixture site) : IClassFixture<NewsroomSiteFixture>
{
    private Task<IBrowserContext> NewContextAsync() => browser.NewContextAsync(new BrowserNewContextOptions
    {
        BaseURL = site.BaseAddress.ToString(),
        ViewportSize = new ViewportSize { Width = 1400, Height = 1000 },
    });

    /// <summary>Autosave waits for typing to stop and presence for a heartbeat: longer than Playwright's default 5 s.</summary>
    private static readonly LocatorAssertionsToHaveTextOptions Heartbeat = new() { Timeout = 60_000 };

    private static async Task<IPage> OpenAsync(IBrowserContext context, TestAccount account, string url)
    {
        var page = await context.NewPageAsync();
        await page.SignInAsync(account, url);
        await page.WaitForURLAsync("**" + url);
        return page;
    }

    [GeneratedRegex(@"^Сохранено \d\d:\d\d$")]
    private static partial Regex SavedAt();

    [GeneratedRegex(@"/newsroom/articles/edit/\d+$")]
    private static partial Regex DraftAddress();

    [Fact]
    public async Task NewArticle_ShouldAutosaveWhileTyped_AndBeThereAfterTheBrowserIsClosedWithoutSaving()
    {
        var account = await RoleClients.CreateAccountAsync(site.App, [Roles.Author]);
        var title = $"Автосохранение {Guid.NewGuid().ToString("N")[..6]}";
        string address;
        await using (var context = await NewContextAsync())
        {
            var page = await OpenAsync(context, account, "/newsroom/articles/edit");
            await page.FillAsync("#Form_Title", title);
            await page.WriteBodyAsync("Текст, который не должен пропасть.");

            await Assertions.Expect(page.Locator("#autosave-status")).ToHaveTextAsync(SavedAt(), Heartbeat);
            await Assertions.Expect(page).ToHaveURLAsync(DraftAddress());
            address = new Uri(page.Url).AbsolutePath;
            // The browser goes away without anyone pressing "Save".
        }

        await using var again = await NewContextAsync();
        var reopened = await OpenAsync(again, account, address);

        await Assertions.Expect(reopened.Locator("#Form_Title")).ToHaveValueAsync(title);
        await Assertions.Expect(reopened.Locator("#Form_Body")).ToHaveValueAsync("Текст, который не должен пропасть.");
    }

    [Fact]
    public async Task TwoEditorsOnOneArticle_ShouldEachBeToldTheOtherIsEditing()
    {
        var article = await site.App.WithDbAsync(db => TestArticles.CreateAsync(db, "Материал на двоих", publish: false));
        var maria = await RoleClients.CreateAccountAsync(site.App, [Roles.Editor], "Мария Иванова");
        var pyotr = await RoleClients.CreateAccountAsync(site.App, [Roles.Editor], "Пётр Смирнов");
        var url = $"/newsroom/articles/edit/{article.Id}";
        await using var first = await NewContextAsync();
        await using var second = await NewContextAsync();

        var mariaPage = await OpenAsync(first, maria, url);
        var pyotrPage = await OpenAsync(second, pyotr, url);

        await Assertions.Expect(pyotrPage.Locator("#presence-warning")).ToHaveTextAsync("Мария Иванова тоже редактирует этот материал", Heartbeat);
        // Maria's editor learns of Pyotr at its next heartbeat, 20 s at most.
        await Assertions.Expect(mariaPage.Locator("#presence-warning")).ToHaveTextAsync("Пётр Смирнов тоже редактирует этот материал", Heartbeat);
    }

    [Fact]
    public async Task ConflictingSave_ShouldShowBothTextsSideBySide_AndKeepMineShouldSaveIt()
    {
        var article = await site.App.WithDbAsync(db => TestArticles.CreateAsync(db, "Спорный материал", publish: false));
        var mine = await RoleClients.CreateAccountAsync(site.App, [Roles.Editor]);
        var theirs = await RoleClients.CreateAccountAsync(site.App, [Roles.Editor]);
        var url = $"/newsroom/articles/edit/{article.Id}";
        await using var myContext = await NewContextAsync();
        await using var theirContext = await NewContextAsync();
        var myPage = await OpenAsync(myContext, mine, url);
        var theirPage = await OpenAsync(theirContext, theirs, url);

        await theirPage.WriteBodyAsync("Их версия абзаца.");
        await theirPage.ClickAsync("#editor .nr-actions button[type=submit]:first-of-type");
        await Assertions.Expect(theirPage.Locator(".nr-notice")).ToBeVisibleAsync();
        await myPage.WriteBodyAsync("Моя версия абзаца.");
        await myPage.ClickAsync("#editor .nr-actions button[type=submit]:first-of-type");

        var conflict = myPage.Locator("#save-conflict");
        await Assertions.Expect(conflict).ToContainTextAsync(theirs.Email);
        await Assertions.Expect(conflict.Locator("[data-side=saved] .nr-diff__removed")).ToContainTextAsync("Их версия абзаца.");
        await Assertions.Expect(conflict.Locator("[data-side=mine] .nr-diff__added")).ToContainTextAsync("Моя версия абзаца.");
        await myPage.ClickAsync("#conflict-keep-mine");

        await Assertions.Expect(myPage.Locator(".nr-notice")).ToBeVisibleAsync();
        await Assertions.Expect(myPage.Locator("#Form_Body")).ToHaveValueAsync("Моя версия абзаца.");
    }
}
