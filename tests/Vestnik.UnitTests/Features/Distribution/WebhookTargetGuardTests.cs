using Microsoft.Extensions.Options;
using Vestnik.Features.Distribution;
using Vestnik.Features.Distribution.Webhooks;
using Vestnik.Testing;

namespace Vestnik.UnitTests.Features.Distribution;

public sealed class WebhookTargetGuardTests
{
    private static WebhookTargetGuard Guard(bool allowPrivate = false) =>
        new(Options.Create(new WebhookOptions { AllowPrivateTargets = allowPrivate }));

    [Theory]
    [InlineData("http://127.0.0.1/hook")]
    [InlineData("http://127.8.9.10:8080/hook")]
    [InlineData("http://localhost/hook")]
    [InlineData("http://10.1.2.3/")]
    [InlineData("http://172.20.0.1/")]
    [InlineData("http://192.168.1.1/")]
    [InlineData("http://169.254.169.254/latest/meta-data")]
    [InlineData("http://100.100.0.1/")]
    [InlineData("http://0.0.0.0/")]
    [InlineData("http://[::1]/")]
    [InlineData("http://[fd00::1]/")]
    [InlineData("http://[fe80::1]/")]
    [InlineData("http://[::ffff:127.0.0.1]/")]
    [InlineData("ftp://example.com/")]
    [InlineData("file:///etc/passwd")]
    [InlineData("javascript:alert(1)")]
    [InlineData("https://user:password@93.184.216.34/")]
    [InlineData("/relative/path")]
    public async Task PrivateOrNonHttpTargets_ShouldBeRefused(string url)
    {
        Assert.NotNull(await Guard().RefusalAsync(url, DistributionText.Ru, CancellationToken.None));
    }

    [Theory]
    [InlineData("https://93.184.216.34/hooks/vestnik")]
    [InlineData("http://[2606:2800:220:1:248:1893:25c8:1946]/hook")]
    public async Task PublicTargets_ShouldBeAccepted(string url)
    {
        Assert.Null(await Guard().RefusalAsync(url, DistributionText.Ru, CancellationToken.None));
    }

    [Fact]
    public async Task LoopbackTargets_ShouldBeAccepted_WhenPrivateTargetsAreAllowed()
    {
        Assert.Null(await Guard(allowPrivate: true).RefusalAsync("http://127.0.0.1:5000/hook", DistributionText.Ru, CancellationToken.None));
        Assert.NotNull(await Guard(allowPrivate: true).RefusalAsync("ftp://127.0.0.1/", DistributionText.Ru, CancellationToken.None));
    }

    [Fact]
    public async Task Connecting_ShouldBeRefused_WhenTheTargetIsLoopback()
    {
        await using var receiver = new FakeHttpReceiver();
        using var handler = new SocketsHttpHandler { ConnectCallback = Guard().ConnectAsync };
        using var client = new HttpClient(handler);

        var error = await Assert.ThrowsAsync<HttpRequestException>(() => client.GetAsync(receiver.BaseUrl + "/hook", TestContext.Current.CancellationToken));

        Assert.Contains("private or loopback", error.Message);
        Assert.Empty(receiver.Requests);
    }
}
