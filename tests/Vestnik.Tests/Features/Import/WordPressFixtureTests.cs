using System.Xml;
using System.Xml.Linq;
using Vestnik.Testing;

namespace Vestnik.Tests.Features.Import;

/// <summary>
/// The committed export of a real WordPress (tests/data/import/wordpress) is read the way an importer must read it,
/// DTDs refused, and still holds the site it was made from, so a fixture broken by hand or by a tool is caught here.
/// </summary>
public sealed class WordPressFixtureTests
{
    private static readonly XNamespace Wp = "http://wordpress.org/export/1.2/";
    private static readonly XNamespace Content = "http://purl.org/rss/1.0/modules/content/";
    private static readonly XNamespace Dc = "http://purl.org/dc/elements/1.1/";

    private static XDocument Export()
    {
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null };
        using var reader = XmlReader.Create(TestData.PathOf("import", "wordpress", "vestnik-fixture.wordpress.xml"), settings);
        return XDocument.Load(reader);
    }

    private static IEnumerable<XElement> Items(XDocument export, string type) =>
        export.Descendants("item").Where(item => (string?)item.Element(Wp + "post_type") == type);

    private static string Status(XElement item) => (string)item.Element(Wp + "status")!;

    [Fact]
    public void Export_ShouldListThePostsPagesAndStatesTheSiteWasBuiltWith()
    {
        var posts = Items(Export(), "post").ToDictionary(item => (string)item.Element("title")!, Status);

        Assert.Equal("publish", posts["Выборы в городскую думу: что изменилось"]);
        Assert.Equal("publish", posts["Бюджет города на 2027 год: расходы и доходы"]);
        Assert.Equal("publish", posts["Мэр ответил на вопросы жителей"]);
        Assert.Equal("publish", posts["Порт увеличил грузооборот"]);
        Assert.Equal("publish", posts["В музее открылась выставка «Северный модерн»"]);
        Assert.Equal("publish", posts["Harbour traffic hits a record"]);
        Assert.Equal("publish", posts["City council approves new bike lanes"]);
        Assert.Equal("draft", posts["Черновик: интервью с директором театра"]);
        Assert.Equal("future", posts["Election results will be announced on Monday"]);
        Assert.Equal("private", posts["Внутренняя заметка для редакции"]);
        Assert.Contains(Items(Export(), "page"), page => (string?)page.Element("title") == "О редакции");
    }

    [Fact]
    public void Export_ShouldKeepCyrillicSlugsAuthorsBlocksAndCommentThreads()
    {
        var export = Export();
        var elections = Items(export, "post").Single(item => (string?)item.Element("title") == "Выборы в городскую думу: что изменилось");

        Assert.Equal("выборы-в-городскую-думу", Uri.UnescapeDataString((string)elections.Element(Wp + "post_name")!));
        Assert.Equal("apetrova", (string?)elections.Element(Dc + "creator"));
        Assert.Contains("<!-- wp:quote -->", (string)elections.Element(Content + "encoded")!, StringComparison.Ordinal);
        Assert.Contains(export.Descendants(Wp + "author_display_name"), name => name.Value == "Иван Смирнов");

        var comments = elections.Elements(Wp + "comment").ToList();
        var parents = comments.Select(comment => (string)comment.Element(Wp + "comment_parent")!).ToHashSet();
        var nested = comments.Where(comment => (string?)comment.Element(Wp + "comment_parent") != "0").ToList();
        Assert.Equal(2, nested.Count);
        Assert.Contains(nested, reply => parents.Contains((string)reply.Element(Wp + "comment_id")!));
        Assert.Contains(comments, comment => (string?)comment.Element(Wp + "comment_approved") == "0");
    }

    [Fact]
    public void Export_ShouldNameOnlyUploadsThatAreCommitted()
    {
        var attachments = Export().Descendants(Wp + "attachment_url").Select(url => new Uri(url.Value)).ToList();

        Assert.Equal(5, attachments.Count);
        foreach (var address in attachments)
        {
            var relative = address.AbsolutePath["/wp-content/uploads/".Length..].Split('/');
            Assert.True(File.Exists(TestData.PathOf(["import", "wordpress", "uploads", .. relative])), address.ToString());
        }
    }
}
