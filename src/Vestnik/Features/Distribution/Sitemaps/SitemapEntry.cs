using Vestnik.Infrastructure.Localization;

namespace Vestnik.Features.Distribution.Sitemaps;

/// <summary>One page in a sitemap, with its language versions and images; every URL is absolute.</summary>
public sealed record SitemapEntry(
    string Url,
    DateTimeOffset? LastModified,
    IReadOnlyList<(ContentLanguage Language, string Url)> Alternates,
    IReadOnlyList<string> Images);

/// <summary>An article in the news sitemap.</summary>
public sealed record NewsEntry(string Url, ContentLanguage Language, string Title, DateTimeOffset Published);

/// <summary>A child of the sitemap index.</summary>
public sealed record SitemapRef(string Url, DateTimeOffset? LastModified);
