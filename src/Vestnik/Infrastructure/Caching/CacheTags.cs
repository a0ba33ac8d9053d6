namespace Vestnik.Infrastructure.Caching;

/// <summary>
/// Tags that name what a cached page shows, so that a change evicts exactly the pages that show it.
/// A page adds them while it loads its data (<c>HttpContext.AddCacheTags</c>); the change-log
/// evictor later evicts by the same names.
/// </summary>
public static class CacheTags
{
    /// <summary>Every cached reader page; evicting it empties the cache (used after a restore or a bulk import).</summary>
    public const string All = "reader";

    /// <summary>The page of one article.</summary>
    public static string Article(int id) => $"article:{id}";

    /// <summary>Any page that shows the article as a card or link (lists, Read also, most read).</summary>
    public static string Shows(int articleId) => $"shows:{articleId}";

    /// <summary>Lists whose membership changes when an article is published in that language (home, latest, feeds).</summary>
    public static string Lists(string languageCode) => $"lists:{languageCode}";

    public static string Section(int id) => $"section:{id}";

    public static string Tag(int id) => $"tag:{id}";

    public static string Author(int id) => $"author:{id}";
}

public static class HttpContextCacheTagExtensions
{
    private const string ItemKey = "vestnik.cache-tags";

    /// <summary>Records what the current response shows; the output-cache policy attaches these tags when it stores it.</summary>
    public static void AddCacheTags(this HttpContext context, IEnumerable<string> tags)
    {
        var set = context.Items[ItemKey] as HashSet<string>;
        if (set is null)
        {
            set = [];
            context.Items[ItemKey] = set;
        }
        set.UnionWith(tags);
    }

    public static void AddCacheTags(this HttpContext context, params string[] tags) => context.AddCacheTags((IEnumerable<string>)tags);

    public static IReadOnlyCollection<string> CacheTagsOf(HttpContext context) =>
        context.Items[ItemKey] as HashSet<string> ?? (IReadOnlyCollection<string>)[];
}
