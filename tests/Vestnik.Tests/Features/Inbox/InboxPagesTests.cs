using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Vestnik.Features.Articles.Model;
using Vestnik.Features.Inbox.Items;
using Vestnik.Features.Inbox.Model;
using Vestnik.Features.Site;
using Vestnik.Infrastructure.Text;
using Vestnik.Testing;

namespace Vestnik.Tests.Features.Inbox;

/// <summary>The inbox and sources pages and "Retell", through HTTP as an editor, on one database provider.</summary>
public abstract class InboxPagesTests(InboxAppFixture fixture, FeedServerFixture feeds)
{
    private VestnikApp App => fixture.App;

    private Task<SignedIn> EditorAsync() => RoleClients.EditorAsync(App);

    /// <summary>A subscription with one item per title, all new, published an hour apart.</summary>
    private async Task<List<InboxItem>> ItemsAsync(string outlet, params (string Title, string Summary)[] stories)
    {
        var subscription = await fixture.SubscribeAsync(new Uri($"https://{Guid.NewGuid():N}.example/rss"), outlet);
        return await App.WithDbAsync(async db =>
        {
            var now = DateTimeOffset.UtcNow;
            var items = stories.Select((s, i) =>
            {
                var link = $"https://{outlet.Replace(' ', '-').ToLowerInvariant()}.example/{Guid.NewGuid():N}";
                return new InboxItem
                {
                    SubscriptionId = subscription.Id,
                    OutletName = outlet,
                    ExternalId = link,
                    Title = s.Title,
                    Summary = s.Summary,
                    Link = link,
                    NormalizedLink = LinkNormalizer.Normalize(link),
                    TitleKey = TitleSimilarity.Key(s.Title),
                    Language = "en",
                    PublishedAt = now.AddHours(-i - 1),
                    FoundAt = now,
                    SortAt = now.AddHours(-i - 1),
                };
            }).ToList();
            db.AddRange(items);
            await db.SaveChangesAsync();
            return items;
        });
    }

    [Fact]
    public async Task Inbox_ShouldSendAnonymousVisitorsToSignIn_AndRefuseAuthors()
    {
        var anonymous = RoleClients.Anonymous(App);
        var author = await RoleClients.AuthorAsync(App);

        var anonymousResponse = await anonymous.GetAsync("/newsroom/inbox");
        var authorResponse = await author.Client.GetAsync("/newsroom/inbox/sources");

        Assert.Equal(HttpStatusCode.Redirect, anonymousResponse.StatusCode);
        Assert.StartsWith("/account/login", anonymousResponse.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, authorResponse.StatusCode);
        Assert.StartsWith("/account/access-denied", authorResponse.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Retell_ShouldCreateAnAttributedDraft_AndLinkTheItemToIt()
    {
        await App.WithDbAsync(db => TestArticles.SectionAsync(db)); // the draft goes into a section
        var editor = await EditorAsync();
        var item = (await ItemsAsync("Le Monde Diplo", ("Paris bans cars from the city centre", "The mayor announced a ban on private cars from 2027.\nCyclists welcomed it.")))[0];

        var response = await editor.Client.PostFormAsync($"/newsroom/inbox?handler=Retell&id={item.Id}", [], "/newsroom/inbox/sources");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var location = response.Headers.Location!.ToString();
        Assert.Matches("^/newsroom/articles/edit/\\d+$", location);
        var articleId = int.Parse(location.Split('/')[^1], System.Globalization.CultureInfo.InvariantCulture);
        var article = await App.WithDbAsync(db => db.Articles.AsNoTracking().SingleAsync(a => a.Id == articleId));
        Assert.Equal(ArticleStatus.Draft, article.Status);
        Assert.Equal("", article.Title);
        Assert.Equal(editor.Id, article.CreatedByUserId);
        Assert.Equal("Le Monde Diplo", article.Source!.OutletName);
        Assert.Equal("Paris bans cars from the city centre", article.Source.OriginalHeadline);
        Assert.Equal(item.Link, article.Source.OriginalUrl);
        Assert.Equal(item.PublishedAt!.Value.ToUnixTimeSeconds(), article.Source.OriginalPublishedAt!.Value.ToUnixTimeSeconds());
        Assert.Equal("en", article.Source.OriginalLanguage);
        Assert.StartsWith("> The mayor announced a ban on private cars from 2027.\n> Cyclists welcomed it.", article.EditorNotes, StringComparison.Ordinal);
        Assert.Contains(item.Link, article.EditorNotes, StringComparison.Ordinal);
        Assert.StartsWith("Le Monde Diplo: ", article.DisplayTitle, StringComparison.Ordinal);
        var linked = await App.WithDbAsync(db => db.Set<InboxItem>().AsNoTracking().SingleAsync(i => i.Id == item.Id));
        Assert.Equal(articleId, linked.ArticleId);

        // A second click opens the same draft instead of making another.
        var again = await editor.Client.PostFormAsync($"/newsroom/inbox?handler=Retell&id={item.Id}", [], "/newsroom/inbox/sources");
        Assert.Equal(location, again.Headers.Location!.ToString());
        Assert.Equal(1, await App.WithDbAsync(db => db.Articles.CountAsync(a => a.Source!.OriginalUrl == item.Link)));
        var (_, page) = await editor.Client.GetPageAsync("/newsroom/inbox?Show=all&Outlet=Le%20Monde%20Diplo");
        Assert.Equal(location, page.QuerySelector($"#item-{item.Id} .inbox-item__retold")!.GetAttribute("href"));
    }

    [Fact]
    public async Task Retelling_ShouldBePublishedAtItsTitlesSlug_NotItsPlaceholder()
    {
        var author = await App.WithDbAsync(async db => { await TestArticles.SectionAsync(db); return await TestArticles.AuthorAsync(db); });
        var editor = await EditorAsync();
        var item = (await ItemsAsync("Der Spiegel", ("Berlin opens a new airport", "It took fourteen years.")))[0];
        var retold = await editor.Client.PostFormAsync($"/newsroom/inbox?handler=Retell&id={item.Id}", [], "/newsroom/inbox/sources");
        var editorUrl = retold.Headers.Location!.ToString();
        var title = "Берлин открыл аэропорт " + Guid.NewGuid().ToString("N")[..6];

        // The editor writes the headline and publishes, leaving the address field as the page filled it in.
        var published = await editor.Client.SubmitFormAsync(editorUrl, "#editor",
            new() { ["Form.Title"] = title, ["Form.AuthorIds"] = author.Id.ToString(System.Globalization.CultureInfo.InvariantCulture) },
            "button[formaction*='handler=Publish']");

        Assert.Equal(HttpStatusCode.Redirect, published.StatusCode);
        var articleId = int.Parse(editorUrl.Split('/')[^1], System.Globalization.CultureInfo.InvariantCulture);
        var article = await App.WithDbAsync(db => db.Articles.AsNoTracking().SingleAsync(a => a.Id == articleId));
        Assert.Equal(ArticleStatus.Published, article.Status);
        Assert.Equal(Transliteration.ToSlug(title), article.Slug);
        Assert.Equal(HttpStatusCode.OK, (await RoleClients.Anonymous(App).GetAsync(ReaderUrls.Article(article.Language, Transliteration.ToSlug(title)))).StatusCode);
    }

    [Fact]
    public async Task Retell_ShouldAnswer404_ForAnUnknownItem()
    {
        var editor = await EditorAsync();

        var response = await editor.Client.PostFormAsync("/newsroom/inbox?handler=Retell&id=987654321", [], "/newsroom/inbox/sources");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Inbox_ShouldListNewestFirst_FilterByOutletAndKeyword_AndHideIgnoredItems()
    {
        var editor = await EditorAsync();
        var outlet = "Filter Gazette " + Guid.NewGuid().ToString("N")[..6];
        var items = await ItemsAsync(outlet,
            ("Glaciers retreat faster in the Alps", "Swiss scientists measured record melt."),
            ("Central bank holds rates", "Inflation slowed in October."),
            ("Выборы в Молдове: итоги", "Подсчёт голосов завершён."));

        var (response, page) = await editor.Client.GetPageAsync($"/newsroom/inbox?Outlet={Uri.EscapeDataString(outlet)}");
        var (_, keyword) = await editor.Client.GetPageAsync($"/newsroom/inbox?Outlet={Uri.EscapeDataString(outlet)}&q=выборы");
        await editor.Client.PostFormAsync($"/newsroom/inbox?handler=Ignore&id={items[1].Id}", [], "/newsroom/inbox/sources");
        var (_, afterIgnore) = await editor.Client.GetPageAsync($"/newsroom/inbox?Outlet={Uri.EscapeDataString(outlet)}");
        var (_, ignored) = await editor.Client.GetPageAsync($"/newsroom/inbox?Outlet={Uri.EscapeDataString(outlet)}&Show=ignored");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(items.Select(i => i.Title), page.QuerySelectorAll(".inbox-item__title a").Select(a => a.TextContent.Trim()));
        Assert.Equal(["Выборы в Молдове: итоги"], keyword.QuerySelectorAll(".inbox-item__title a").Select(a => a.TextContent.Trim()));
        Assert.Equal(2, afterIgnore.QuerySelectorAll(".inbox-item").Length);
        Assert.Equal("Central bank holds rates", ignored.QuerySelector(".inbox-item__title a")!.TextContent.Trim());
    }

    [Fact]
    public async Task Inbox_ShouldAnswer400_ForAnUnreadableDate()
    {
        var editor = await EditorAsync();

        var (response, page) = await editor.Client.GetPageAsync("/newsroom/inbox?From=not-a-date");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.NotNull(page.QuerySelector(".form-error"));
    }

    [Fact]
    public async Task Sources_ShouldAddASubscription_AndRefuseBadOrDuplicateInput_KeepingWhatWasTyped()
    {
        var editor = await EditorAsync();
        var url = $"https://{Guid.NewGuid():N}.example/feed.xml";
        var fields = new Dictionary<string, string> { ["FeedUrl"] = url, ["OutletName"] = "Der Spiegel", ["Language"] = "de", ["PollIntervalMinutes"] = "30" };
        Task<HttpResponseMessage> AddAsync(FormValues values) => editor.Client.SubmitFormAsync("/newsroom/inbox/sources", "form.inbox-source-form", values);

        var added = await AddAsync(fields);
        var duplicate = await AddAsync(fields);
        var badScheme = await AddAsync(new() { ["FeedUrl"] = "file:///etc/passwd", ["OutletName"] = "Local", ["PollIntervalMinutes"] = "30" });
        var badInterval = await AddAsync(new() { ["FeedUrl"] = "https://a.example/rss", ["OutletName"] = "Often", ["PollIntervalMinutes"] = "1" });

        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        var saved = await App.WithDbAsync(db => db.Set<FeedSubscription>().AsNoTracking().SingleAsync(s => s.FeedUrl == url));
        Assert.Equal(("Der Spiegel", "de", 30, true), (saved.OutletName, saved.Language, saved.PollIntervalMinutes, saved.IsEnabled));
        Assert.Equal(HttpStatusCode.Conflict, duplicate.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, badScheme.StatusCode);
        var badPage = Html.Parse(await badScheme.Content.ReadAsStringAsync());
        Assert.Contains("http://", badPage.QuerySelector("#source-error")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("file:///etc/passwd", badPage.QuerySelector("#feed-url")!.GetAttribute("value"));
        Assert.Equal(HttpStatusCode.BadRequest, badInterval.StatusCode);
        var (_, list) = await editor.Client.GetPageAsync("/newsroom/inbox/sources");
        Assert.NotNull(list.QuerySelector($"tr[data-feed-url='{url}']"));
    }

    [Fact]
    public async Task Sources_ShouldTestAFeed_WithoutSavingIt()
    {
        var editor = await EditorAsync();
        var url = feeds.Server.Feed($"/{Guid.NewGuid():N}/test.xml", File.ReadAllBytes(TestData.PathOf("feeds", "russian", "oren-ru-news-windows-1251.xml")));

        var response = await editor.Client.SubmitFormAsync("/newsroom/inbox/sources", "form.inbox-source-form",
            new() { ["FeedUrl"] = url.ToString(), ["OutletName"] = "", ["PollIntervalMinutes"] = "15" }, submitSelector: "#test-source");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = Html.Parse(await response.Content.ReadAsStringAsync());
        var preview = page.QuerySelectorAll(".inbox-preview li a").Select(a => a.TextContent).ToList();
        Assert.Equal(10, preview.Count);
        Assert.Equal("В Бузулуке главные стройплощадки – детсад и Ледовый дворец", preview[0]);
        Assert.False(await App.WithDbAsync(db => db.Set<FeedSubscription>().AnyAsync(s => s.FeedUrl == url.ToString())));
    }

    [Fact]
    public async Task Opml_ShouldExportSubscriptions_AndImportANestedList()
    {
        var editor = await EditorAsync();
        var existing = await fixture.SubscribeAsync(new Uri($"https://{Guid.NewGuid():N}.example/rss"), "Exported Outlet", "fr");
        var fresh = $"https://{Guid.NewGuid():N}.example/atom";
        var opml = $"""
            <?xml version="1.0" encoding="UTF-8"?>
            <opml version="2.0"><head><title>reader export</title></head><body>
              <outline text="World">
                <outline type="rss" text="Imported Outlet" xmlUrl="{fresh}" language="es"/>
                <outline type="rss" text="Again" xmlUrl="{existing.FeedUrl}"/>
                <outline type="rss" text="Bad" xmlUrl="ftp://nope.example/feed"/>
              </outline>
            </body></opml>
            """;

        var export = await editor.Client.GetAsync("/newsroom/inbox/sources/opml");
        var import = await editor.Client.SubmitFormAsync("/newsroom/inbox/sources", "form[enctype='multipart/form-data']", new FormValues().WithFile("opml", "list.opml", Encoding.UTF8.GetBytes(opml)));
        var broken = await editor.Client.SubmitFormAsync("/newsroom/inbox/sources", "form[enctype='multipart/form-data']", new FormValues().WithFile("opml", "list.opml", "<opml><body>"u8.ToArray()));

        Assert.Equal(HttpStatusCode.OK, export.StatusCode);
        var exported = await export.Content.ReadAsStringAsync();
        Assert.Contains($"xmlUrl=\"{existing.FeedUrl}\"", exported, StringComparison.Ordinal);
        Assert.Contains("text=\"Exported Outlet\"", exported, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, import.StatusCode);
        var imported = await App.WithDbAsync(db => db.Set<FeedSubscription>().AsNoTracking().SingleAsync(s => s.FeedUrl == fresh));
        Assert.Equal(("Imported Outlet", "es"), (imported.OutletName, imported.Language));
        Assert.False(await App.WithDbAsync(db => db.Set<FeedSubscription>().AnyAsync(s => s.FeedUrl.StartsWith("ftp:"))));
        Assert.Equal(HttpStatusCode.BadRequest, broken.StatusCode);
    }
}

public sealed class SqliteInboxPagesTests(SqliteInboxFixture fixture, FeedServerFixture feeds)
    : InboxPagesTests(fixture, feeds), IClassFixture<SqliteInboxFixture>, IClassFixture<FeedServerFixture>;

public sealed class PostgresInboxPagesTests(PostgresInboxFixture fixture, FeedServerFixture feeds)
    : InboxPagesTests(fixture, feeds), IClassFixture<PostgresInboxFixture>, IClassFixture<FeedServerFixture>;
