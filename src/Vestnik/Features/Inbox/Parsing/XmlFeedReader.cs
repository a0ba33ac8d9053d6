using System.Xml.Linq;

namespace Vestnik.Features.Inbox.Parsing;

/// <summary>
/// The tolerant reader: walks any XML feed by local element names, so RSS 0.9x/1.0/2.0 and Atom 0.3/1.0, with or
/// without (correct) namespaces, read the same. Relative links resolve against xml:base, then the feed URL.
/// </summary>
internal static class XmlFeedReader
{
    private static readonly XNamespace XmlNs = XNamespace.Xml;

    public static ParsedFeed Read(XDocument document, Uri feedUrl)
    {
        var root = document.Root ?? throw new FeedFormatException("The document has no root element.");
        var rootName = root.Name.LocalName.ToLowerInvariant();
        if (rootName is "html" or "body")
        {
            throw new FeedFormatException("The address returned an HTML page, not a feed.");
        }
        var channel = Child(root, "channel") ?? root;
        var entries = root.Descendants()
            .Where(e => e.Name.LocalName is "item" or "entry")
            .ToList();
        if (entries.Count == 0 && rootName is not ("rss" or "rdf" or "feed" or "channel"))
        {
            throw new FeedFormatException($"<{root.Name.LocalName}> is not a feed.");
        }
        var feedLanguage = Text(channel, "language") ?? Lang(root);
        var feedBase = BaseOf(root, feedUrl);
        var items = entries.Select(e => ReadItem(e, feedBase, feedLanguage)).Where(i => i is not null).Select(i => i!).ToList();
        return new ParsedFeed(FeedText.ToPlainText(Text(channel, "title")), Normalize(feedLanguage), items);
    }

    private static ParsedItem? ReadItem(XElement entry, Uri feedBase, string? feedLanguage)
    {
        var itemBase = BaseOf(entry, feedBase);
        var link = Resolve(Link(entry), itemBase);
        var title = FeedText.ToPlainText(Text(entry, "title"), 500);
        var summaryHtml = Text(entry, "description") ?? Text(entry, "summary") ?? Text(entry, "encoded")
            ?? Text(entry, "content") ?? MediaDescription(entry);
        var summary = FeedText.ToPlainText(summaryHtml, FeedParser.MaxSummaryLength);
        if (title.Length == 0)
        {
            // RSS allows title-less items; the inbox shows the summary's opening instead.
            title = FeedText.Truncate(summary, 140);
        }
        if (title.Length == 0)
        {
            if (link is null)
            {
                return null;
            }
            title = link.ToString();
        }
        var id = Text(entry, "guid") ?? Text(entry, "id") ?? Attribute(entry, "about");
        var date = FeedDates.Parse(Text(entry, "pubDate") ?? Text(entry, "published") ?? Text(entry, "issued")
            ?? Text(entry, "date") ?? Text(entry, "updated") ?? Text(entry, "modified") ?? Text(entry, "created"));
        var author = Author(entry);
        var language = Lang(entry) ?? Text(entry, "language") ?? feedLanguage;
        return new ParsedItem(id?.Trim(), title, link?.ToString(), summary, date, author, Normalize(language));
    }

    private static string? Link(XElement entry)
    {
        var origLink = Text(entry, "origLink");
        if (origLink is not null)
        {
            return origLink;
        }
        var links = entry.Elements().Where(e => e.Name.LocalName == "link").ToList();
        foreach (var link in links)
        {
            var href = (string?)link.Attribute("href");
            var rel = (string?)link.Attribute("rel") ?? "alternate";
            if (href is not null && rel == "alternate")
            {
                return href;
            }
            if (href is null && !string.IsNullOrWhiteSpace(link.Value))
            {
                return link.Value.Trim();
            }
        }
        var guid = entry.Elements().FirstOrDefault(e => e.Name.LocalName == "guid");
        if (guid is not null && (string?)guid.Attribute("isPermaLink") != "false" && guid.Value.Trim().StartsWith("http", StringComparison.OrdinalIgnoreCase))
        {
            return guid.Value.Trim();
        }
        return links.Select(l => (string?)l.Attribute("href")).FirstOrDefault(h => h is not null);
    }

    private static Uri? Resolve(string? link, Uri baseUri)
    {
        if (string.IsNullOrWhiteSpace(link))
        {
            return null;
        }
        link = System.Net.WebUtility.HtmlDecode(link.Trim());
        if (!Uri.TryCreate(baseUri, link, out var absolute))
        {
            return null;
        }
        return absolute.Scheme is "http" or "https" ? absolute : null;
    }

    /// <summary>The effective xml:base of an element: each ancestor's xml:base resolved against the one above.</summary>
    private static Uri BaseOf(XElement element, Uri feedUrl)
    {
        var result = feedUrl;
        foreach (var ancestor in element.AncestorsAndSelf().Reverse())
        {
            var value = (string?)ancestor.Attribute(XmlNs + "base");
            if (value is not null && Uri.TryCreate(result, value.Trim(), out var next) && next.Scheme is "http" or "https")
            {
                result = next;
            }
        }
        return result;
    }

    private static string? Author(XElement entry)
    {
        var author = entry.Elements().FirstOrDefault(e => e.Name.LocalName is "author" or "creator");
        if (author is null)
        {
            return null;
        }
        return AuthorName(Text(author, "name") ?? author.Value);
    }

    public static string? AuthorName(string raw)
    {
        var name = FeedText.ToPlainText(raw, 200);
        // RSS writes "editor@example.com (Jane Doe)": the newsroom wants the name.
        var open = name.IndexOf('(', StringComparison.Ordinal);
        if (name.Contains('@', StringComparison.Ordinal) && open > 0 && name.EndsWith(')'))
        {
            name = name[(open + 1)..^1].Trim();
        }
        return name.Length == 0 ? null : name;
    }

    private static string? MediaDescription(XElement entry) => entry.Descendants()
        .FirstOrDefault(e => e.Name.LocalName == "description" && e.Name.NamespaceName.Contains("search.yahoo.com/mrss", StringComparison.Ordinal))
        ?.Value;

    private static XElement? Child(XElement parent, string localName) =>
        parent.Elements().FirstOrDefault(e => e.Name.LocalName == localName);

    /// <summary>The text of the first child with that local name; for XHTML content, its markup.</summary>
    private static string? Text(XElement parent, string localName)
    {
        var child = Child(parent, localName);
        if (child is null)
        {
            return null;
        }
        var value = child.HasElements && (string?)child.Attribute("type") == "xhtml"
            ? string.Concat(child.Nodes())
            : child.Value;
        return string.IsNullOrWhiteSpace(value) ? null : value;
    }

    private static string? Attribute(XElement element, string localName) =>
        element.Attributes().FirstOrDefault(a => a.Name.LocalName == localName)?.Value;

    private static string? Lang(XElement element) => (string?)element.Attribute(XmlNs + "lang");

    /// <summary>"en-us" → "en"; anything that is not an ISO 639-1 code → null.</summary>
    public static string? Normalize(string? language)
    {
        if (string.IsNullOrWhiteSpace(language))
        {
            return null;
        }
        var code = language.Trim().Split('-', '_')[0].ToLowerInvariant();
        return code.Length == 2 && code.All(char.IsAsciiLetterLower) ? code : null;
    }
}
