using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Hosting.Internal;
using Microsoft.Extensions.Options;
using Vestnik.Features.Distribution;
using Vestnik.Features.Distribution.Sharing;
using Vestnik.Features.Site;

namespace Vestnik.UnitTests.Features.Distribution;

public sealed class ShareLinksTests
{
    private const string Hostile = "«Цитата» & \"кавычки\" #хэштег ?a=1&b=2 + 100% 🚀 <script>alert(1)</script>";
    private const string ArticlePath = "/articles/test-stati";

    private static ShareLinks Links(DistributionOptions? options = null) => new(
        new PublicUrl(
            new ConfigurationBuilder().AddInMemoryCollection([new("Vestnik:PublicBaseUrl", "https://vestnik.example")]).Build(),
            new HostingEnvironment { EnvironmentName = Environments.Production }),
        Options.Create(options ?? new DistributionOptions()));

    private static Dictionary<string, string> Query(string url) =>
        new Uri(url).Query.TrimStart('?').Split('&')
            .Select(p => p.Split('=', 2))
            .ToDictionary(p => p[0], p => Uri.UnescapeDataString(p[1]));

    [Theory]
    [InlineData("vk", "vk.com", "/share.php", "url", "title")]
    [InlineData("x", "x.com", "/intent/post", "url", "text")]
    [InlineData("ok", "connect.ok.ru", "/offer", "url", "title")]
    [InlineData("telegram", "t.me", "/share/url", "url", "text")]
    public void EveryNetwork_ShouldCarryTheExactUrlAndHeadline_WhenTheHeadlineIsHostile(
        string network, string host, string path, string urlParameter, string titleParameter)
    {
        var link = Links().For(new DefaultHttpContext().Request, 42, ArticlePath, Hostile).Single(l => l.Network == network);

        var target = new Uri(link.NetworkUrl);
        Assert.Equal("https", target.Scheme);
        Assert.Equal(host, target.Host);
        Assert.Equal(path, target.AbsolutePath);
        var query = Query(link.NetworkUrl);
        Assert.Equal(2, query.Count);
        Assert.Equal("https://vestnik.example/articles/test-stati", query[urlParameter]);
        Assert.Equal(Hostile, query[titleParameter]);
        Assert.Equal($"/share/{network}/42", link.Url);
    }

    [Fact]
    public void WhatsApp_ShouldCarryHeadlineAndUrlInOneText()
    {
        var link = Links().For(new DefaultHttpContext().Request, 42, ArticlePath, Hostile).Single(l => l.Network == "whatsapp");

        Assert.StartsWith("https://wa.me/?text=", link.NetworkUrl);
        Assert.Equal(Hostile + "\nhttps://vestnik.example/articles/test-stati", Query(link.NetworkUrl)["text"]);
    }

    [Fact]
    public void Links_ShouldCoverTheFiveNetworksInOrder()
    {
        var links = Links().For(new DefaultHttpContext().Request, 1, ArticlePath, "Заголовок");

        Assert.Equal(["vk", "x", "ok", "whatsapp", "telegram"], links.Select(l => l.Network));
    }

    [Fact]
    public void UtmTags_ShouldBeAddedToTheSharedUrl_WhenConfigured()
    {
        var options = new DistributionOptions { UtmSource = "{network}", UtmMedium = "social", UtmCampaign = "share bar" };

        var link = Links(options).For(new DefaultHttpContext().Request, 1, ArticlePath, "Заголовок").Single(l => l.Network == "vk");

        Assert.Equal("https://vestnik.example/articles/test-stati?utm_source=vk&utm_medium=social&utm_campaign=share%20bar",
            Query(link.NetworkUrl)["url"]);
    }
}
