using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using Vestnik.Features.Accounts;
using Vestnik.Features.Articles.Model;
using Vestnik.Testing;

namespace Vestnik.BrowserTests;

/// <summary>The app with the real poller running every second and a fake feed server, for the inbox journey.</summary>
public sealed class InboxSiteFixture : SiteFixture
{
    private FakeFeedServer? _feeds;

    public FakeFeedServer Feeds => _feeds ?? throw new InvalidOperationException("not started");

    protected override VestnikApp Configure(VestnikApp app) => app
        .WithSetting("Inbox:AllowPrivateTargets", "true")
        .WithSetting("Inbox:PollerTick", "00:00:01")
        .WithSetting("Inbox:HostPace", "00:00:00");

    public override async ValueTask InitializeAsync()
    {
        _feeds = await FakeFeedServer.StartAsync();
        await base.InitializeAsync();
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (_feeds is not null)
        {
            await _feeds.DisposeAsync();
        }
    }
}

[Collection(nameof(BrowserSuite))]
public sealed class InboxTests(BrowserFixture browser, InboxSiteFixture site) : IClassFixture<InboxSiteFixture>
{
    [Fact]
    public async Task Editor_ShouldAddASubscription_SeeItsItems_AndRetellOneIntoAnAttributedDraft()
    {
        var editor = await RoleClients.CreateAccountAsync(site.App, [Roles.Editor], "Foreign Desk");
        await site.App.WithDbAsync(db => TestArticles.SectionAsync(db)); // the draft goes into a section
        var feedUrl = site.Feeds.Feed("/guardian/rss", File.ReadAllBytes(TestData.PathOf("feeds", "namespaces", "guardian-media-dc.rss")));
        await using var context = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = site.BaseAddress.ToString(),
            ViewportSize = new ViewportSize { Width = 1280, Height = 900 },
        });
        var page = await context.NewPageAsync();

        await page.GotoAsync("/newsroom/inbox");
        await page.WaitForURLAsync("**/account/login**");
        await page.SignInHereAsync(editor);
        await page.WaitForURLAsync("**/newsroom/inbox");

        await page.GotoAsync("/newsroom/inbox/sources");
        await page.FillAsync("#feed-url", feedUrl.ToString());
        await page.FillAsync("#outlet-name", "The Guardian");
        await page.ClickAsync("#test-source");
        await Assertions.Expect(page.Locator(".inbox-preview li").First).ToContainTextAsync("Trump State of the Union address promised unity");
        await page.ClickAsync("#add-source");
        await Assertions.Expect(page.Locator(".form-notice")).ToContainTextAsync("The Guardian");
        await Assertions.Expect(page.Locator($"tr[data-feed-url='{feedUrl}']")).ToBeVisibleAsync();

        // The real poller runs every second; the items arrive without any other action.
        var headline = page.Locator(".inbox-item__title a", new PageLocatorOptions { HasText = "Trump State of the Union address promised unity but emphasized discord" });
        for (var attempt = 0; attempt < 30 && await headline.CountAsync() == 0; attempt++)
        {
            await page.GotoAsync("/newsroom/inbox?Outlet=The%20Guardian");
            if (await headline.CountAsync() == 0)
            {
                await Task.Delay(500, TestContext.Current.CancellationToken);
            }
        }
        await Assertions.Expect(headline).ToBeVisibleAsync();
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserFixture.ScreenshotFolder, "inbox.png"), FullPage = false });

        var item = page.Locator(".inbox-item", new PageLocatorOptions { Has = headline });
        await item.Locator(".inbox-item__retell").ClickAsync();
        await page.WaitForURLAsync(new Regex("/newsroom/articles/edit/\\d+$"));

        var articleId = int.Parse(Regex.Match(page.Url, "/newsroom/articles/edit/(\\d+)$").Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        var draft = await site.App.WithDbAsync(db => db.Articles.AsNoTracking().SingleAsync(a => a.Id == articleId));
        Assert.Equal(ArticleStatus.Draft, draft.Status);
        Assert.Equal("The Guardian", draft.Source!.OutletName);
        Assert.Equal("Trump State of the Union address promised unity but emphasized discord", draft.Source.OriginalHeadline);
        Assert.Equal("https://www.theguardian.com/us-news/2018/jan/31/donald-trump-state-of-the-union-address-unity-discord", draft.Source.OriginalUrl);
        Assert.Equal("en", draft.Source.OriginalLanguage);
        Assert.StartsWith("> ", draft.EditorNotes, StringComparison.Ordinal);

        // The editor opens on the draft with the attribution already filled in.
        await Assertions.Expect(page.Locator("#Form_OriginalHeadline")).ToHaveValueAsync(draft.Source.OriginalHeadline);
        await Assertions.Expect(page.Locator("#Form_OutletId option:checked")).ToHaveTextAsync("The Guardian");
    }
}
