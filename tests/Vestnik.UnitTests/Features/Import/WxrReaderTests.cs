using System.Text;
using System.Xml;
using Vestnik.Features.Import.WordPress;
using Vestnik.Testing;

namespace Vestnik.UnitTests.Features.Import;

/// <summary>The export reader over the hand-written export and over hostile files.</summary>
public sealed class WxrReaderTests
{
    private const string Head = """
        <?xml version="1.0" encoding="UTF-8"?>
        <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:wp="http://wordpress.org/export/1.1/" xmlns:excerpt="http://wordpress.org/export/1.1/excerpt/"><channel><title>Сайт</title><wp:wxr_version>1.1</wp:wxr_version>
        """;

    private static List<WxrEntry> Read(string xml, Encoding? encoding = null) =>
        WxrReader.Read(new MemoryStream((encoding ?? Encoding.UTF8).GetBytes(xml))).ToList();

    private static string Item(string inner) => $"<item><wp:post_id>1</wp:post_id><wp:post_type>post</wp:post_type>{inner}</item>";

    [Fact]
    public void HandmadeExport_ShouldGiveTheSiteAuthorsTermsAndItemsWithComments()
    {
        using var file = File.OpenRead(TestData.PathOf("import", "handmade", "export.xml"));
        var entries = WxrReader.Read(file).ToList();

        var site = Assert.Single(entries.OfType<WxrSite>());
        Assert.Equal(("Старый вестник", "https://old.example.ru", "1.2"), (site.Title, site.BaseUrl, site.WxrVersion));
        Assert.Equal(["ivan", "anna"], entries.OfType<WxrAuthor>().Select(a => a.Login));
        Assert.Contains(entries.OfType<WxrTerm>(), t => t is { Kind: WxrTermKind.Category, Slug: "мир", Name: "Мир" });
        var post = entries.OfType<WxrItem>().First();
        Assert.Equal(("10", "post", "привет-мир", "publish", "20"), (post.Id, post.Type, post.Slug, post.Status, post.ThumbnailId));
        Assert.Equal(new DateTimeOffset(2024, 5, 1, 9, 30, 0, TimeSpan.Zero), post.Date);
        Assert.Contains("<!-- wp:pullquote -->", post.Content);
        Assert.Equal(["100", "102", "101", "103", "104", "105"], post.Comments.Select(c => c.Id));
        Assert.Equal(("101", "1"), (post.Comments[1].ParentId, post.Comments[1].Approved));
        Assert.Equal(["attachment", "nav_menu_item", "page", "post"], entries.OfType<WxrItem>().Select(i => i.Type).Distinct().Order());
        // A draft has no GMT date in WordPress: its local date stands in.
        Assert.Equal(new DateTimeOffset(2024, 5, 2, 11, 0, 0, TimeSpan.Zero), entries.OfType<WxrItem>().Single(i => i.Id == "11").Date);
    }

    [Fact]
    public void Wxr11_ShouldBeReadLike12()
    {
        var item = Assert.Single(Read(Head + Item("<title>Заголовок</title><excerpt:encoded>Лид</excerpt:encoded>") + "</channel></rss>").OfType<WxrItem>());

        Assert.Equal(("Заголовок", "Лид"), (item.Title, item.Excerpt));
    }

    [Fact]
    public void Dtd_ShouldBeRefused_SoNoEntityIsEverExpanded()
    {
        const string billionLaughs = """
            <?xml version="1.0"?>
            <!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>
            <rss><channel><item><title>&lol2;</title></item></channel></rss>
            """;
        Assert.Throws<XmlException>(() => Read(billionLaughs));

        const string outside = """
            <?xml version="1.0"?>
            <!DOCTYPE rss [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
            <rss><channel><item><title>&secret;</title></item></channel></rss>
            """;
        Assert.Throws<XmlException>(() => Read(outside));
    }

    [Fact]
    public void HugeField_ShouldBeCutAndNamedAsTheItemsProblem()
    {
        var huge = new string('я', WxrReader.MaxFieldChars + 10);
        var item = Assert.Single(Read(Head + Item($"<title>{huge}</title>") + "</channel></rss>").OfType<WxrItem>());

        Assert.Equal(WxrReader.MaxFieldChars, item.Title.Length);
        Assert.Equal($"title is longer than {WxrReader.MaxFieldChars} characters", item.Problem);
    }

    [Fact]
    public void Windows1251_ShouldBeReadAsDeclared_AndBytesNotInTheDeclaredEncodingShouldStopTheFile()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var cp1251 = Encoding.GetEncoding(1251);
        var xml = Head.Replace("UTF-8", "windows-1251", StringComparison.Ordinal) + Item("<title>Привет</title>") + "</channel></rss>";
        Assert.Equal("Привет", Assert.Single(Read(xml, cp1251).OfType<WxrItem>()).Title);

        var mislabelled = Head + Item("<title>Привет</title>") + "</channel></rss>";
        Assert.ThrowsAny<Exception>(() => Read(mislabelled, cp1251));
    }

    [Fact]
    public void ScriptInContent_ShouldBeReadAsText_ForTheConverterToDrop()
    {
        var item = Assert.Single(Read(Head + Item("<content:encoded><![CDATA[<script>alert(1)</script><p>Текст</p>]]></content:encoded>") + "</channel></rss>").OfType<WxrItem>());

        Assert.Equal("<script>alert(1)</script><p>Текст</p>", item.Content);
    }

    [Fact]
    public void Slug_ShouldBePercentDecoded()
    {
        Assert.Equal("привет-мир", WxrReader.Slug("%d0%bf%d1%80%d0%b8%d0%b2%d0%b5%d1%82-%d0%bc%d0%b8%d1%80"));
        Assert.Equal("100%-bad%zz", WxrReader.Slug("100%-bad%zz"));
    }
}
