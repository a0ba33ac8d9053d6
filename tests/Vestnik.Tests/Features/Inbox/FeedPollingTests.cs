using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Vestnik.Features.Inbox.Model;
using Vestnik.Features.Inbox.Polling;
using Vestnik.Testing;

namespace Vestnik.Tests.Features.Inbox;

/// <summary>The poller against the fake feed server's scripted behaviours, on one database provider.</summary>
public abstract class FeedPollingTests(InboxAppFixture fixture, FeedServerFixture feeds)
{
    private VestnikApp App => fixture.App;
    private FakeFeedServer Server => feeds.Server;

    private static byte[] Sample(string relativePath) => File.ReadAllBytes(TestData.PathOf("feeds", relativePath));

    private static string Unique(string name) => $"/{Guid.NewGuid():N}/{name}";

    private async Task<FeedSubscription> PollAsync(int id)
    {
        await using var scope = App.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<PollSubscription>().RunAsync(id, TestContext.Current.CancellationToken);
        return await App.WithDbAsync(db => db.Set<FeedSubscription>().AsNoTracking().SingleAsync(s => s.Id == id));
    }

    private Task<List<InboxItem>> ItemsOfAsync(int subscriptionId) =>
        App.WithDbAsync(db => db.Set<InboxItem>().AsNoTracking().Where(i => i.SubscriptionId == subscriptionId).ToListAsync());

    private Task<int> MakeDueAsync(int id) => App.WithDbAsync(db => db.Set<FeedSubscription>().Where(s => s.Id == id)
        .ExecuteUpdateAsync(s => s.SetProperty(x => x.NextPollAt, DateTimeOffset.UtcNow.AddSeconds(-1))));

    [Fact]
    public async Task Poll_ShouldImportEveryItem_ThenAskConditionallyAndGet304()
    {
        var path = Unique("nyt.xml");
        var subscription = await fixture.SubscribeAsync(Server.Feed(path, Sample("real-news/nyt-world_78f77fae2e1ffc14.xml"), etag: "\"v1\""), "The New York Times");

        var first = await PollAsync(subscription.Id);
        var second = await PollAsync(subscription.Id);

        Assert.Equal(FeedStatus.Ok, first.Status);
        Assert.Equal(57, first.LastItemsFound);
        Assert.Equal(FeedStatus.NotModified, second.Status);
        Assert.Equal("\"v1\"", second.ETag);
        var requests = Server.Requests.Where(r => r.Path == path).ToList();
        Assert.Equal(2, requests.Count);
        Assert.Equal("\"v1\"", requests[1].IfNoneMatch);
        Assert.StartsWith("VestnikFeedReader/", requests[0].UserAgent, StringComparison.Ordinal);
        Assert.Contains("gzip", requests[0].AcceptEncoding, StringComparison.Ordinal);
        var items = await ItemsOfAsync(subscription.Id);
        Assert.Equal(items.Count, items.Select(i => i.NormalizedLink).Distinct().Count());
        Assert.True(items.Count >= 50);
        var trump = Assert.Single(items, i => i.Title.StartsWith("Trump Said He’d End the War in Ukraine", StringComparison.Ordinal));
        Assert.Equal("en", trump.Language);
        Assert.Equal("The New York Times", trump.OutletName);
        Assert.Equal(new DateTimeOffset(2026, 2, 17, 17, 49, 9, TimeSpan.Zero), trump.PublishedAt);
    }

    [Fact]
    public async Task Poll_ShouldNotAddTheSameItemsTwice_WhenTheFeedIsServedAgainWithoutETag()
    {
        var subscription = await fixture.SubscribeAsync(Server.Feed(Unique("bbc.xml"), Sample("real-news/bbc-news_1796df62c4a287cc.xml")));

        var first = await PollAsync(subscription.Id);
        var second = await PollAsync(subscription.Id);

        Assert.True(first.LastItemsAdded > 20);
        Assert.Equal(0, second.LastItemsAdded);
        Assert.Equal(first.LastItemsAdded, (await ItemsOfAsync(subscription.Id)).Count);
    }

    // Each test serves a different real feed: the same story links in two subscriptions would (rightly) be one item.
    [Theory]
    [InlineData("gzip", "real-news/npr-world_7be307059415227d.xml")]
    [InlineData("deflate", "real-news/csmonitor-georss_4179e7a13df0f120.xml")]
    public async Task Poll_ShouldReadCompressedFeeds(string encoding, string sample)
    {
        var subscription = await fixture.SubscribeAsync(Server.Compressed(Unique("compressed.xml"), Sample(sample), encoding));

        var polled = await PollAsync(subscription.Id);

        Assert.Equal(FeedStatus.Ok, polled.Status);
        Assert.Equal(10, polled.LastItemsAdded);
    }

    [Fact]
    public async Task Poll_ShouldFollowARedirectChain_AndKeepThePermanentAddress()
    {
        var target = Server.Feed(Unique("final.xml"), Sample("real-news/aljazeera_3f9eeff5039a008d.xml"));
        var hop3 = Server.Redirect(Unique("hop3"), target.ToString());
        var hop2 = Server.Redirect(Unique("hop2"), hop3.PathAndQuery);
        var hop1 = Server.Redirect(Unique("hop1"), hop2.ToString(), 308);
        var subscription = await fixture.SubscribeAsync(hop1);

        var polled = await PollAsync(subscription.Id);

        Assert.Equal(FeedStatus.Ok, polled.Status);
        Assert.Equal(25, polled.LastItemsAdded);
        Assert.Equal(target.ToString(), polled.FeedUrl);
    }

    [Fact]
    public async Task Poll_ShouldGiveUp_AfterFiveRedirects()
    {
        var next = Server.Feed(Unique("never.xml"), Sample("versions/rss_2.0.xml"));
        for (var i = 0; i < 6; i++)
        {
            next = Server.Redirect(Unique($"loop{i}"), next.ToString(), 302);
        }
        var subscription = await fixture.SubscribeAsync(next);

        var polled = await PollAsync(subscription.Id);

        Assert.Equal(FeedStatus.Failed, polled.Status);
        Assert.Contains("More than 5 redirects", polled.LastError, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Poll_ShouldRecordHttpErrors_AndBackOffExponentially()
    {
        var subscription = await fixture.SubscribeAsync(Server.Status(Unique("gone.xml"), 404), intervalMinutes: 10);

        var before = DateTimeOffset.UtcNow;
        var first = await PollAsync(subscription.Id);
        await MakeDueAsync(subscription.Id);
        var second = await PollAsync(subscription.Id);
        await MakeDueAsync(subscription.Id);
        var third = await PollAsync(subscription.Id);

        Assert.Equal(FeedStatus.Failed, first.Status);
        Assert.StartsWith("HTTP 404", first.LastError, StringComparison.Ordinal);
        Assert.Equal(3, third.ConsecutiveFailures);
        Assert.InRange(first.NextPollAt - before, TimeSpan.FromMinutes(9.9), TimeSpan.FromMinutes(10.5));
        Assert.InRange(second.NextPollAt - before, TimeSpan.FromMinutes(19.9), TimeSpan.FromMinutes(20.5));
        Assert.InRange(third.NextPollAt - before, TimeSpan.FromMinutes(39.9), TimeSpan.FromMinutes(40.5));
    }

    [Fact]
    public async Task Poll_ShouldRecoverAfterFailures_AndResetTheBackOff()
    {
        var path = Unique("flaky.xml");
        var subscription = await fixture.SubscribeAsync(Server.Status(path, 500));
        var failed = await PollAsync(subscription.Id);
        Server.Feed(path, Sample("real-news/wsj-world_4288464f77b21d15.xml"));
        await MakeDueAsync(subscription.Id);

        var recovered = await PollAsync(subscription.Id);

        Assert.StartsWith("HTTP 500", failed.LastError, StringComparison.Ordinal);
        Assert.Equal(FeedStatus.Ok, recovered.Status);
        Assert.Equal(0, recovered.ConsecutiveFailures);
        Assert.Null(recovered.LastError);
        Assert.NotNull(recovered.LastSuccessAt);
    }

    [Fact]
    public async Task Poll_ShouldTimeOut_OnASlowServer()
    {
        var subscription = await fixture.SubscribeAsync(Server.Slow(Unique("slow.xml"), TimeSpan.FromSeconds(10), Sample("versions/rss_2.0.xml")));

        var polled = await PollAsync(subscription.Id);

        Assert.Equal(FeedStatus.Failed, polled.Status);
        Assert.Contains("Timed out", polled.LastError, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Poll_ShouldCutA50MegabyteBody_AtTheCap()
    {
        var subscription = await fixture.SubscribeAsync(Server.Oversize(Unique("huge.xml"), 50L * 1024 * 1024));

        var polled = await PollAsync(subscription.Id);

        Assert.Equal(FeedStatus.Failed, polled.Status);
        Assert.Contains("limit", polled.LastError, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Poll_ShouldRecordAParseError_ForAPageThatIsNotAFeed()
    {
        var subscription = await fixture.SubscribeAsync(Server.Feed(Unique("page.html"), "<html><body><p>We moved!</p></body></html>"));

        var polled = await PollAsync(subscription.Id);

        Assert.Equal(FeedStatus.Failed, polled.Status);
        Assert.Contains("HTML", polled.LastError, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PollDue_ShouldFetchEachFeedOnce_WhenTwoNodesPollAtOnce_AndAFailingFeedStopsNoOther()
    {
        var goodPath = Unique("good.xml");
        var badPath = Unique("bad.xml");
        var good = await fixture.SubscribeAsync(Server.Feed(goodPath, Sample("real-news/mercopress_e8fa5b64a4b41322.xml")));
        var bad = await fixture.SubscribeAsync(Server.Status(badPath, 500));
        var poller = App.Service<FeedPoller>();

        var ct = TestContext.Current.CancellationToken;
        await Task.WhenAll(poller.PollDueAsync(ct), poller.PollDueAsync(ct), poller.PollDueAsync(ct));

        Assert.Equal(1, Server.CountOf(goodPath));
        Assert.Equal(1, Server.CountOf(badPath));
        Assert.Equal(10, (await ItemsOfAsync(good.Id)).Count);
        var failed = await App.WithDbAsync(db => db.Set<FeedSubscription>().AsNoTracking().SingleAsync(s => s.Id == bad.Id));
        Assert.Equal(FeedStatus.Failed, failed.Status);
        Assert.Null(failed.LeaseUntil);
    }

    private static string Rss(params (string Title, string Link, string Summary)[] items) =>
        "<rss version=\"2.0\"><channel><title>t</title>" + string.Concat(items.Select(i =>
            $"<item><title>{i.Title}</title><link>{System.Security.SecurityElement.Escape(i.Link)}</link><description>{i.Summary}</description><pubDate>{DateTimeOffset.UtcNow.AddMinutes(-5):R}</pubDate></item>"))
        + "</channel></rss>";

    [Fact]
    public async Task Ingest_ShouldKeepEachStoryOnce_ByLinkAcrossFeeds_AndByTitleWithinAnOutlet()
    {
        var host = $"https://{Guid.NewGuid():N}.example";
        var wire = await fixture.SubscribeAsync(Server.Feed(Unique("wire.xml"), Rss(
            ("Storm closes ports along the coast", $"{host}/storm?utm_source=rss&utm_medium=feed", "Heavy winds closed three ports."))), "Wire One");
        var world = await fixture.SubscribeAsync(Server.Feed(Unique("world.xml"), Rss(
            ("Storm closes ports along the coast", $"{host}/storm", "Heavy winds closed three ports."),
            ("Harbour master resigns", $"{host}/harbour", "He cited the storm response."))), "Wire Two");
        var worldAgain = await fixture.SubscribeAsync(Server.Feed(Unique("world-section.xml"), Rss(
            ("UPDATE: Harbour master resigns", $"{host}/sections/world/harbour-1", "He cited the storm response."))), "Wire Two");

        await PollAsync(wire.Id);
        var second = await PollAsync(world.Id);
        var third = await PollAsync(worldAgain.Id);

        Assert.Equal(1, second.LastItemsAdded);
        Assert.Equal("Harbour master resigns", Assert.Single(await ItemsOfAsync(world.Id)).Title);
        Assert.Equal(0, third.LastItemsAdded);
    }

    [Fact]
    public async Task Ingest_ShouldClusterTheSameStoryFromTwoOutlets_AndDetectUndeclaredLanguages()
    {
        var host = $"https://{Guid.NewGuid():N}.example";
        var first = await fixture.SubscribeAsync(Server.Feed(Unique("a.xml"), Rss(
            ("Volcano erupts on Iceland's Reykjanes peninsula, Grindavik evacuated", $"{host}/a/volcano", "Lava fountains rose near Grindavik after a series of earthquakes, and the town was evacuated overnight."))), "Outlet A");
        var second = await fixture.SubscribeAsync(Server.Feed(Unique("b.xml"), Rss(
            ("Grindavik evacuated as volcano erupts on Reykjanes peninsula", $"{host}/b/eruption", "Iceland evacuated the town of Grindavik when lava fountains rose after earthquakes on the Reykjanes peninsula."),
            ("Bundestag beschließt neues Heizungsgesetz nach langer Debatte", $"{host}/b/heizung", "Der Bundestag hat am Freitag das umstrittene Gebäudeenergiegesetz verabschiedet."))), "Outlet B");

        await PollAsync(first.Id);
        await PollAsync(second.Id);

        var a = Assert.Single(await ItemsOfAsync(first.Id));
        var b = await ItemsOfAsync(second.Id);
        var eruption = Assert.Single(b, i => i.Link.EndsWith("/eruption", StringComparison.Ordinal));
        var german = Assert.Single(b, i => i.Link.EndsWith("/heizung", StringComparison.Ordinal));
        Assert.Equal(a.Id, a.ClusterId);
        Assert.Equal(a.Id, eruption.ClusterId);
        Assert.Null(german.ClusterId);
        Assert.Equal("en", a.Language);
        Assert.Equal("de", german.Language);
    }

    [Fact]
    public async Task Purge_ShouldDeleteOldItemsWithoutARetelling_Only()
    {
        var subscription = await fixture.SubscribeAsync(Server.Feed(Unique("purge.xml"), Sample("real-news/japantoday-world_18138c717652f678.xml")));
        await PollAsync(subscription.Id);
        var article = await App.WithDbAsync(db => TestArticles.CreateAsync(db, "Пересказ для проверки очистки", publish: false));
        var items = await ItemsOfAsync(subscription.Id);
        await App.WithDbAsync(db => db.Set<InboxItem>().Where(i => i.SubscriptionId == subscription.Id)
            .ExecuteUpdateAsync(s => s.SetProperty(i => i.FoundAt, DateTimeOffset.UtcNow.AddDays(-31))));
        await App.WithDbAsync(db => db.Set<InboxItem>().Where(i => i.Id == items[0].Id)
            .ExecuteUpdateAsync(s => s.SetProperty(i => i.ArticleId, article.Id)));

        await App.WithDbAsync(db => App.Service<InboxPurge>().PurgeAsync(db, TestContext.Current.CancellationToken));

        var left = await ItemsOfAsync(subscription.Id);
        Assert.Equal(items[0].Id, Assert.Single(left).Id);
    }
}

public sealed class SqliteFeedPollingTests(SqliteInboxFixture fixture, FeedServerFixture feeds)
    : FeedPollingTests(fixture, feeds), IClassFixture<SqliteInboxFixture>, IClassFixture<FeedServerFixture>;

public sealed class PostgresFeedPollingTests(PostgresInboxFixture fixture, FeedServerFixture feeds)
    : FeedPollingTests(fixture, feeds), IClassFixture<PostgresInboxFixture>, IClassFixture<FeedServerFixture>;
