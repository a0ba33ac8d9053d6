using System.ServiceModel.Syndication;
using System.Xml;
using System.Xml.Linq;

namespace Vestnik.Features.Inbox.Parsing;

/// <summary>
/// The standard path for well-formed RSS 2.0 and Atom 1.0, through System.ServiceModel.Syndication. It returns null
/// whenever the library cannot read a feed (other versions, odd dates, broken structure), and the tolerant reader
/// takes over.
/// </summary>
internal static class SyndicationReader
{
    private const string AtomNamespace = "http://www.w3.org/2005/Atom";
    private const string ContentNamespace = "http://purl.org/rss/1.0/modules/content/";
    private const string DublinCoreNamespace = "http://purl.org/dc/elements/1.1/";

    public static ParsedFeed? TryRead(XDocument document, Uri feedUrl)
    {
        var root = document.Root;
        var isRss2 = root is not null && root.Name == "rss" && ((string?)root.Attribute("version"))?.StartsWith('2') == true;
        var isAtom1 = root is not null && root.Name == XName.Get("feed", AtomNamespace);
        if (!isRss2 && !isAtom1)
        {
            return null;
        }
        SyndicationFeed feed;
        try
        {
            using var reader = document.CreateReader();
            feed = SyndicationFeed.Load(reader);
        }
        catch (Exception e) when (e is XmlException or FormatException or ArgumentException or InvalidOperationException)
        {
            return null;
        }
        var feedLanguage = XmlFeedReader.Normalize(feed.Language);
        var items = new List<ParsedItem>();
        foreach (var item in feed.Items)
        {
            var link = item.Links.FirstOrDefault(l => l.RelationshipType is null or "alternate")?.GetAbsoluteUri()
                ?? item.Links.FirstOrDefault()?.GetAbsoluteUri();
            var absolute = link is null ? null : link.IsAbsoluteUri ? link : new Uri(item.BaseUri ?? feedUrl, link);
            if (absolute is not null && absolute.Scheme is not ("http" or "https"))
            {
                absolute = null;
            }
            var summary = FeedText.ToPlainText(
                item.Summary?.Text ?? (item.Content as TextSyndicationContent)?.Text ?? Extension(item, "encoded", ContentNamespace),
                FeedParser.MaxSummaryLength);
            var title = FeedText.ToPlainText(item.Title?.Text, 500);
            if (title.Length == 0)
            {
                title = FeedText.Truncate(summary, 140);
            }
            if (title.Length == 0)
            {
                if (absolute is null)
                {
                    continue;
                }
                title = absolute.ToString();
            }
            var published = item.PublishDate != default ? item.PublishDate
                : item.LastUpdatedTime != default ? item.LastUpdatedTime
                : FeedDates.Parse(Extension(item, "date", DublinCoreNamespace));
            var author = item.Authors.Select(a => a.Name ?? a.Email).FirstOrDefault(n => !string.IsNullOrWhiteSpace(n))
                ?? Extension(item, "creator", DublinCoreNamespace);
            items.Add(new ParsedItem(
                item.Id,
                title,
                absolute?.ToString(),
                summary,
                published?.ToUniversalTime(),
                author is null ? null : XmlFeedReader.AuthorName(author),
                feedLanguage));
        }
        return new ParsedFeed(FeedText.ToPlainText(feed.Title?.Text), feedLanguage, items);
    }

    private static string? Extension(SyndicationItem item, string name, string ns) =>
        item.ElementExtensions.Where(e => e.OuterName == name && e.OuterNamespace == ns)
            .Select(e => e.GetObject<XElement>().Value)
            .FirstOrDefault(v => !string.IsNullOrWhiteSpace(v));
}
