using Microsoft.Extensions.Options;
using Vestnik.Features.Inbox;
using Vestnik.Features.Inbox.Polling;
using Vestnik.Testing;

namespace Vestnik.Tests.Features.Inbox;

/// <summary>SSRF: the fetcher as production configures it (private targets refused), against a loopback server.</summary>
public sealed class FeedFetcherGuardTests : IAsyncLifetime
{
    private FakeFeedServer _server = null!;

    public async ValueTask InitializeAsync() => _server = await FakeFeedServer.StartAsync();

    public async ValueTask DisposeAsync() => await _server.DisposeAsync();

    private static FeedFetcher Fetcher(bool allowPrivate)
    {
        var options = Options.Create(new InboxOptions { AllowPrivateTargets = allowPrivate, HostPace = TimeSpan.Zero, FetchTimeout = TimeSpan.FromSeconds(5) });
        return new FeedFetcher(new OneClientFactory(new HttpClient(FeedFetcher.CreateHandler(options))), options, new HostPace(options, TimeProvider.System));
    }

    private static Task<FetchResult> FetchAsync(FeedFetcher fetcher, string url) =>
        fetcher.FetchAsync(new Uri(url), null, null, TestContext.Current.CancellationToken);

    [Theory]
    [InlineData("http://127.0.0.1:{port}/feed.xml")]
    [InlineData("http://localhost:{port}/feed.xml")]
    [InlineData("http://[::1]:{port}/feed.xml")]
    [InlineData("http://169.254.169.254/latest/meta-data/")]
    [InlineData("http://10.0.0.1/feed.xml")]
    [InlineData("http://192.168.1.1/feed.xml")]
    [InlineData("http://172.16.5.4/feed.xml")]
    [InlineData("http://[fe80::1]/feed.xml")]
    [InlineData("http://[fd00::1]/feed.xml")]
    [InlineData("http://0.0.0.0:{port}/feed.xml")]
    public async Task Fetch_ShouldRefusePrivateLoopbackAndLinkLocalTargets(string template)
    {
        _server.Feed("/feed.xml", "<rss><channel></channel></rss>");
        var url = template.Replace("{port}", _server.BaseAddress.Port.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);

        var error = await Assert.ThrowsAsync<FeedFetchException>(() => FetchAsync(Fetcher(allowPrivate: false), url));

        Assert.Contains("Refused", error.Message, StringComparison.Ordinal);
        Assert.Equal(0, _server.CountOf("/feed.xml"));
    }

    [Theory]
    [InlineData("file:///etc/passwd")]
    [InlineData("ftp://feeds.example.com/rss.xml")]
    [InlineData("gopher://feeds.example.com/")]
    public async Task Fetch_ShouldRefuseOtherSchemes(string url)
    {
        var error = await Assert.ThrowsAsync<FeedFetchException>(() => FetchAsync(Fetcher(allowPrivate: true), url));

        Assert.Contains("Only http and https", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Fetch_ShouldRefuseARedirectToAnotherScheme()
    {
        var start = _server.Redirect("/to-file", "file:///etc/passwd");

        var error = await Assert.ThrowsAsync<FeedFetchException>(() => FetchAsync(Fetcher(allowPrivate: true), start.ToString()));

        Assert.Contains("Only http and https", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Fetch_ShouldFetch_WhenPrivateTargetsAreAllowed()
    {
        var url = _server.Feed("/allowed.xml", "<rss><channel><item><title>t</title><link>https://x.example/</link></item></channel></rss>");

        var result = await FetchAsync(Fetcher(allowPrivate: true), url.ToString());

        Assert.False(result.NotModified);
        Assert.NotEmpty(result.Body);
    }

    private sealed class OneClientFactory(HttpClient client) : IHttpClientFactory
    {
        public HttpClient CreateClient(string name) => client;
    }
}
