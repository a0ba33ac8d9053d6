using System.Xml;
using System.Xml.Linq;
using Vestnik.Features.Inbox.Model;

namespace Vestnik.Features.Inbox.Sources;

/// <summary>OPML 2.0 (http://opml.org/spec2.opml) subscription lists, the format every feed reader imports and exports.</summary>
public static class Opml
{
    public const long MaxImportBytes = 1024 * 1024;

    public sealed record Outline(string FeedUrl, string Title, string? Language);

    public static string Export(IEnumerable<FeedSubscription> subscriptions, DateTimeOffset now)
    {
        var document = new XDocument(
            new XDeclaration("1.0", "utf-8", null),
            new XElement("opml", new XAttribute("version", "2.0"),
                new XElement("head",
                    new XElement("title", "Vestnik foreign-press subscriptions"),
                    new XElement("dateCreated", now.ToString("R"))),
                new XElement("body", subscriptions.Select(s => new XElement("outline",
                    new XAttribute("type", "rss"),
                    new XAttribute("text", s.OutletName),
                    new XAttribute("title", s.OutletName),
                    new XAttribute("xmlUrl", s.FeedUrl),
                    s.Language.Length > 0 ? new XAttribute("language", s.Language) : null)))));
        return document.Declaration + "\n" + document.ToString();
    }

    /// <summary>Every outline with an xmlUrl, at any depth (readers nest them in folders). DTDs are not processed.</summary>
    public static IReadOnlyList<Outline> Import(Stream stream)
    {
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, MaxCharactersInDocument = MaxImportBytes * 2 };
        XDocument document;
        try
        {
            using var reader = XmlReader.Create(stream, settings);
            document = XDocument.Load(reader);
        }
        catch (XmlException e)
        {
            throw new FormatException($"The file is not valid OPML: {e.Message}", e);
        }
        if (document.Root?.Name.LocalName != "opml")
        {
            throw new FormatException("The file is not OPML (no <opml> root).");
        }
        return document.Descendants("outline")
            .Select(o => (Url: (string?)o.Attribute("xmlUrl"), Title: (string?)o.Attribute("title") ?? (string?)o.Attribute("text"), Language: (string?)o.Attribute("language")))
            .Where(o => !string.IsNullOrWhiteSpace(o.Url))
            .Select(o => new Outline(o.Url!.Trim(), string.IsNullOrWhiteSpace(o.Title) ? HostOf(o.Url!) : o.Title.Trim(), o.Language))
            .ToList();
    }

    /// <summary>An untitled outline is named after its host, which is usually the outlet's domain.</summary>
    private static string HostOf(string url) => Uri.TryCreate(url.Trim(), UriKind.Absolute, out var uri) ? uri.Host : url.Trim();
}
