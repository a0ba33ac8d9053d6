using System.Net;
using System.Net.Http.Headers;
using Vestnik.Data;
using Vestnik.Infrastructure.Operations.Metrics;
using Vestnik.Testing;

namespace Vestnik.Tests.Operations;

public sealed class MetricsTests
{
    private const string Token = "scrape-token-for-tests";

    [Fact]
    public async Task Metrics_ShouldExposeRequestSeriesPerRoute_AndFeatureSeries()
    {
        await using var app = await VestnikApp.CreateAsync(DatabaseProvider.Sqlite, a => a.WithSetting("Metrics:Token", Token).WithSetting("Vestnik:DemoContent", "false"));
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
    public async Task Metrics_ShouldRefuseAScraperWithoutTheToken()
    {
        await using var app = await VestnikApp.CreateAsync(DatabaseProvider.Sqlite, a => a.WithSetting("Metrics:Token", Token).WithSetting("Vestnik:DemoContent", "false"));
        var client = app.CreateClient();

        var anonymous = await client.GetAsync("/metrics");
        using var wrong = new HttpRequestMessage(HttpMethod.Get, "/metrics") { Headers = { Authorization = new AuthenticationHeaderValue("Bearer", "guess") } };

        Assert.Equal(HttpStatusCode.Forbidden, anonymous.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.SendAsync(wrong)).StatusCode);
    }

    [Fact]
    public async Task Metrics_ShouldBeAbsent_WhenDisabled()
    {
        await using var app = await VestnikApp.CreateAsync(DatabaseProvider.Sqlite, a => a.WithSetting("Metrics:Enabled", "false").WithSetting("Vestnik:DemoContent", "false"));

        var response = await app.CreateClient().GetAsync("/metrics");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    /// <summary>Request durations are recorded when the response completes, a moment after the client has it.</summary>
    private static async Task<string> ScrapeUntilAsync(HttpClient client, Func<string, bool> done)
    {
        var text = "";
        for (var attempt = 0; attempt < 20 && !done(text); attempt++)
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
