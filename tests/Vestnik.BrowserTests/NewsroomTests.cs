using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using Vestnik.Features.Accounts;
using Vestnik.Features.Articles.Model;
using Vestnik.Features.Newsroom.Media;
using Vestnik.Testing;

namespace Vestnik.BrowserTests;

/// <summary>The site on a real port with the scheduler ticking every second, so a schedule comes due within the test.</summary>
public sealed class NewsroomSiteFixture : SiteFixture
{
    protected override VestnikApp Configure(VestnikApp app) => app.WithSetting("Newsroom:Scheduler:Interval", "00:00:01");

    // The editor form offers these to choose from.
    protected override Task SeedAsync(VestnikApp app) => app.WithDbAsync(async db =>
    {
        await TestArticles.SectionAsync(db);
        await TestArticles.AuthorAsync(db);
    });
}

[Collection(nameof(BrowserSuite))]
public sealed class NewsroomTests(BrowserFixture browser, NewsroomSiteFixture site) : IClassFixture<NewsroomSiteFixture>
{
    /// <summary>A new member of staff with <paramref name="role"/>, signed in on a new page of <paramref name="context"/>, at the article list.</summary>
    private async Task<IPage> SignInAsync(IBrowserContext context, string role)
    {
        var account = await RoleClients.CreateAccountAsync(site.App, [role], role);
        var page = await context.NewPageAsync();
        await page.SignInAsync(account, "/newsroom/articles");
        await page.WaitForURLAsync("**/newsroom/articles");
        return page;
    }

    private Task<IBrowserContext> NewContextAsync() => browser.NewContextAsync(new BrowserNewContextOptions
    {
        BaseURL = site.BaseAddress.ToString(),
        ViewportSize = new ViewportSize { Width = 1400, Height = 1000 },
    });

    [Fact]
    public async Task Editor_ShouldScheduleAnArticleWithAnImage_AndTheSchedulerShouldPutItOnTheHomePage()
    {
        await using var context = await NewContextAsync();
        var page = await SignInAsync(context, Roles.Editor);
        var errors = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                errors.Add($"{message.Text} ({message.Location})");
            }
        };

        // Upload the picture to the media library.
        await page.GotoAsync("/newsroom/media");
        await page.SetInputFilesAsync("#upload", new FilePayload { Name = "москва.jpg", MimeType = "image/jpeg", Buffer = TestImages.Picture(1800, 1000) });
        await page.FillAsync("#Caption", "Вид на Москву-реку");
        await page.FillAsync("#Credit", "Фото: Вестник");
        await page.ClickAsync("form.nr-upload button[type=submit]");
        await Assertions.Expect(page.Locator(".nr-notice")).ToBeVisibleAsync();
        var mediaId = await site.App.WithDbAsync(db => db.Set<MediaAsset>().OrderByDescending(m => m.Id).Select(m => m.Id).FirstAsync());

        // Write the article.
        var title = $"Столица готовится к зиме {Guid.NewGuid().ToString("N")[..6]}";
        await page.GotoAsync("/newsroom/articles/edit");
        await page.FillAsync("#Form_Title", title);
        await page.FillAsync("#Form_Dek", "Коммунальные службы перешли на зимний режим.");
        // Typed as Markdown source: the visual editor's switch shows the textarea.
        await page.ClickAsync("#rich-editor [data-command=markdown]");
        await page.FillAsync("#Form_Body", "Снег ожидается **в понедельник**.\n\n<script>alert(1)</script>");
        await Assertions.Expect(page.Locator("#preview strong")).ToHaveTextAsync("в понедельник");
        await page.SelectOptionAsync("#author-0", new SelectOptionValue { Index = 1 });
        await page.FillAsync("#Form_Tags", "зима, Москва");
        await page.CheckAsync($"input[name='Form.LeadMediaId'][value='{mediaId}']");
        await Assertions.Expect(page.Locator("#Form_LeadCaption")).ToHaveValueAsync("Вид на Москву-реку");
        await Assertions.Expect(page.Locator("#Form_LeadCredit")).ToHaveValueAsync("Фото: Вестник");

        // Schedule it half a minute ahead, in newsroom (Moscow) time; the scheduler ticks every second.
        var moscow = TimeZoneInfo.FindSystemTimeZoneById("Europe/Moscow");
        var at = TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow.AddSeconds(30), moscow);
        await page.FillAsync("#Form_ScheduleAt", at.ToString("yyyy-MM-ddTHH:mm:ss", CultureInfo.InvariantCulture));
        await page.ClickAsync("button[formaction*='handler=Schedule']");
        await Assertions.Expect(page.Locator(".nr-badge--scheduled")).ToBeVisibleAsync();

        var published = false;
        for (var i = 0; i < 90 && !published; i++)
        {
            await Task.Delay(1000);
            published = await site.App.WithDbAsync(db => db.Articles.AnyAsync(a => a.Title == title && a.Status == ArticleStatus.Published));
        }
        Assert.True(published, "the scheduler published the article");

        await page.GotoAsync("/");
        var lead = page.Locator(".lead-card");
        await Assertions.Expect(lead).ToContainTextAsync(title);
        var imageLoaded = await page.EvalOnSelectorAsync<bool>(".lead-card img", "img => img.complete && img.naturalWidth > 0 && img.src.includes('/media/')");
        Assert.True(imageLoaded, "the lead image is the uploaded one and loads");

        await lead.Locator("h2 a").ClickAsync();
        await Assertions.Expect(page.Locator("h1.article__title")).ToHaveTextAsync(title);
        Assert.True(await page.EvalOnSelectorAsync<bool>(".article__image img", "img => img.currentSrc.includes('/media/') && img.naturalWidth > 0"));
        await Assertions.Expect(page.Locator(".article__image figcaption")).ToContainTextAsync("Вид на Москву-реку");
        Assert.Equal(0, await page.Locator(".article__body script").CountAsync());
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserFixture.ScreenshotFolder, "newsroom-scheduled-article.png"), FullPage = false });
        Assert.True(errors.Count == 0, string.Join("\n", errors));
    }

    [Fact]
    public async Task Author_ShouldSubmitForReview_ButHasNoWayToPublish()
    {
        await using var context = await NewContextAsync();
        var page = await SignInAsync(context, Roles.Author);

        await page.GotoAsync("/newsroom/articles/edit");
        await page.FillAsync("#Form_Title", "Заметка автора");
        await page.WriteBodyAsync("Текст заметки.");
        await page.SelectOptionAsync("#author-0", new SelectOptionValue { Index = 1 });
        Assert.Equal(0, await page.Locator("button[formaction*='handler=Publish']").CountAsync());
        Assert.Equal(0, await page.Locator("button[formaction*='handler=Schedule']").CountAsync());
        await page.ClickAsync("button[formaction*='handler=Save']");
        await Assertions.Expect(page.Locator(".nr-badge--draft")).ToBeVisibleAsync();
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserFixture.ScreenshotFolder, "newsroom-editor.png"), FullPage = false });

        await page.ClickAsync("button[formaction*='handler=Submit']");
        await Assertions.Expect(page.Locator(".nr-badge--inreview")).ToBeVisibleAsync();
        Assert.Equal(0, await page.Locator("button[formaction*='handler=Publish']").CountAsync());
    }

    [Fact]
    public async Task Admin_ShouldInviteAnAuthor_WhoSetsAPasswordLandsInTheNewsroomAndWritesUnderTheirOwnByline()
    {
        var newsroom = Vestnik.Features.Newsroom.NewsroomText.Ru;
        var accounts = AccountText.Ru;
        await using var adminContext = await NewContextAsync();
        var admin = await adminContext.NewPageAsync();
        await admin.SignInAsync(await RoleClients.CreateAccountAsync(site.App, [Roles.Admin], "Главный редактор"), "/newsroom");
        await admin.WaitForURLAsync("**/newsroom");

        // From the newsroom home, through the menu, to the invitation form.
        await admin.GetByRole(AriaRole.Navigation, new() { Name = newsroom.Newsroom }).GetByRole(AriaRole.Link, new() { Name = newsroom.Users }).ClickAsync();
        var email = $"new-author-{Guid.NewGuid():N}@test.vestnik";
        var invitation = admin.Locator("form.nr-invite");
        await invitation.GetByLabel(newsroom.Email, new() { Exact = true }).FillAsync(email);
        await invitation.GetByLabel(newsroom.DisplayName, new() { Exact = true }).FillAsync("Ирина Соколова");
        await invitation.GetByLabel(newsroom.RoleAuthor, new() { Exact = true }).CheckAsync();
        await invitation.GetByRole(AriaRole.Button, new() { Name = newsroom.SendInvite }).ClickAsync();
        await Assertions.Expect(admin.Locator(".nr-notice")).ToBeVisibleAsync();
        var mail = (await Mailbox.BodiesToAsync(site.App, email)).Single();
        var link = new Uri(System.Text.RegularExpressions.Regex.Match(mail, @"https?://\S+/account/reset-password\?\S+").Value).PathAndQuery;

        // The invited author follows the link, sets a password and is in the newsroom at once.
        await using var authorContext = await NewContextAsync();
        var author = await authorContext.NewPageAsync();
        await author.GotoAsync(link);
        await author.GetByLabel(accounts.NewPassword).FillAsync("Invited-author-password-1");
        await author.GetByRole(AriaRole.Button, new() { Name = accounts.SetPassword }).ClickAsync();
        await author.WaitForURLAsync("**/newsroom");

        // No editor has made a byline for them: the first draft is signed with their own name.
        await author.GetByRole(AriaRole.Navigation, new() { Name = newsroom.Newsroom }).GetByRole(AriaRole.Link, new() { Name = newsroom.NewArticle }).ClickAsync();
        await author.GetByLabel(newsroom.Title, new() { Exact = true }).FillAsync("Первая заметка нового автора");
        await author.WriteBodyAsync("Текст первой заметки.");
        await author.GetByRole(AriaRole.Button, new() { Name = newsroom.Save, Exact = true }).ClickAsync();
        await Assertions.Expect(author.Locator(".nr-badge--draft")).ToBeVisibleAsync();
        await Assertions.Expect(author.Locator("#author-0 option:checked")).ToHaveTextAsync("Ирина Соколова");
        await author.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserFixture.ScreenshotFolder, "newsroom-new-author-draft.png") });
    }

    [Fact]
    public async Task Editor_ShouldFindASubmittedDraftOnTheNewsroomHome_ReviewAndPublishIt()
    {
        var newsroom = Vestnik.Features.Newsroom.NewsroomText.Ru;
        var title = $"Заметка на проверку {Guid.NewGuid().ToString("N")[..6]}";
        await using var authorContext = await NewContextAsync();
        var author = await SignInAsync(authorContext, Roles.Author);
        await author.GotoAsync("/newsroom/articles/edit");
        await author.GetByLabel(newsroom.Title, new() { Exact = true }).FillAsync(title);
        await author.WriteBodyAsync("Текст, который ждёт редактора.");
        await author.GetByRole(AriaRole.Button, new() { Name = newsroom.Save, Exact = true }).ClickAsync();
        await author.ClickAsync("button[formaction*='handler=Submit']");
        await Assertions.Expect(author.Locator(".nr-badge--inreview")).ToBeVisibleAsync();

        // The editor's home counts the draft; one click lists what waits, one more opens it.
        await using var editorContext = await NewContextAsync();
        var editor = await editorContext.NewPageAsync();
        await editor.SignInAsync(await RoleClients.CreateAccountAsync(site.App, [Roles.Editor], "Выпускающий редактор"), "/newsroom");
        await editor.WaitForURLAsync("**/newsroom");
        var waiting = editor.Locator("[data-work=articles-in-review] a");
        await Assertions.Expect(waiting).ToContainTextAsync(newsroom.WorkInReview);
        await waiting.ClickAsync();
        await editor.GetByRole(AriaRole.Link, new() { Name = title }).ClickAsync();
        await editor.GetByRole(AriaRole.Button, new() { Name = newsroom.PublishNow, Exact = true }).ClickAsync();
        await Assertions.Expect(editor.Locator(".nr-badge--published")).ToBeVisibleAsync();

        await editor.GotoAsync("/");
        await Assertions.Expect(editor.Locator(".lead-card, .card").Filter(new() { HasText = title }).First).ToBeVisibleAsync();
    }
}
