using System.Globalization;
using System.Text;
using System.Xml;
using Vestnik.Infrastructure.Localization;
using Vestnik.Features.Distribution.Feeds;

namespace Vestnik.Features.Distribution.Sitemaps;

/// <summary>Writes sitemaps.org 0.9 documents with Google's image and news extensions and xhtml hreflang links.</summary>
public static class SitemapWriter
{
    private const string SitemapNs = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private const string XhtmlNs = "http://www.w3.org/1999/xhtml";
    private const string ImageNs = "http://www.google.com/schemas/sitemap-image/1.1";
    private const string NewsNs = "http://www.google.com/schemas/sitemap-news/0.9";

    private static readonly XmlWriterSettings Settings = new() { Encoding = new UTF8Encoding(false), Indent = true, CheckCharacters = false };

    public static byte[] Index(IEnumerable<SitemapRef> sitemaps) => Write(w =>
    {
        w.WriteStartElement("sitemapindex", SitemapNs);
        foreach (var sitemap in sitemaps)
        {
            w.WriteStartElement("sitemap", SitemapNs);
            w.WriteElementString("loc", SitemapNs, sitemap.Url);
            if (sitemap.LastModified is { } at)
            {
                w.WriteElementString("lastmod", SitemapNs, W3CDate(at));
            }
            w.WriteEndElement();
        }
        w.WriteEndElement();
    });

    public static byte[] UrlSet(IEnumerable<SitemapEntry> entries) => Write(w =>
    {
        w.WriteStartElement("urlset", SitemapNs);
        w.WriteAttributeString("xmlns", "xhtml", null, XhtmlNs);
        w.WriteAttributeString("xmlns", "image", null, ImageNs);
        foreach (var entry in entries)
        {
            w.WriteStartElement("url", SitemapNs);
            w.WriteElementString("loc", SitemapNs, entry.Url);
            if (entry.LastModified is { } at)
            {
                w.WriteElementString("lastmod", SitemapNs, W3CDate(at));
            }
            // Google asks for the page itself among its alternates when any exist.
            foreach (var (language, url) in entry.Alternates)
            {
                w.WriteStartElement("xhtml", "link", XhtmlNs);
                w.WriteAttributeString("rel", "alternate");
                w.WriteAttributeString("hreflang", language.Code());
                w.WriteAttributeString("href", url);
                w.WriteEndElement();
            }
            foreach (var image in entry.Images)
            {
                w.WriteStartElement("image", "image", ImageNs);
                w.WriteElementString("image", "loc", ImageNs, image);
                w.WriteEndElement();
            }
            w.WriteEndElement();
        }
        w.WriteEndElement();
    });

    public static byte[] News(IEnumerable<NewsEntry> entries, string publicationName) => Write(w =>
    {
        w.WriteStartElement("urlset", SitemapNs);
        w.WriteAttributeString("xmlns", "news", null, NewsNs);
        foreach (var entry in entries)
        {
            w.WriteStartElement("url", SitemapNs);
            w.WriteElementString("loc", SitemapNs, entry.Url);
            w.WriteStartElement("news", "news", NewsNs);
            w.WriteStartElement("news", "publication", NewsNs);
            w.WriteElementString("news", "name", NewsNs, publicationName);
            w.WriteElementString("news", "language", NewsNs, entry.Language.Code());
            w.WriteEndElement();
            w.WriteElementString("news", "publication_date", NewsNs, W3CDate(entry.Published));
            w.WriteElementString("news", "title", NewsNs, entry.Title);
            w.WriteEndElement();
            w.WriteEndElement();
        }
        w.WriteEndElement();
    });

    private static byte[] Write(Action<XmlWriter> write)
    {
        using var stream = new MemoryStream();
        using (var writer = new CleanXmlWriter(XmlWriter.Create(stream, Settings)))
        {
            writer.WriteStartDocument();
            write(writer);
            writer.WriteEndDocument();
        }
        return stream.ToArray();
    }

    private static string W3CDate(DateTimeOffset at) =>
        at.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
