using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Vestnik.Data;
using Vestnik.Data.ChangeLog;
using Vestnik.Features.Distribution.Outbox;
using Vestnik.Features.Distribution.Webhooks;
using Vestnik.Features.Search.Indexing;
using Vestnik.Infrastructure.Caching;
using Vestnik.Testing;
using Vestnik.Tests.Features.Distribution;
using Vestnik.Tests.Features.Search;

namespace Vestnik.Tests.Infrastructure.Data;

/// <summary>
/// On PostgreSQL a change can commit after a change with a higher change-log id. Every reader of the log (the search
/// indexer, the cache evictor and the outbox) must still act on it, once, after it has already read past its id.
/// </summary>
public sealed class LateCommitTests(PostgresDistributionFixture fixture) : IClassFixture<PostgresDistributionFixture>
{
    private VestnikApp App => fixture.App;

    [Fact]
    public async Task ChangeCommittedBehindAHigherId_ShouldReachTheIndexTheCacheAndWebhooks_Once()
    {
        var late = await App.WithDbAsync(db => TestArticles.CreateAsync(db, "Поздняя правка"));
        var onTime = await App.WithDbAsync(db => TestArticles.CreateAsync(db, "Своевременная правка"));
        await ReadersPassAsync(await App.WithDbAsync(db => db.LatestPositionAsync(CancellationToken.None)));
        await using var receiver = new FakeHttpReceiver();
        var webhook = await App.WithDbAsync(async db =>
        {
            var registered = new Webhook { Url = receiver.BaseUrl + "/hooks/vestnik", CreatedAt = DateTimeOffset.UtcNow };
            db.Add(registered);
            await db.SaveChangesAsync();
            return registered;
        });
        var lateUrl = $"/articles/{late.Slug}";
        Assert.Contains("Поздняя правка", await PageAsync(lateUrl));
        var lateWord = SearchTestData.RussianWord();
        var onTimeWord = SearchTestData.RussianWord();

        await using var lateScope = App.Services.CreateAsyncScope();
        var lateDb = lateScope.ServiceProvider.GetRequiredService<VestnikDbContext>();
        await using var lateTransaction = await lateDb.Database.BeginTransactionAsync();
        (await lateDb.Articles.SingleAsync(a => a.Id == late.Id)).Title = "Поздняя правка " + lateWord;
        await lateDb.SaveChangesAsync();
        var lateEntry = await lateDb.ChangeLog.MaxAsync(e => e.Id);
        await App.WithDbAsync(async db =>
        {
            (await db.Articles.SingleAsync(a => a.Id == onTime.Id)).Title = "Своевременная правка " + onTimeWord;
            await db.SaveChangesAsync();
        });
        var onTimeEntry = await App.WithDbAsync(db => db.LatestPositionAsync(CancellationToken.None));
        Assert.True(onTimeEntry > lateEntry, "the entry committed second has the higher id");
        await ReadersPassAsync(onTimeEntry);
        Assert.Empty(await DeliveriesAsync(webhook.Id, late.Id));

        await lateTransaction.CommitAsync();

        await SearchTestData.EventuallyAsync(async () => (await PageAsync($"/search?q={lateWord}")).Contains(lateUrl, StringComparison.Ordinal),
            "the late change in the search index");
        await SearchTestData.EventuallyAsync(async () => (await PageAsync(lateUrl)).Contains(lateWord, StringComparison.Ordinal),
            "the cached page of the late change evicted");
        await SearchTestData.EventuallyAsync(async () => (await DeliveriesAsync(webhook.Id, late.Id)).Count > 0, "the late change's delivery");
        Assert.Contains($"/articles/{onTime.Slug}", await PageAsync($"/search?q={onTimeWord}"));
        // Rounds enough for a second node or a repeated read to have written a duplicate.
        await Task.Delay(TimeSpan.FromSeconds(1));
        Assert.Equal([ArticleEvents.Updated], (await DeliveriesAsync(webhook.Id, late.Id)).Select(d => d.Event));
        Assert.Equal([ArticleEvents.Updated], (await DeliveriesAsync(webhook.Id, onTime.Id)).Select(d => d.Event));
        await App.WithDbAsync(db => db.Set<Webhook>().Where(w => w.Id == webhook.Id).ExecuteUpdateAsync(s => s.SetProperty(w => w.IsActive, false)));
    }

    /// <summary>Waits until the indexer, the evictor and the outbox have all read the log up to <paramref name="position"/>.</summary>
    private async Task ReadersPassAsync(long position)
    {
        var index = App.Service<SearchIndex>();
        var evictor = App.Service<ChangeLogCacheEvictor>();
        await SearchTestData.EventuallyAsync(async () =>
            index.Position >= position && evictor.Position >= position
            && await App.WithDbAsync(db => db.Set<OutboxCursor>().AnyAsync(c => c.LastChangeId >= position)),
            $"every change-log reader at {position}");
    }

    private async Task<string> PageAsync(string url)
    {
        var client = App.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        return await client.GetStringAsync(url);
    }

    private Task<List<Delivery>> DeliveriesAsync(int? webhookId, int articleId) => App.WithDbAsync(db =>
        db.Set<Delivery>().AsNoTracking().Where(d => d.WebhookId == webhookId && d.ArticleId == articleId).OrderBy(d => d.Id).ToListAsync());
}
