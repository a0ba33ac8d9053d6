using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using Vestnik.Features.Accounts;
using Vestnik.Features.Comments;
using Vestnik.Features.Comments.Moderation;
using Vestnik.Features.Distribution;
using Vestnik.Features.Newsroom;
using Vestnik.Testing;

namespace Vestnik.BrowserTests;

/// <summary>The site on a real port with a webhook receiver beside it on loopback, and comment limits out of the way.</summary>
public sealed class AdminSiteFixture : SiteFixture
{
    public FakeHttpReceiver Receiver { get; } = new();

    protected override VestnikApp Configure(VestnikApp app) => app
        .WithSetting("Webhooks:AllowPrivateTargets", "true")
        .WithSetting("Webhooks:PollInterval", "00:00:00.200")
        .WithSetting("Comments:MinSecondsToSubmit", "0")
        .WithSetting("Comments:DuplicateWindowMinutes", "0");

    protected override Task SeedAsync(VestnikApp app) => app.WithDbAsync(async db =>
    {
        await TestArticles.SectionAsync(db);
        await TestArticles.AuthorAsync(db);
    });

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        await Receiver.DisposeAsync();
    }
}

/// <summary>An admin configures the site from the newsroom, and the settings take effect for an article and its readers.</summary>
[Collection(nameof(BrowserSuite))]
public sealed class AdminJourneyTests(BrowserFixture browser, AdminSiteFixture site) : IClassFixture<AdminSiteFixture>
{
    private Task<IBrowserContext> NewContextAsync() => browser.NewContextAsync(new BrowserNewContextOptions
    {
        BaseURL = site.BaseAddress.ToString(),
        ViewportSize = new ViewportSize { Width = 1366, Height = 1000 },
    });

    [Fact]
    public async Task Admin_ShouldSetModerationAndAWebhook_ThenPublish_AndReadersAndTheReceiverShouldFeelIt()
    {
        var newsroom = NewsroomText.Ru;
        var moderation = ModerationText.Ru;
        var distribution = DistributionText.Ru;
        var title = $"Паводок в Твери {Guid.NewGuid().ToString("N")[..6]}";
        await using var adminContext = await NewContextAsync();
        var admin = await adminContext.NewPageAsync();
        await admin.SignInAsync(await RoleClients.CreateAccountAsync(site.App, [Roles.Admin], "Администратор сайта"), "/newsroom");
        await admin.WaitForURLAsync("**/newsroom");
        var menu = admin.GetByRole(AriaRole.Navigation, new() { Name = newsroom.Newsroom });

        // Comments: the section goes to pre-moderation, and one word is refused outright.
        await menu.GetByRole(AriaRole.Link, new() { Name = newsroom.Comments, Exact = true }).ClickAsync();
        await admin.GetByRole(AriaRole.Link, new() { Name = moderation.SettingsLink }).ClickAsync();
        var sectionMode = admin.Locator("form:has(input[name=scope][value=section])");
        await sectionMode.GetByLabel(moderation.Mode).SelectOptionAsync(new SelectOptionValue { Label = moderation.ModePremoderated });
        await sectionMode.GetByRole(AriaRole.Button, new() { Name = moderation.Save }).ClickAsync();
        await Assertions.Expect(admin.Locator(".moderation ul").First).ToContainTextAsync(moderation.ModePremoderated);
        var words = admin.Locator("form:has(input[name=word])");
        await words.GetByLabel(moderation.Word).FillAsync("казино");
        await words.GetByLabel(moderation.Action).SelectOptionAsync(new SelectOptionValue { Label = moderation.RejectAtOnce });
        await words.GetByRole(AriaRole.Button, new() { Name = moderation.Add }).ClickAsync();
        await Assertions.Expect(admin.Locator(".moderation li", new() { HasText = "казино" })).ToBeVisibleAsync();

        // Webhooks: a receiver for every publication.
        await menu.GetByRole(AriaRole.Link, new() { Name = newsroom.Webhooks, Exact = true }).ClickAsync();
        await admin.GetByLabel(distribution.Address).FillAsync(site.Receiver.BaseUrl + "/vestnik-hook");
        await admin.GetByLabel(distribution.Description).FillAsync("Агрегатор партнёра");
        await admin.GetByRole(AriaRole.Button, new() { Name = distribution.AddWebhook }).ClickAsync();
        await Assertions.Expect(admin.GetByText("Агрегатор партнёра")).ToBeVisibleAsync();

        // The admin publishes; the receiver hears of it.
        await menu.GetByRole(AriaRole.Link, new() { Name = newsroom.NewArticle, Exact = true }).ClickAsync();
        await admin.GetByLabel(newsroom.Title, new() { Exact = true }).FillAsync(title);
        await admin.WriteBodyAsync("Вода поднялась на два метра.");
        await admin.GetByRole(AriaRole.Button, new() { Name = newsroom.PublishNow, Exact = true }).ClickAsync();
        await Assertions.Expect(admin.Locator(".nr-badge--published")).ToBeVisibleAsync();
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (!site.Receiver.Requests.Any(r => r.Path == "/vestnik-hook" && r.Body.Contains(title, StringComparison.Ordinal)) && DateTime.UtcNow < deadline)
        {
            await Task.Delay(200);
        }
        Assert.Contains(site.Receiver.Requests, r => r.Path == "/vestnik-hook" && r.Body.Contains(title, StringComparison.Ordinal));

        // A reader's comment waits for a moderator; one with the refused word is turned away with the reason.
        var slug = await site.App.WithDbAsync(db => db.Articles.Where(a => a.Title == title).Select(a => a.Slug).SingleAsync());
        await using var readerContext = await NewContextAsync();
        var reader = await readerContext.NewPageAsync();
        await reader.SignInAsync(await RoleClients.CreateAccountAsync(site.App, [], "Читательница Из Твери"), $"/articles/{slug}");
        await reader.WaitForURLAsync($"**/articles/{slug}**");
        await reader.FillAsync("#body-new", "Держитесь, тверичи!");
        await reader.ClickAsync("#comments > form[data-comment-form] button[type=submit]");
        await Assertions.Expect(reader.Locator(".comment--awaiting .comment__awaiting")).ToBeVisibleAsync();
        await reader.FillAsync("#body-new", "Лучшее казино для тверичей");
        await reader.ClickAsync("#comments > form[data-comment-form] button[type=submit]");
        await Assertions.Expect(reader.Locator("#comments > form[data-comment-form] [data-form-error]")).ToHaveTextAsync(CommentsText.Ru.BannedWords);
        await Assertions.Expect(reader.Locator("#body-new")).ToHaveValueAsync("Лучшее казино для тверичей");
    }
}
