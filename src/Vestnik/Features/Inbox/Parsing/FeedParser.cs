using System.Text.RegularExpressions;
using System.Xml;
using System.Xml.Linq;

namespace Vestnik.Features.Inbox.Parsing;

/// <summary>
/// Reads any feed a newsroom meets. Well-formed RSS 2.0 and Atom 1.0 go through System.ServiceModel.Syndication;
/// everything else (RSS 0.9x/1.0, Atom 0.3, JSON Feed, broken markup) through the tolerant reader. DTDs are never
/// processed: a document that declares entities is refused, so "billion laughs" and XXE cannot expand.
/// </summary>
public static partial class FeedParser
{
    public const int MaxSummaryLength = 4000;

    public static ParsedFeed Parse(byte[] body, Uri feedUrl, string? httpCharset = null)
    {
        var text = FeedDecoder.Decode(body, httpCharset);
        return ParseText(text, feedUrl);
    }

    public static ParsedFeed ParseText(string text, Uri feedUrl)
    {
        var trimmed = text.TrimStart('\uFEFF', ' ', '\t', '\r', '\n');
        if (trimmed.StartsWith('{'))
        {
            return JsonFeedReader.Read(trimmed, feedUrl);
        }
        if (EntityDeclaration().IsMatch(trimmed))
        {
            throw new FeedFormatException("The feed declares DTD entities; it is refused (entity expansion and external entities are never processed).");
        }
        var document = LoadXml(trimmed);
        return SyndicationReader.TryRead(document, feedUrl) ?? XmlFeedReader.Read(document, feedUrl);
    }

    private static XDocument LoadXml(string text)
    {
        try
        {
            return Load(text);
        }
        catch (XmlException first)
        {
            // Real feeds break XML in a few predictable ways: bare "&", HTML entities such as &nbsp;, undeclared
            // prefixes, junk before the root. Repair those and try once more.
            var repaired = FeedRepair.Repair(text);
            try
            {
                return Load(repaired);
            }
            catch (XmlException)
            {
                throw new FeedFormatException($"Not well-formed XML: {first.Message}", first);
            }
        }
    }

    private static XDocument Load(string text)
    {
        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Ignore,
            XmlResolver = null,
            MaxCharactersFromEntities = 1024,
            MaxCharactersInDocument = 64L * 1024 * 1024,
            CheckCharacters = false,
            IgnoreComments = true,
            IgnoreProcessingInstructions = true,
        };
        using var reader = XmlReader.Create(new StringReader(text), settings);
        return XDocument.Load(reader, LoadOptions.SetBaseUri);
    }

    [GeneratedRegex(@"<!DOCTYPE[^\[>]*\[[^\]]*<!ENTITY", RegexOptions.IgnoreCase)]
    private static partial Regex EntityDeclaration();
}
