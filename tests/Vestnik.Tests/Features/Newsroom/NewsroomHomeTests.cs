using System.Globalization;
using System.Net;
using AngleSharp.Html.Dom;
using Vestnik.Features.Accounts;
using Vestnik.Features.Accounts.Authorization;
using Vestnik.Features.Comments.Model;
using Vestnik.Features.Distribution.Outbox;
using Vestnik.Features.Inbox.Model;
using Vestnik.Infrastructure.Jobs;
using Vestnik.Testing;

namespace Vestnik.Tests.Features.Newsroom;

/// <summary>The newsroom home: each role sees the work its capabilities allow, counted right, one click from it; the menu's badges agree.</summary>
public abstract class NewsroomHomeTests(AppFixture fixture)
{
    private VestnikApp App => fixture.App;

    /// <summary>Every work item and the capability that shows it, written out here so the test cannot copy a mistake from the product.</summary>
    private static readonly (string Id, string Policy)[] Work =
    [
        ("articles-in-review", StaffPolicies.Publish),
        ("articles-scheduled", StaffPolicies.Write),
        ("articles-recently-published", StaffPolicies.Write),
        ("articles-my-drafts", StaffPolicies.Write),
        ("comments-pending", StaffPolicies.ModerateComments),
        ("inbox-new-stories", StaffPolicies.ReadForeignPress),
        ("deliveries-failed", StaffPolicies.ManageWebhooks),
        ("jobs-failed", StaffPolicies.ViewSystemStatus),
    ];

    [Theory]
    [InlineData(Roles.Author)]
    [InlineData(Roles.Editor)]
    [InlineData(Roles.Moderator)]
    [InlineData(Roles.Admin)]
    public async Task Home_ShouldShowExactlyTheWorkTheRoleMaySee_EachLinkOpening(string role)
    {
        var staff = await RoleClients.AsAsync(App, role);

        var (response, page) = await staff.Client.GetPageAsync("/newsroom");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var expected = Work.Where(w => StaffPolicies.RolesByPolicy[w.Policy].Contains(role)).Select(w => w.Id).Order().ToArray();
        Assert.Equal(expected, ItemIds(page).Order().ToArray());
        foreach (var link in page.QuerySelectorAll("#desk-work a").Select(a => a.GetAttribute("href")!))
        {
            var opened = await staff.Client.GetAsync(link);
            Assert.True(opened.StatusCode == HttpStatusCode.OK, $"{role}: {link} answered {(int)opened.StatusCode}");
        }
        // The menu leads back home from every desk.
        Assert.Contains("/newsroom", page.QuerySelectorAll(".nr-nav a").Select(a => a.GetAttribute("href")));
    }

    [Fact]
    public async Task Home_ShouldCountWhatWaits_AndTheMenuBadgesShouldAgree()
    {
        var admin = await RoleClients.AdminAsync(App);
        var before = Counts((await admin.Client.GetPageAsync("/newsroom")).Document);

        await App.WithDbAsync(async db =>
        {
            var inReview = await TestArticles.CreateAsync(db, "На проверке один", publish: false);
            var inReviewToo = await TestArticles.CreateAsync(db, "На проверке два", publish: false);
            inReview.Submit();
            inReviewToo.Submit();
            var scheduled = await TestArticles.CreateAsync(db, "Запланированный", publish: false);
            scheduled.Schedule(DateTimeOffset.UtcNow.AddDays(2), DateTimeOffset.UtcNow);
            var published = await TestArticles.CreateAsync(db, "Только что вышел");
            var mine = await TestArticles.CreateAsync(db, "Мой черновик", publish: false);
            mine.CreatedByUserId = admin.Id;
            await TestArticles.CreateAsync(db, "Чужой черновик", publish: false);

            var held = new Comment { ArticleId = published.Id, AuthorName = "Гость", CreatedAt = DateTimeOffset.UtcNow };
            held.SetBody("Жду модератора", "<p>Жду модератора</p>", "held-" + Guid.NewGuid().ToString("N"));
            held.Hold(ReviewNote.Of(ReviewNote.Guest));
            db.Add(held);

            var feed = new FeedSubscription { FeedUrl = $"https://press.example/{Guid.NewGuid():N}.xml", OutletName = "Press", CreatedAt = DateTimeOffset.UtcNow };
            db.Add(feed);
            await db.SaveChangesAsync();
            var lead = InboxItemOf(feed, "Lead story");
            db.Add(lead);
            await db.SaveChangesAsync();
            var sameStory = InboxItemOf(feed, "Same story elsewhere");
            sameStory.ClusterId = lead.Id;
            lead.ClusterId = lead.Id;
            db.AddRange(sameStory, InboxItemOf(feed, "Another story"), InboxItemOf(feed, "Seen story", InboxItemState.Seen));

            var failed = new Delivery { Target = DeliveryTarget.Telegram, Event = "article.published", ArticleId = published.Id, Payload = "{}", CreatedAt = DateTimeOffset.UtcNow };
            failed.AttemptFailed(DateTimeOffset.UtcNow, 500, "receiver down", maxAttempts: 1, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(1));
            db.Add(failed);
            await db.SaveChangesAsync();
        });
        App.Service<JobFailures>().Failed("test-home-" + Guid.NewGuid().ToString("N")[..6], DateTimeOffset.UtcNow, new InvalidOperationException("down"));

        var (_, page) = await admin.Client.GetPageAsync("/newsroom");

        var after = Counts(page);
        var grown = after.ToDictionary(c => c.Key, c => c.Value - before[c.Key]);
        Assert.Equal(2, grown["articles-in-review"]);
        Assert.Equal(1, grown["articles-scheduled"]);
        Assert.Equal(1, grown["articles-recently-published"]);
        Assert.Equal(1, grown["articles-my-drafts"]);
        Assert.Equal(1, grown["comments-pending"]);
        Assert.Equal(2, grown["inbox-new-stories"]);
        Assert.Equal(1, grown["deliveries-failed"]);
        Assert.Equal(1, grown["jobs-failed"]);
        Assert.Equal(after["articles-in-review"], Badge(page, "/newsroom/articles"));
        Assert.Equal(after["comments-pending"], Badge(page, "/newsroom/comments"));

        // "My drafts" opens the list of exactly those.
        var (_, mine) = await admin.Client.GetPageAsync(page.QuerySelector("[data-work=articles-my-drafts] a")!.GetAttribute("href")!);
        var titles = mine.QuerySelectorAll(".nr-table tbody td:first-child a").Select(a => a.TextContent).ToList();
        Assert.Contains("Мой черновик", titles);
        Assert.DoesNotContain("Чужой черновик", titles);
    }

    [Fact]
    public async Task MenuBadges_ShouldShowOnlyForWorkTheRoleMaySee()
    {
        await App.WithDbAsync(async db =>
        {
            var article = await TestArticles.CreateAsync(db, "Для значков", publish: false);
            article.Submit();
            await db.SaveChangesAsync();
        });
        var author = await RoleClients.AuthorAsync(App);
        var editor = await RoleClients.EditorAsync(App);

        var (_, authorsPage) = await author.Client.GetPageAsync("/newsroom/articles");
        var (_, editorsPage) = await editor.Client.GetPageAsync("/newsroom/articles");

        Assert.Null(Badge(authorsPage, "/newsroom/articles"));
        Assert.True(Badge(editorsPage, "/newsroom/articles") >= 1);
    }

    private static InboxItem InboxItemOf(FeedSubscription feed, string title, InboxItemState state = InboxItemState.New)
    {
        var link = $"https://press.example/{Guid.NewGuid():N}";
        return new InboxItem
        {
            SubscriptionId = feed.Id, OutletName = feed.OutletName, ExternalId = link, Title = title, Link = link, NormalizedLink = link,
            TitleKey = title.ToLowerInvariant(), FoundAt = DateTimeOffset.UtcNow, SortAt = DateTimeOffset.UtcNow, State = state,
        };
    }

    private static IEnumerable<string> ItemIds(IHtmlDocument page) =>
        page.QuerySelectorAll("#desk-work [data-work]").Select(li => li.GetAttribute("data-work")!);

    private static Dictionary<string, int> Counts(IHtmlDocument page) =>
        page.QuerySelectorAll("#desk-work [data-work]").ToDictionary(
            li => li.GetAttribute("data-work")!,
            li => int.Parse(li.QuerySelector(".nr-work__count")!.TextContent.Replace("\u00a0", "", StringComparison.Ordinal), CultureInfo.InvariantCulture));

    private static int? Badge(IHtmlDocument page, string menuPath) =>
        page.QuerySelector($".nr-nav a[href='{menuPath}'] .nr-menu-badge") is { } badge
            ? int.Parse(badge.TextContent, CultureInfo.InvariantCulture)
            : null;
}

public sealed class SqliteNewsroomHomeTests(SqliteAppFixture fixture) : NewsroomHomeTests(fixture), IClassFixture<SqliteAppFixture>;

public sealed class PostgresNewsroomHomeTests(PostgresAppFixture fixture) : NewsroomHomeTests(fixture), IClassFixture<PostgresAppFixture>;
