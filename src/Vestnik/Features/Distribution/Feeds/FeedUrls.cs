using Vestnik.Features.Site;
using Vestnik.Infrastructure.Localization;

namespace Vestnik.Features.Distribution.Feeds;

/// <summary>
/// A feed sits beside the page it follows: <c>/rss.xml</c> for the home page, <c>/sections/{slug}/atom.xml</c>
/// for a section, <c>/en/tags/{slug}/feed.json</c> for an English tag.
/// </summary>
public static class FeedUrls
{
    public static string For(ContentLanguage language, FeedScope scope, FeedFormat format) =>
        PageOf(language, scope).TrimEnd('/') + "/" + format.FileName();

    /// <summary>The HTML page whose articles the feed carries.</summary>
    public static string PageOf(ContentLanguage language, FeedScope scope) => scope.Kind switch
    {
        FeedScopeKind.Section => ReaderUrls.Section(language, scope.Slug!),
        FeedScopeKind.Tag => ReaderUrls.Tag(language, scope.Slug!),
        FeedScopeKind.Author => ReaderUrls.Author(language, scope.Slug!),
        _ => ReaderUrls.Home(language),
    };
}
