using Vestnik.Infrastructure.Localization;

namespace Vestnik.Features.Distribution.Feeds;

/// <summary>A feed independent of its format; every URL in it is absolute.</summary>
public sealed record FeedDocument(
    string Title,
    string Description,
    ContentLanguage Language,
    string HomeUrl,
    string SelfUrl,
    DateTimeOffset Updated,
    IReadOnlyList<FeedItem> Items);

public sealed record FeedItem(
    int Id,
    string Title,
    string Summary,
    string ContentHtml,
    string Url,
    DateTimeOffset Published,
    DateTimeOffset Updated,
    IReadOnlyList<FeedPerson> Authors,
    IReadOnlyList<string> Categories,
    FeedImage? Image);

public sealed record FeedPerson(string Name, string Url);

/// <summary>The lead image; <see cref="Length"/> is 0 when the file is not on this server.</summary>
public sealed record FeedImage(string Url, string MediaType, long Length);
