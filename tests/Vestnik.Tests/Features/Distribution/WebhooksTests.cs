using System.Diagnostics;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Vestnik.Features.Distribution.Outbox;
using Vestnik.Features.Distribution.Webhooks;
using Vestnik.Testing;

namespace Vestnik.Tests.Features.Distribution;

/// <summary>Webhooks end to end: outbox from the change log, signed deliveries, retries, the admin pages, Telegram posting.</summary>
public abstract class WebhooksTests(DistributionAppFixture fixture)
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    private VestnikApp App => fixture.App;

    private async Task<Webhook> RegisterAsync(FakeHttpReceiver receiver) => await App.WithDbAsync(async db =>
    {
        var webhook = new Webhook { Url = receiver.BaseUrl + "/hooks/vestnik", CreatedAt = DateTimeOffset.UtcNow };
        db.Add(webhook);
        await db.SaveChangesAsync();
        return webhook;
    });

    private Task<List<Delivery>> DeliveriesAsync(int? webhookId, int articleId) => App.WithDbAsync(db =>
        db.Set<Delivery>().AsNoTracking().Where(d => d.WebhookId == webhookId && d.ArticleId == articleId).OrderBy(d => d.Id).ToListAsync());

    private static async Task<T> EventuallyAsync<T>(Func<Task<T>> probe, Func<T, bool> done, string what)
    {
        var clock = Stopwatch.StartNew();
        while (true)
        {
            var value = await probe();
            if (done(value))
            {
                return value;
            }
            Assert.True(clock.Elapsed < Patience, $"timed out waiting for {what}");
            await Task.Delay(100);
        }
    }

    private static Task<int> DeactivateAsync(VestnikApp app, Webhook webhook) =>
        app.WithDbAsync(db => db.Set<Webhook>().Where(w => w.Id == webhook.Id).ExecuteUpdateAsync(s => s.SetProperty(w => w.IsActive, false)));

    [Fact]
    public async Task Publish_ShouldDeliverASignedPayload_ThatTheReceiverCanVerify()
    {
        await using var receiver = new FakeHttpReceiver();
        var webhook = await RegisterAsync(receiver);

        var article = await DistributionTestData.ArticleAsync(App, "Вебхук: «подпись» & проверка");
        var request = await EventuallyAsync(
            () => Task.FromResult(receiver.Requests.FirstOrDefault(r => r.Body.Contains($"\"id\":{article.Id},", StringComparison.Ordinal))),
            r => r is not null, "the webhook request");

        Assert.Equal("POST", request!.Method);
        Assert.Equal("/hooks/vestnik", request.Path);
        Assert.Equal("article.published", request.Headers["X-Vestnik-Event"]);
        var timestamp = request.Headers["X-Vestnik-Timestamp"];
        Assert.InRange(long.Parse(timestamp, System.Globalization.CultureInfo.InvariantCulture),
            DateTimeOffset.UtcNow.AddMinutes(-1).ToUnixTimeSeconds(), DateTimeOffset.UtcNow.ToUnixTimeSeconds());
        // Verified the way a receiver in any language would: HMAC-SHA256 over "{timestamp}.{body}".
        var expected = "sha256=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(webhook.Secret), Encoding.UTF8.GetBytes($"{timestamp}.{request.Body}")));
        Assert.Equal(expected, request.Headers["X-Vestnik-Signature"]);
        Assert.True(WebhookSignature.Verify(webhook.Secret, timestamp, request.Body, request.Headers["X-Vestnik-Signature"]));
        Assert.False(WebhookSignature.Verify("another-secret", timestamp, request.Body, request.Headers["X-Vestnik-Signature"]));
        var payload = JsonDocument.Parse(request.Body).RootElement;
        Assert.Equal("article.published", payload.GetProperty("event").GetString());
        Assert.Equal("Вебхук: «подпись» & проверка", payload.GetProperty("article").GetProperty("title").GetString());
        Assert.EndsWith($"/articles/{article.Slug}", payload.GetProperty("article").GetProperty("url").GetString());
        await DeactivateAsync(App, webhook);
    }

    [Fact]
    public async Task FailingReceiver_ShouldGetExactlyOneSuccessfulDelivery_AfterRetries()
    {
        var attempts = new Dictionary<int, int>();
        await using var receiver = new FakeHttpReceiver((_, request) =>
        {
            lock (attempts)
            {
                var key = request.Body.GetHashCode(StringComparison.Ordinal);
                attempts[key] = attempts.GetValueOrDefault(key) + 1;
                return attempts[key] switch { 1 => 500, 2 => 503, _ => 200 };
            }
        });
        var webhook = await RegisterAsync(receiver);

        var article = await DistributionTestData.ArticleAsync(App, "Повторные попытки");
        var deliveries = await EventuallyAsync(() => DeliveriesAsync(webhook.Id, article.Id),
            d => d.Count == 1 && d[0].Status == DeliveryStatus.Delivered, "the delivery to succeed");
        await Task.Delay(1000);

        var delivery = Assert.Single(await DeliveriesAsync(webhook.Id, article.Id));
        Assert.Equal(DeliveryStatus.Delivered, delivery.Status);
        Assert.Equal(3, delivery.Attempts);
        Assert.Equal(200, delivery.LastStatusCode);
        Assert.Equal(3, receiver.Requests.Count(r => r.Body.Contains($"\"id\":{article.Id},", StringComparison.Ordinal)));
        Assert.Equal(deliveries[0].Id, delivery.Id);
        await DeactivateAsync(App, webhook);
    }

    [Fact]
    public async Task ReceiverThatNeverAnswers_ShouldNotSlowPublishing_AndShouldBeRetriedThenGivenUp()
    {
        await using var receiver = new FakeHttpReceiver((_, _) => null);
        var webhook = await RegisterAsync(receiver);

        var first = await App.WithDbAsync(db => TestArticles.CreateAsync(db, "Публикация не ждёт"));
        await EventuallyAsync(() => Task.FromResult(receiver.Requests.Count), c => c > 0, "the first attempt");
        // Published while the first delivery hangs: only this publication is timed, not the wait for the attempt above
        // (which a busy machine stretches), against the whole retry cycle of the hanging receiver (about 9 s).
        var clock = Stopwatch.StartNew();
        var second = await App.WithDbAsync(db => TestArticles.CreateAsync(db, "И эта тоже не ждёт"));
        clock.Stop();

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"publishing took {clock.Elapsed}");
        var failed = await EventuallyAsync(() => DeliveriesAsync(webhook.Id, first.Id),
            d => d.Count == 1 && d[0].Status == DeliveryStatus.Failed, "the delivery to be given up");
        Assert.Equal(DistributionAppFixture.MaxAttempts, failed[0].Attempts);
        Assert.Equal("timed out", failed[0].LastError);
        Assert.NotEqual(first.Id, second.Id);
        await DeactivateAsync(App, webhook);
    }

    [Fact]
    public async Task UpdateAndUnpublish_ShouldBeAnnounced_ButASaveThatChangesNothingShouldNot()
    {
        await using var receiver = new FakeHttpReceiver();
        var webhook = await RegisterAsync(receiver);
        var article = await DistributionTestData.ArticleAsync(App, "Жизненный цикл");
        await EventuallyAsync(() => DeliveriesAsync(webhook.Id, article.Id), d => d.Count == 1, "the publish event");

        await App.WithDbAsync(async db =>
        {
            var tracked = await db.Articles.SingleAsync(a => a.Id == article.Id);
            tracked.Version++;
            await db.SaveChangesAsync();
            tracked.Title = "Жизненный цикл: обновлено";
            tracked.MarkUpdated(DateTimeOffset.UtcNow);
            await db.SaveChangesAsync();
        });
        await EventuallyAsync(() => DeliveriesAsync(webhook.Id, article.Id), d => d.Count == 2, "the update event");
        await App.WithDbAsync(async db =>
        {
            var tracked = await db.Articles.SingleAsync(a => a.Id == article.Id);
            tracked.Unpublish();
            await db.SaveChangesAsync();
        });

        var deliveries = await EventuallyAsync(() => DeliveriesAsync(webhook.Id, article.Id),
            d => d.Count == 3 && d.All(x => x.Status == DeliveryStatus.Delivered), "the unpublish event");
        Assert.Equal([ArticleEvents.Published, ArticleEvents.Updated, ArticleEvents.Unpublished], deliveries.Select(d => d.Event));
        await DeactivateAsync(App, webhook);
    }

    [Fact]
    public async Task NewArticle_ShouldBePostedToTheTelegramChannel_Once()
    {
        var article = await DistributionTestData.ArticleAsync(App, "В канал: «Телеграм» & <бот>");

        var post = await EventuallyAsync(
            () => Task.FromResult(fixture.TelegramApi.Requests.FirstOrDefault(r => r.Body.Contains(article.Slug, StringComparison.Ordinal))),
            r => r is not null, "the Telegram post");
        await App.WithDbAsync(async db =>
        {
            var tracked = await db.Articles.SingleAsync(a => a.Id == article.Id);
            tracked.Dek = "Новое описание";
            await db.SaveChangesAsync();
        });
        await EventuallyAsync(() => DeliveriesAsync(null, article.Id), d => d.All(x => x.Status == DeliveryStatus.Delivered), "delivery");
        await Task.Delay(500);

        Assert.Equal($"/bot{DistributionAppFixture.BotToken}/sendMessage", post!.Path);
        var body = JsonDocument.Parse(post.Body).RootElement;
        Assert.Equal(DistributionAppFixture.Channel, body.GetProperty("chat_id").GetString());
        Assert.Equal("HTML", body.GetProperty("parse_mode").GetString());
        var text = body.GetProperty("text").GetString()!;
        Assert.StartsWith("<b>В канал: «Телеграм» &amp; &lt;бот&gt;</b>", text);
        Assert.Contains(article.Dek, text);
        Assert.EndsWith($"/articles/{article.Slug}", text);
        Assert.Single(fixture.TelegramApi.Requests, r => r.Body.Contains(article.Slug, StringComparison.Ordinal));
    }

    [Fact]
    public async Task AdminPages_ShouldRegisterShowTheLogAndResend()
    {
        await using var receiver = new FakeHttpReceiver();
        var admin = (await RoleClients.AdminAsync(App)).Client;

        var created = await admin.SubmitFormAsync("/newsroom/webhooks", "form.webhook-form",
            new() { ["TargetUrl"] = receiver.BaseUrl + "/from-the-form", ["Description"] = "Мобильное приложение" });
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var detailUrl = created.Headers.Location!.OriginalString;
        Assert.Matches("^/newsroom/webhooks/[0-9]+$", detailUrl);
        var webhookId = int.Parse(detailUrl.Split('/')[^1], System.Globalization.CultureInfo.InvariantCulture);

        var article = await DistributionTestData.ArticleAsync(App, "Журнал доставок");
        await EventuallyAsync(() => DeliveriesAsync(webhookId, article.Id), d => d.Count == 1 && d[0].Status == DeliveryStatus.Delivered, "delivery");
        var (_, detail) = await admin.GetPageAsync(detailUrl);
        Assert.Equal(64, detail.QuerySelector(".webhook-details__secret")!.TextContent.Length);
        var row = detail.QuerySelector("tr[data-delivery-id]")!;
        Assert.Equal("Delivered", row.GetAttribute("data-status"));

        var resent = await admin.SubmitFormAsync(detailUrl, "tr[data-delivery-id] form");
        Assert.Equal(HttpStatusCode.Redirect, resent.StatusCode);
        var deliveries = await EventuallyAsync(() => DeliveriesAsync(webhookId, article.Id),
            d => d.Count == 2 && d.All(x => x.Status == DeliveryStatus.Delivered), "the resent delivery");
        Assert.Equal(deliveries[0].Payload, deliveries[1].Payload);
        await App.WithDbAsync(db => db.Set<Webhook>().Where(w => w.Id == webhookId).ExecuteUpdateAsync(s => s.SetProperty(w => w.IsActive, false)));
    }

    [Theory]
    [InlineData("ftp://example.com/hook")]
    [InlineData("not a url")]
    [InlineData("https://user:secret@example.com/hook")]
    public async Task AdminPage_ShouldRefuseBadUrls_With400AndKeepTheInput(string url)
    {
        var admin = await RoleClients.AdminAsync(App);
        var before = await App.WithDbAsync(db => db.Set<Webhook>().CountAsync());

        var response = await admin.Client.SubmitFormAsync("/newsroom/webhooks", "form.webhook-form", new() { ["TargetUrl"] = url });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var page = Html.Parse(await response.Content.ReadAsStringAsync());
        Assert.False(string.IsNullOrWhiteSpace(page.QuerySelector("#webhook-error")!.TextContent));
        Assert.Equal(url, page.QuerySelector("input[name=TargetUrl]")!.GetAttribute("value"));
        Assert.Equal(before, await App.WithDbAsync(db => db.Set<Webhook>().CountAsync()));
    }

    [Fact]
    public async Task AdminPages_ShouldBeClosedToEditors()
    {
        var editor = await RoleClients.EditorAsync(App);

        var response = await editor.Client.GetAsync("/newsroom/webhooks");
        var anonymous = await RoleClients.Anonymous(App).GetAsync("/newsroom/webhooks/1");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/account/access-denied", response.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.Redirect, anonymous.StatusCode);
        Assert.Contains("/account/login", anonymous.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task UnknownWebhookOrDelivery_ShouldBe404()
    {
        var admin = (await RoleClients.AdminAsync(App)).Client;
        var known = await App.WithDbAsync(async db =>
        {
            // Inactive, so that no article published meanwhile gives it deliveries.
            var webhook = new Webhook { Url = "https://receiver.test/hooks/vestnik", IsActive = false, CreatedAt = DateTimeOffset.UtcNow };
            db.Add(webhook);
            await db.SaveChangesAsync();
            return webhook;
        });
        var (lastDelivery, deliveries) = await App.WithDbAsync(async db =>
            (await db.Set<Delivery>().MaxAsync(d => (long?)d.Id) ?? 0, await db.Set<Delivery>().CountAsync()));

        var knownPage = await admin.GetAsync($"/newsroom/webhooks/{known.Id}");
        var unknownPage = await admin.GetAsync($"/newsroom/webhooks/{known.Id + 1000}");
        var resent = await admin.PostFormAsync("/newsroom/webhooks?handler=Resend",
            new() { ["deliveryId"] = (lastDelivery + 1000).ToString(System.Globalization.CultureInfo.InvariantCulture) });

        // The known webhook's page answers, so the 404 comes from the lookup and not from a route that does not exist.
        Assert.Equal(HttpStatusCode.OK, knownPage.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknownPage.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, resent.StatusCode);
        Assert.Equal(deliveries, await App.WithDbAsync(db => db.Set<Delivery>().CountAsync()));
    }
}

public sealed class SqliteWebhooksTests(SqliteDistributionFixture fixture) : WebhooksTests(fixture), IClassFixture<SqliteDistributionFixture>;

public sealed class PostgresWebhooksTests(PostgresDistributionFixture fixture) : WebhooksTests(fixture), IClassFixture<PostgresDistributionFixture>;
