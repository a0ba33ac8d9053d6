namespace Vestnik.Features.Inbox.Parsing;

/// <summary>What a feed says, format-independent: RSS 0.9x/1.0/2.0, Atom 0.3/1.0 and JSON Feed all end up here.</summary>
public sealed record ParsedFeed(string? Title, string? Language, IReadOnlyList<ParsedItem> Items);

/// <summary>One entry of a feed, with plain-text title and summary and an absolute link.</summary>
public sealed record ParsedItem(
    string? Id,
    string Title,
    string? Link,
    string Summary,
    DateTimeOffset? PublishedAt,
    string? Author,
    string? Language);

/// <summary>The body is not a feed we can read (not XML or JSON, no feed root, a refused DTD).</summary>
public sealed class FeedFormatException(string message, Exception? inner = null) : Exception(message, inner);
