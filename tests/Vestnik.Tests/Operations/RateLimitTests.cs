using System.Net;
using Vestnik.Data;
using Vestnik.Testing;

namespace Vestnik.Tests.Operations;

public sealed class RateLimitTests
{
    private static Task<VestnikApp> AppAsync(params (string Key, string Value)[] settings) =>
        VestnikApp.CreateAsync(DatabaseProvider.Sqlite, app =>
        {
            app.WithSetting("RateLimiting:Enabled", "true").WithSetting("RateLimiting:WindowSeconds", "3").WithSetting("RateLimiting:Requests", "5");
            foreach (var (key, value) in settings)
            {
                app.WithSetting(key, value);
            }
        });

    [Fact]
    public async Task Pages_ShouldAnswer429WithRetryAfterAndAReadablePage_AndRecoverAfterTheWindow()
    {
        await using var app = await AppAsync();
        var client = app.CreateClient();

        for (var i = 0; i < 5; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/")).StatusCode);
        }
        var refused = await client.GetAsync("/");
        var page = await refused.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.True(int.Parse(refused.Headers.GetValues("Retry-After").Single(), System.Globalization.CultureInfo.InvariantCulture) is >= 1 and <= 3);
        Assert.Contains("Слишком много запросов", page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/readyz")).StatusCode);

        await Task.Delay(TimeSpan.FromSeconds(3.5));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/")).StatusCode);
    }

    [Fact]
    public async Task SignIn_ShouldBeLimitedMoreStrictlyThanPages()
    {
        await using var app = await AppAsync(("RateLimiting:Requests", "100"), ("RateLimiting:Login", "2"));
        var client = app.CreateClient();

        var first = await client.PostAsync("/account/login", new FormUrlEncodedContent([]));
        var second = await client.PostAsync("/account/login", new FormUrlEncodedContent([]));
        var third = await client.PostAsync("/en/account/login", new FormUrlEncodedContent([]));

        Assert.NotEqual(HttpStatusCode.TooManyRequests, first.StatusCode);
        Assert.NotEqual(HttpStatusCode.TooManyRequests, second.StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, third.StatusCode);
        Assert.Contains("Too many requests", await third.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/")).StatusCode);
    }

    [Fact]
    public async Task ClientsBehindAKnownProxy_ShouldBeCountedApart_AndForgedHeadersIgnoredOtherwise()
    {
        await using var trusting = await AppAsync(("RateLimiting:Requests", "2"), ("ForwardedHeaders:KnownProxies", "127.0.0.1"));
        trusting.OnRealPort();
        trusting.StartServer();
        using var client = trusting.CreateClient();

        for (var i = 0; i < 2; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await GetAsAsync(client, "203.0.113.5")).StatusCode);
        }
        Assert.Equal(HttpStatusCode.TooManyRequests, (await GetAsAsync(client, "203.0.113.5")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await GetAsAsync(client, "203.0.113.6")).StatusCode);

        await using var untrusting = await AppAsync(("RateLimiting:Requests", "2"));
        untrusting.OnRealPort();
        untrusting.StartServer();
        using var direct = untrusting.CreateClient();
        await GetAsAsync(direct, "203.0.113.5");
        await GetAsAsync(direct, "203.0.113.6");
        Assert.Equal(HttpStatusCode.TooManyRequests, (await GetAsAsync(direct, "203.0.113.7")).StatusCode);
    }

    private static Task<HttpResponseMessage> GetAsAsync(HttpClient client, string forwardedFor)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/") { Headers = { { "X-Forwarded-For", forwardedFor } } };
        return client.SendAsync(request);
    }
}
