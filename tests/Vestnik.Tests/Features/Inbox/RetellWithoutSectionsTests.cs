using System.Net;
using Microsoft.EntityFrameworkCore;
using Vestnik.Data;
using Vestnik.Features.Inbox.Model;
using Vestnik.Testing;

namespace Vestnik.Tests.Features.Inbox;

/// <summary>A new site has no sections until an editor creates one; "Retell" must say so, not fail.</summary>
public sealed class RetellWithoutSectionsTests
{
    [Fact]
    public async Task Retell_ShouldAnswer409WithAReadableMessage_WhenTheSiteHasNoSectionYet()
    {
        await using var app = await VestnikApp.CreateAsync(DatabaseProvider.Sqlite);
        app.StartServer();
        var itemId = await app.WithDbAsync(async db =>
        {
            var subscription = new FeedSubscription
            {
                FeedUrl = "https://outlet.example/rss",
                OutletName = "The Outlet",
                PollIntervalMinutes = 15,
                CreatedAt = DateTimeOffset.UtcNow,
                NextPollAt = DateTimeOffset.UtcNow.AddHours(1),
            };
            var item = new InboxItem
            {
                Subscription = subscription,
                OutletName = "The Outlet",
                ExternalId = "https://outlet.example/story",
                Title = "A story to retell",
                Link = "https://outlet.example/story",
                NormalizedLink = "outlet.example/story",
                TitleKey = "a story to retell",
                Language = "en",
                FoundAt = DateTimeOffset.UtcNow,
                SortAt = DateTimeOffset.UtcNow,
            };
            db.Add(item);
            await db.SaveChangesAsync();
            return item.Id;
        });
        var editor = await RoleClients.EditorAsync(app);

        var response = await editor.Client.PostFormAsync($"/newsroom/inbox?handler=Retell&id={itemId}", [], "/newsroom/inbox");

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        var page = Html.Parse(await response.Content.ReadAsStringAsync());
        Assert.Contains("рубрик", page.QuerySelector("[role=alert]")?.TextContent);
        Assert.False(await app.WithDbAsync(db => db.Articles.AnyAsync()));
        Assert.Null(await app.WithDbAsync(db => db.Set<InboxItem>().Where(i => i.Id == itemId).Select(i => i.ArticleId).SingleAsync()));
    }
}
