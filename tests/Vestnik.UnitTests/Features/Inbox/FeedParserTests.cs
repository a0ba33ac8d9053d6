using System.Text;
using Vestnik.Features.Inbox.Parsing;
using Vestnik.Testing;

namespace Vestnik.UnitTests.Features.Inbox;

public sealed class FeedParserTests
{
    private static readonly Uri FeedUrl = new("https://feeds.example.com/news/rss.xml");

    private static ParsedFeed Sample(string relativePath, string? httpCharset = null) =>
        FeedParser.Parse(File.ReadAllBytes(TestData.PathOf("feeds", relativePath)), FeedUrl, httpCharset);

    private static ParsedFeed Xml(string xml) => FeedParser.Parse(Encoding.UTF8.GetBytes(xml), FeedUrl);

    [Fact]
    public void Parse_ShouldDecodeWindows1251_FromTheDeclaration()
    {
        var feed = Sample("russian/oren-ru-news-windows-1251.xml");

        Assert.Equal("В Бузулуке главные стройплощадки – детсад и Ледовый дворец", feed.Items[0].Title);
        Assert.Equal("http://www.oren.ru/news/2743422/", feed.Items[0].Link);
    }

    [Fact]
    public void Parse_ShouldSniffKoi8R_WhenNothingIsDeclared()
    {
        var feed = Sample("russian/chardet-koi8-r.xml");

        Assert.Matches("^[А-Яа-яЁё ,.!-]+$", feed.Items[0].Title);
        Assert.Contains("новогод", feed.Items[0].Title, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Parse_ShouldDecodeIso88591()
    {
        var feed = Sample("encodings/jn-pt-iso-8859-1.rss");

        Assert.Equal("Mãe de utente é a nova presidente da Raríssimas", feed.Items[0].Title);
        Assert.Equal("pt", feed.Language);
    }

    [Fact]
    public void Parse_ShouldReadLatin1_WithoutAnyDeclaration()
    {
        var feed = Sample("encodings/uol-latin1-no-xml-decl.rss");

        Assert.StartsWith("Ibope: Bolsonaro perde de Haddad, Ciro e Alckmin em simulações", feed.Items[0].Title);
    }

    [Fact]
    public void Parse_ShouldReadUtf16_WithRelativeLinksResolved()
    {
        var feed = Sample("real-oddities/utf-16-relative-links_9e0834333e854116.xml");

        Assert.Equal("So you want to parse a PDF?", feed.Items[0].Title);
        Assert.All(feed.Items, i => Assert.StartsWith("http", i.Link));
    }

    [Fact]
    public void Parse_ShouldResolveXmlBase_InAtom()
    {
        var feed = Sample("real-oddities/atom-xml-base-relative-links_46716f0af0fd8d9d.xml");

        Assert.Equal("https://langorigami.com/article/the-eaton-fire/", feed.Items[0].Link);
    }

    [Fact]
    public void Parse_ShouldStripHtmlFromTitles_AndTakeTheNameFromAnRssAuthor()
    {
        var feed = Sample("real-oddities/html-in-title_6f0dfe19284e040e.xml");

        Assert.All(feed.Items, i => Assert.DoesNotContain("<", i.Title, StringComparison.Ordinal));
        Assert.Equal("Hanno Böck", feed.Items[0].Author);
    }

    [Fact]
    public void Parse_ShouldReadRealNewsFeed_WithDatesAuthorsAndSummaries()
    {
        var feed = Sample("real-news/nyt-world_78f77fae2e1ffc14.xml");

        var first = feed.Items[0];
        Assert.Equal("Trump Said He’d End the War in Ukraine in a Day. It’s Harder Than He Thought.", first.Title);
        Assert.Equal(new DateTimeOffset(2026, 2, 17, 17, 49, 9, TimeSpan.Zero), first.PublishedAt);
        Assert.Equal("Kim Barker and Oleksandra Mykolyshyn", first.Author);
        Assert.StartsWith("Russian attacks", first.Summary, StringComparison.Ordinal);
        Assert.Equal("en", feed.Language);
    }

    [Fact]
    public void Parse_ShouldReadRss10RdfAndJsonFeed()
    {
        Assert.Equal(141, Sample("real-news/dw-rss10-rdf_14dda539770f94e3.xml").Items.Count);
        var json = Sample("json-feed/json_feed_sample.json");
        Assert.Equal("First JSON Feed Item", json.Items[0].Title);
        Assert.Equal("Jane Smith", json.Items[0].Author);
    }

    [Fact]
    public void Parse_ShouldRepairBareAmpersandsAndHtmlEntities()
    {
        var feed = Xml("<rss version=\"2.0\"><channel><item><title>Tom &amp; Jerry &mdash; AT&T&nbsp;deal</title><link>https://x.example/a?b=1&c=2</link></item></channel></rss>");

        Assert.Equal("Tom & Jerry — AT&T deal", feed.Items[0].Title);
        Assert.Equal("https://x.example/a?b=1&c=2", feed.Items[0].Link);
    }

    [Fact]
    public void Parse_ShouldReadDatesFeedsReallyWrite()
    {
        Assert.Equal(new DateTimeOffset(2026, 11, 28, 15, 0, 0, TimeSpan.Zero), FeedDates.Parse("Sat, 28 Nov 2026 10:00:00 EST"));
        Assert.Equal(new DateTimeOffset(2026, 11, 28, 7, 0, 0, TimeSpan.Zero), FeedDates.Parse("28 Nov 2026 10:00 MSK"));
        Assert.Equal(new DateTimeOffset(2026, 11, 28, 10, 0, 0, TimeSpan.Zero), FeedDates.Parse("Sat, 28 Nov 2026 10:00:00 &#43;0000"));
        Assert.Equal(new DateTimeOffset(2026, 11, 28, 10, 0, 0, TimeSpan.Zero), FeedDates.Parse("2026-11-28T13:00:00+03:00"));
        Assert.Null(FeedDates.Parse("yesterday-ish"));
    }

    [Fact]
    public void Parse_ShouldRefuseBillionLaughs_WithoutExpandingIt()
    {
        const string billionLaughs = """
            <?xml version="1.0"?>
            <!DOCTYPE lolz [
              <!ENTITY lol "lol">
              <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
              <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
              <!ENTITY lol9 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
            ]>
            <rss version="2.0"><channel><item><title>&lol9;</title></item></channel></rss>
            """;

        var error = Assert.Throws<FeedFormatException>(() => Xml(billionLaughs));
        Assert.Contains("DTD", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_ShouldRefuseExternalEntities()
    {
        const string xxe = """
            <?xml version="1.0"?>
            <!DOCTYPE rss [ <!ENTITY xxe SYSTEM "file:///etc/passwd"> ]>
            <rss version="2.0"><channel><item><title>&xxe;</title><link>https://x.example/</link></item></channel></rss>
            """;

        Assert.Throws<FeedFormatException>(() => Xml(xxe));
    }

    [Theory]
    [InlineData("<rss><channel><item><title>unclosed")]
    [InlineData("<html><body><p>Moved</p></body></html>")]
    [InlineData("")]
    [InlineData("{\"not\": \"a feed\"}")]
    public void Parse_ShouldRefuseWhatIsNotAFeed(string body)
    {
        Assert.Throws<FeedFormatException>(() => Xml(body));
    }
}
