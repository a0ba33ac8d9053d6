namespace Vestnik.Features.Distribution.Feeds;

/// <summary>Which articles a feed carries: the whole site in one language, or one section, tag or author.</summary>
public enum FeedScopeKind
{
    Site,
    Section,
    Tag,
    Author,
}

public sealed record FeedScope(FeedScopeKind Kind, string? Slug = null)
{
    public static readonly FeedScope Site = new(FeedScopeKind.Site);
}

/// <summary>The three formats every feed is served in.</summary>
public enum FeedFormat
{
    Rss,
    Atom,
    Json,
}

public static class FeedFormats
{
    public static string FileName(this FeedFormat format) => format switch
    {
        FeedFormat.Rss => "rss.xml",
        FeedFormat.Atom => "atom.xml",
        _ => "feed.json",
    };

    public static string ContentType(this FeedFormat format) => format switch
    {
        FeedFormat.Rss => "application/rss+xml; charset=utf-8",
        FeedFormat.Atom => "application/atom+xml; charset=utf-8",
        _ => "application/feed+json; charset=utf-8",
    };

    /// <summary>The media type named in autodiscovery links.</summary>
    public static string LinkType(this FeedFormat format) => format switch
    {
        FeedFormat.Rss => "application/rss+xml",
        FeedFormat.Atom => "application/atom+xml",
        _ => "application/feed+json",
    };
}
