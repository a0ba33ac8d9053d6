using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;
using Microsoft.AspNetCore.Mvc.Testing;
using Vestnik.Data;
using Vestnik.Features.Distribution.Webhooks;
using Vestnik.Infrastructure.Operations.Metrics;
using Vestnik.Testing;
using Vestnik.Tests.Features.Comments;

namespace Vestnik.Tests.Operations;

/// <summary>
/// The OpenTelemetry exporter listens to meters by name across the process, so an app of another test running at the
/// same time would mix its values into this app's <c>/metrics</c>: these tests run alone.
/// </summary>
[CollectionDefinition(nameof(MetricsTests), DisableParallelization = true)]
public sealed class MetricsRunAlone;

[Collection(nameof(MetricsTests))]
public sealed class MetricsTests
{
    private const string Token = "scrape-token-for-tests";

    [Fact]
    public async Task Metrics_ShouldExposeRequestSeriesPerRoute_AndFeatureSeries()
    {
        await using var app = await VestnikApp.CreateAsync(DatabaseProvider.Sqlite, a => a.WithSetting("Metrics:Token", Token));
        var client = app.CreateClient();
        // A feature's own series, added the way features are meant to: from the shared meter.
        app.Service<VestnikMetrics>().Meter.CreateCounter<long>("vestnik.test.things").Add(3);

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/")).StatusCode);
        var text = await ScrapeUntilAsync(client, t => t.Contains("http_route=\"/\"", StringComparison.Ordinal));

        Assert.Contains("http_server_request_duration_seconds_bucket{", text, StringComparison.Ordinal);
        Assert.Contains("http_server_request_duration_seconds_count{", text, StringComparison.Ordinal);
        Assert.Contains("vestnik_test_things_total", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Metrics_ShouldExposeCacheCommentIndexJobAndDeliverySeries_AndMoveThem()
    {
        await using var app = await VestnikApp.CreateAsync(DatabaseProvider.Sqlite, a => CommentsAppFixture.Relax(a)
            .WithSetting("Metrics:Token", Token)
            .WithSetting("Metrics:SampleInterval", "00:00:00.200")
            .WithSetting("OutputCache:Enabled", "true")
            .WithSetting("Comments:AllowGuests", "true")
            .WithSetting("Webhooks:AllowPrivateTargets", "true")
            .WithSetting("Webhooks:PollInterval", "00:00:00.200"));
        var scraper = app.CreateClient();
        var before = await ScrapeUntilAsync(scraper, t => Value(t, "vestnik_comments_pending") is not null);

        // Every job and delivery kind is exported from the start, at 0, so a rate alert works before the first failure.
        Assert.All(JobNames.All, job => Assert.Equal(0, Value(before, "vestnik_jobs_failures_total", $"job=\"{job}\"")));
        Assert.All(DeliveryKinds.All, kind => Assert.Equal(0, Value(before, "vestnik_deliveries_failures_total", $"kind=\"{kind}\"")));

        // The second anonymous view of the same page is a hit.
        var reader = app.CreateClient(new WebApplicationFactoryClientOptions { HandleCookies = false });
        Assert.Equal(HttpStatusCode.OK, (await reader.GetAsync("/")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await reader.GetAsync("/")).StatusCode);

        // A guest's comment waits for a moderator; a webhook whose receiver is down fails its delivery.
        var article = await app.ArticleAsync("Статья для метрик");
        var guest = RoleClients.Anonymous(app);
        Assert.Equal(HttpStatusCode.Redirect, (await guest.PostAsync(article, "Комментарий гостя для метрик", extra: new() { ["GuestName"] = "Гость" })).StatusCode);
        await app.WithDbAsync(async db =>
        {
            db.Add(new Webhook { Url = $"http://127.0.0.1:{ClosedPort()}/hook", CreatedAt = DateTimeOffset.UtcNow });
            await db.SaveChangesAsync();
        });
        await app.ArticleAsync("Статья для упавшего вебхука");

        var after = await ScrapeUntilAsync(scraper, t =>
            Value(t, "vestnik_comments_pending") > Value(before, "vestnik_comments_pending")
            && Value(t, "vestnik_deliveries_failures_total", "kind=\"webhook\"") >= 1
            && Value(t, "vestnik_search_index_lag") == 0);

        TestContext.Current.TestOutputHelper?.WriteLine(string.Join('\n', after.Split('\n').Where(l => l.StartsWith("vestnik_", StringComparison.Ordinal))));
        Assert.True(Value(after, "vestnik_output_cache_hits_total") >= (Value(before, "vestnik_output_cache_hits_total") ?? 0) + 1);
        Assert.True(Value(after, "vestnik_output_cache_misses_total") >= (Value(before, "vestnik_output_cache_misses_total") ?? 0) + 1);
        Assert.Equal(Value(before, "vestnik_comments_pending") + 1, Value(after, "vestnik_comments_pending"));
        Assert.Equal(0, Value(after, "vestnik_search_index_lag_seconds"));
        Assert.Equal(0, Value(after, "vestnik_jobs_failures_total", "job=\"outbox\""));
    }

    [Fact]
    public async Task Metrics_ShouldRefuseAScraperWithoutTheToken()
    {
        await using var app = await VestnikApp.CreateAsync(DatabaseProvider.Sqlite, a => a.WithSetting("Metrics:Token", Token));
        var client = app.CreateClient();

        var anonymous = await client.GetAsync("/metrics");
        using var wrong = new HttpRequestMessage(HttpMethod.Get, "/metrics") { Headers = { Authorization = new AuthenticationHeaderValue("Bearer", "guess") } };

        Assert.Equal(HttpStatusCode.Forbidden, anonymous.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.SendAsync(wrong)).StatusCode);
    }

    [Fact]
    public async Task Metrics_ShouldBeAbsent_WhenDisabled()
    {
        await using var app = await VestnikApp.CreateAsync(DatabaseProvider.Sqlite, a => a.WithSetting("Metrics:Enabled", "false"));

        var response = await app.CreateClient().GetAsync("/metrics");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    /// <summary>The value of the first sample of <paramref name="series"/> (with <paramref name="label"/>, when given), or null.</summary>
    private static double? Value(string text, string series, string? label = null)
    {
        foreach (var line in text.Split('\n'))
        {
            if (line.StartsWith(series, StringComparison.Ordinal) && line.Length > series.Length && line[series.Length] is '{' or ' '
                && (label is null || line.Contains(label, StringComparison.Ordinal)))
            {
                var value = line[(line.LastIndexOf('}') + 1)..].Trim().Split(' ')[0];
                return double.Parse(value, CultureInfo.InvariantCulture);
            }
        }
        return null;
    }

    private static int ClosedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>Request durations are recorded when the response completes, a moment after the client has it.</summary>
    private static async Task<string> ScrapeUntilAsync(HttpClient client, Func<string, bool> done)
    {
        var text = "";
        var clock = System.Diagnostics.Stopwatch.StartNew();
        for (var attempt = 0; clock.Elapsed < TimeSpan.FromSeconds(30) && !done(text); attempt++)
        {
            await Task.Delay(attempt == 0 ? 0 : 400);
            using var request = new HttpRequestMessage(HttpMethod.Get, "/metrics") { Headers = { Authorization = new AuthenticationHeaderValue("Bearer", Token) } };
            var response = await client.SendAsync(request);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            text = await response.Content.ReadAsStringAsync();
        }
        return text;
    }
}
