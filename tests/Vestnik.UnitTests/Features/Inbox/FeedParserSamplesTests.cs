using Vestnik.Features.Inbox.Parsing;
using Vestnik.Testing;

namespace Vestnik.UnitTests.Features.Inbox;

/// <summary>Every real-world and fixture feed in tests/data/feeds: nothing but a FeedFormatException escapes.</summary>
public sealed class FeedParserSamplesTests
{
    private static readonly Uri FeedUrl = new("https://feeds.example.com/news/rss.xml");

    private static string FeedsRoot => TestData.PathOf("feeds");

    public static TheoryData<string> AllSamples()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.EnumerateFiles(FeedsRoot, "*", SearchOption.AllDirectories)
                     .Where(f => Path.GetFileName(Path.GetDirectoryName(f)) != "feeds")
                     .Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetRelativePath(FeedsRoot, file));
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(AllSamples))]
    public void Parse_ShouldReadOrRefuseCleanly_EverySample(string relativePath)
    {
        var body = File.ReadAllBytes(Path.Combine(FeedsRoot, relativePath));
        try
        {
            var feed = FeedParser.Parse(body, FeedUrl);
            Assert.All(feed.Items, item =>
            {
                Assert.False(string.IsNullOrWhiteSpace(item.Title));
                Assert.DoesNotContain("<", item.Title.Replace("< ", "", StringComparison.Ordinal), StringComparison.Ordinal);
                if (item.Link is not null)
                {
                    Assert.True(Uri.TryCreate(item.Link, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https", item.Link);
                }
            });
        }
        catch (FeedFormatException)
        {
            // Refusing a document that is not a feed is a correct answer; anything else escaping is not.
        }
    }

    /// <summary>Real captured feeds and the well-formed version fixtures: each must yield items.</summary>
    public static TheoryData<string> FeedsWithItems()
    {
        var data = new TheoryData<string>();
        foreach (var path in AllSamples().Select(row => row.Data)
                     .Where(p => p.StartsWith("real-", StringComparison.Ordinal) || p.StartsWith("versions", StringComparison.Ordinal)
                         || p.StartsWith("russian", StringComparison.Ordinal) || p.StartsWith("namespaces", StringComparison.Ordinal)
                         || p.StartsWith("relative-links", StringComparison.Ordinal) || p.StartsWith("json-feed/version", StringComparison.Ordinal))
                     // Its one item has neither title nor link: nothing an editor could use.
                     .Where(p => p != "versions/rss_2.0-dublin-core-date.xml"))
        {
            data.Add(path);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(FeedsWithItems))]
    public void Parse_ShouldFindItems_InEveryRealFeed(string relativePath)
    {
        var feed = FeedParser.Parse(File.ReadAllBytes(Path.Combine(FeedsRoot, relativePath)), FeedUrl);

        Assert.NotEmpty(feed.Items);
        Assert.All(feed.Items, item => Assert.False(string.IsNullOrWhiteSpace(item.Title)));
    }
}
