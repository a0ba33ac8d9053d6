using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using System.Xml;
using Vestnik.Infrastructure.Localization;

namespace Vestnik.Features.Distribution.Feeds;

/// <summary>
/// Serializes a <see cref="FeedDocument"/> as RSS 2.0 (full text in <c>content:encoded</c>), Atom 1.0 (RFC 4287) or
/// JSON Feed 1.1. XmlWriter does the escaping, so headlines with quotes, ampersands or control characters stay valid.
/// </summary>
public static class FeedWriters
{
    private const string ContentNs = "http://purl.org/rss/1.0/modules/content/";
    private const string DcNs = "http://purl.org/dc/elements/1.1/";
    private const string AtomNs = "http://www.w3.org/2005/Atom";

    private static readonly XmlWriterSettings Settings = new()
    {
        Encoding = new UTF8Encoding(false),
        Indent = true,
        // Characters XML 1.0 forbids (e.g. a stray U+0001 in a headline) are dropped instead of failing the request.
        CheckCharacters = false,
    };

    /// <summary>Cyrillic as UTF-8 rather than \uXXXX escapes: the feed is a third of the size and readable.</summary>
    private static readonly JsonWriterOptions JsonOptions = new() { Indented = true, Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

    public static byte[] Write(FeedDocument feed, FeedFormat format) => format switch
    {
        FeedFormat.Rss => Xml(writer => WriteRss(writer, feed)),
        FeedFormat.Atom => Xml(writer => WriteAtom(writer, feed)),
        _ => WriteJson(feed),
    };

    private static byte[] Xml(Action<XmlWriter> write)
    {
        using var stream = new MemoryStream();
        using (var writer = new CleanXmlWriter(XmlWriter.Create(stream, Settings)))
        {
            write(writer);
        }
        return stream.ToArray();
    }

    private static void WriteRss(XmlWriter w, FeedDocument feed)
    {
        w.WriteStartDocument();
        w.WriteStartElement("rss");
        w.WriteAttributeString("version", "2.0");
        w.WriteAttributeString("xmlns", "content", null, ContentNs);
        w.WriteAttributeString("xmlns", "dc", null, DcNs);
        w.WriteAttributeString("xmlns", "atom", null, AtomNs);
        w.WriteStartElement("channel");
        w.WriteElementString("title", feed.Title);
        w.WriteElementString("link", feed.HomeUrl);
        w.WriteElementString("description", feed.Description);
        w.WriteElementString("language", feed.Language.Code());
        w.WriteElementString("lastBuildDate", Rfc822(feed.Updated));
        w.WriteStartElement("atom", "link", AtomNs);
        w.WriteAttributeString("href", feed.SelfUrl);
        w.WriteAttributeString("rel", "self");
        w.WriteAttributeString("type", FeedFormat.Rss.LinkType());
        w.WriteEndElement();
        foreach (var item in feed.Items)
        {
            w.WriteStartElement("item");
            w.WriteElementString("title", item.Title);
            w.WriteElementString("link", item.Url);
            w.WriteStartElement("guid");
            w.WriteAttributeString("isPermaLink", "true");
            w.WriteString(item.Url);
            w.WriteEndElement();
            w.WriteElementString("description", item.Summary);
            w.WriteStartElement("content", "encoded", ContentNs);
            w.WriteCData(item.ContentHtml.Replace("]]>", "]]]]><![CDATA[>", StringComparison.Ordinal));
            w.WriteEndElement();
            w.WriteElementString("pubDate", Rfc822(item.Published));
            foreach (var author in item.Authors)
            {
                w.WriteElementString("dc", "creator", DcNs, author.Name);
            }
            foreach (var category in item.Categories)
            {
                w.WriteElementString("category", category);
            }
            if (item.Image is { } image)
            {
                w.WriteStartElement("enclosure");
                w.WriteAttributeString("url", image.Url);
                w.WriteAttributeString("length", image.Length.ToString(CultureInfo.InvariantCulture));
                w.WriteAttributeString("type", image.MediaType);
                w.WriteEndElement();
            }
            w.WriteEndElement();
        }
        w.WriteEndElement();
        w.WriteEndElement();
    }

    private static void WriteAtom(XmlWriter w, FeedDocument feed)
    {
        var self = feed.SelfUrl[..feed.SelfUrl.LastIndexOf('/')] + "/" + FeedFormat.Atom.FileName();
        w.WriteStartDocument();
        w.WriteStartElement("feed", AtomNs);
        w.WriteAttributeString("xml", "lang", null, feed.Language.Code());
        w.WriteElementString("id", AtomNs, self);
        w.WriteElementString("title", AtomNs, feed.Title);
        w.WriteElementString("subtitle", AtomNs, feed.Description);
        w.WriteElementString("updated", AtomNs, Rfc3339(feed.Updated));
        Link(w, "self", self, FeedFormat.Atom.LinkType());
        Link(w, "alternate", feed.HomeUrl, "text/html");
        foreach (var item in feed.Items)
        {
            w.WriteStartElement("entry", AtomNs);
            w.WriteElementString("id", AtomNs, item.Url);
            w.WriteElementString("title", AtomNs, item.Title);
            Link(w, "alternate", item.Url, "text/html");
            w.WriteElementString("published", AtomNs, Rfc3339(item.Published));
            w.WriteElementString("updated", AtomNs, Rfc3339(item.Updated));
            foreach (var author in item.Authors)
            {
                w.WriteStartElement("author", AtomNs);
                w.WriteElementString("name", AtomNs, author.Name);
                w.WriteElementString("uri", AtomNs, author.Url);
                w.WriteEndElement();
            }
            foreach (var category in item.Categories)
            {
                w.WriteStartElement("category", AtomNs);
                w.WriteAttributeString("term", category);
                w.WriteEndElement();
            }
            if (item.Image is { } image)
            {
                Link(w, "enclosure", image.Url, image.MediaType, image.Length);
            }
            w.WriteStartElement("summary", AtomNs);
            w.WriteAttributeString("type", "text");
            w.WriteString(item.Summary);
            w.WriteEndElement();
            w.WriteStartElement("content", AtomNs);
            w.WriteAttributeString("type", "html");
            w.WriteString(item.ContentHtml);
            w.WriteEndElement();
            w.WriteEndElement();
        }
        w.WriteEndElement();
    }

    private static void Link(XmlWriter w, string rel, string href, string type, long length = 0)
    {
        w.WriteStartElement("link", AtomNs);
        w.WriteAttributeString("rel", rel);
        w.WriteAttributeString("type", type);
        w.WriteAttributeString("href", href);
        if (length > 0)
        {
            w.WriteAttributeString("length", length.ToString(CultureInfo.InvariantCulture));
        }
        w.WriteEndElement();
    }

    private static byte[] WriteJson(FeedDocument feed)
    {
        var self = feed.SelfUrl[..feed.SelfUrl.LastIndexOf('/')] + "/" + FeedFormat.Json.FileName();
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, JsonOptions))
        {
            w.WriteStartObject();
            w.WriteString("version", "https://jsonfeed.org/version/1.1");
            w.WriteString("title", feed.Title);
            w.WriteString("home_page_url", feed.HomeUrl);
            w.WriteString("feed_url", self);
            w.WriteString("description", feed.Description);
            w.WriteString("language", feed.Language.Code());
            w.WriteStartArray("items");
            foreach (var item in feed.Items)
            {
                w.WriteStartObject();
                w.WriteString("id", item.Url);
                w.WriteString("url", item.Url);
                w.WriteString("title", item.Title);
                w.WriteString("summary", item.Summary);
                w.WriteString("content_html", item.ContentHtml);
                if (item.Image is { } image)
                {
                    w.WriteString("image", image.Url);
                }
                w.WriteString("date_published", Rfc3339(item.Published));
                w.WriteString("date_modified", Rfc3339(item.Updated));
                w.WriteStartArray("authors");
                foreach (var author in item.Authors)
                {
                    w.WriteStartObject();
                    w.WriteString("name", author.Name);
                    w.WriteString("url", author.Url);
                    w.WriteEndObject();
                }
                w.WriteEndArray();
                w.WriteStartArray("tags");
                foreach (var category in item.Categories)
                {
                    w.WriteStringValue(category);
                }
                w.WriteEndArray();
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteEndObject();
        }
        return stream.ToArray();
    }

    /// <summary>RFC 822 date as RSS 2.0 requires, always in GMT.</summary>
    private static string Rfc822(DateTimeOffset at) =>
        at.ToUniversalTime().ToString("ddd, dd MMM yyyy HH:mm:ss 'GMT'", CultureInfo.InvariantCulture);

    private static string Rfc3339(DateTimeOffset at) =>
        at.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
