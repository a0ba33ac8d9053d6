using System.Diagnostics;
using System.Net;
using Vestnik.Testing;

namespace Vestnik.Tests.Operations;

/// <summary>The database server goes away under load and comes back: fast 503s with a readable page meanwhile, then recovery without a restart.</summary>
public sealed class PostgresOutageTests
{
    private static readonly TimeSpan FastAnswer = TimeSpan.FromSeconds(3);

    [Fact]
    public async Task DatabaseStoppedUnderLoad_ShouldAnswerFast503s_AndRecoverOnItsOwn()
    {
        await using var cluster = await PostgresCluster.StartAsync();
        await using var app = await AppProcess.StartAsync(Path.Combine(Path.GetTempPath(), "vestnik-outage-" + Guid.NewGuid().ToString("N")[..8]),
            "--Database:Provider=Postgres", $"--ConnectionStrings:Vestnik={cluster.ConnectionString};Timeout=5;Command Timeout=10", "--RateLimiting:Enabled=false",
            // The cache would keep answering from memory while the database is away; this test is about what the database does.
            "--OutputCache:Enabled=false");
        using var client = app.Client();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/")).StatusCode);

        using var stopLoad = new CancellationTokenSource();
        var load = Enumerable.Range(0, 4).Select(_ => Task.Run(async () =>
        {
            var answers = new List<(HttpStatusCode Status, TimeSpan Took)>();
            while (!stopLoad.IsCancellationRequested)
            {
                var watch = Stopwatch.StartNew();
                var response = await client.GetAsync("/");
                answers.Add((response.StatusCode, watch.Elapsed));
            }
            return answers;
        })).ToList();

        await Task.Delay(500);
        await cluster.StopServerAsync();
        var watch = Stopwatch.StartNew();
        var down = await client.GetAsync("/");
        var downTook = watch.Elapsed;
        var ready = await client.GetAsync("/readyz");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, down.StatusCode);
        Assert.True(downTook < FastAnswer, $"a request took {downTook} while the database was down");
        Assert.Equal("30", down.Headers.RetryAfter?.Delta?.TotalSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Contains("Сайт временно недоступен", await down.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
        Assert.Contains("database: Unhealthy", await ready.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        await Task.Delay(1000);

        await cluster.StartServerAsync();
        var recovered = Stopwatch.StartNew();
        HttpStatusCode status;
        do
        {
            await Task.Delay(200);
            status = (await client.GetAsync("/")).StatusCode;
        }
        while (status != HttpStatusCode.OK && recovered.Elapsed < TimeSpan.FromSeconds(20));
        await stopLoad.CancelAsync();
        var answers = (await Task.WhenAll(load)).SelectMany(a => a).ToList();

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/readyz")).StatusCode);
        Assert.All(answers, a => Assert.Contains(a.Status, new[] { HttpStatusCode.OK, HttpStatusCode.ServiceUnavailable }));
        Assert.Contains(answers, a => a.Status == HttpStatusCode.ServiceUnavailable);
        Assert.All(answers.Where(a => a.Status == HttpStatusCode.ServiceUnavailable), a => Assert.True(a.Took < FastAnswer, $"a 503 took {a.Took}"));
        Assert.Contains("the database server is unavailable", app.Output, StringComparison.Ordinal);
    }
}
