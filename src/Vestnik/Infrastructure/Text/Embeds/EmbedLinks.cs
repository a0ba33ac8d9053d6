using System.Text.RegularExpressions;

namespace Vestnik.Infrastructure.Text.Embeds;

/// <summary>
/// The one place that decides whether an address is an embeddable post or video. Hosts are matched exactly and ids
/// by the provider's own pattern, so a look-alike host (<c>t.me.evil.com</c>, <c>youtube.com@evil.com</c>) or an
/// odd path stays a plain link, and no address we did not build ever reaches a player frame.
/// </summary>
public static partial class EmbedLinks
{
    /// <summary>The origins of the players, which the Content-Security-Policy lets the page frame and nothing else.</summary>
    public static readonly IReadOnlyList<string> FrameOrigins =
    [
        "https://t.me",
        "https://www.youtube-nocookie.com",
        "https://vkvideo.ru",
        "https://platform.twitter.com",
        "https://rutube.ru",
    ];

    private static readonly HashSet<string> TelegramHosts = new(StringComparer.OrdinalIgnoreCase) { "t.me", "telegram.me" };
    private static readonly HashSet<string> YouTubeHosts = new(StringComparer.OrdinalIgnoreCase) { "youtube.com", "www.youtube.com", "m.youtube.com" };
    private static readonly HashSet<string> VkHosts = new(StringComparer.OrdinalIgnoreCase) { "vk.com", "www.vk.com", "m.vk.com", "vkvideo.ru", "www.vkvideo.ru", "m.vkvideo.ru" };
    private static readonly HashSet<string> XHosts = new(StringComparer.OrdinalIgnoreCase) { "x.com", "www.x.com", "mobile.x.com", "twitter.com", "www.twitter.com", "mobile.twitter.com" };
    private static readonly HashSet<string> RutubeHosts = new(StringComparer.OrdinalIgnoreCase) { "rutube.ru", "www.rutube.ru" };

    /// <summary>The embed the address points to, or null when it is not one we support.</summary>
    public static Embed? Recognize(string? url)
    {
        if (string.IsNullOrWhiteSpace(url) || url.Trim() != url
            || !Uri.TryCreate(url, UriKind.Absolute, out var uri)
            || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp)
            || uri.UserInfo.Length > 0 || !uri.IsDefaultPort)
        {
            return null;
        }
        var host = uri.Host;
        var path = uri.AbsolutePath;
        if (TelegramHosts.Contains(host) && TelegramPath().Match(path) is { Success: true } post)
        {
            var channel = post.Groups["channel"].Value;
            var id = post.Groups["id"].Value;
            return new Embed(EmbedProvider.Telegram, $"{channel}/{id}", url, $"https://t.me/{channel}/{id}?embed=1");
        }
        if (YouTubeVideoId(host, path, uri.Query) is { } video)
        {
            return new Embed(EmbedProvider.YouTube, video, url, $"https://www.youtube-nocookie.com/embed/{video}");
        }
        if (VkHosts.Contains(host) && VkPath().Match(path) is { Success: true } clip)
        {
            var owner = clip.Groups["owner"].Value;
            var id = clip.Groups["id"].Value;
            return new Embed(EmbedProvider.VkVideo, $"{owner}_{id}", url, $"https://vkvideo.ru/video_ext.php?oid={owner}&id={id}");
        }
        if (XHosts.Contains(host) && XPath().Match(path) is { Success: true } status)
        {
            var id = status.Groups["id"].Value;
            return new Embed(EmbedProvider.X, id, url, $"https://platform.twitter.com/embed/Tweet.html?id={id}");
        }
        if (RutubeHosts.Contains(host) && RutubePath().Match(path) is { Success: true } rutube)
        {
            var id = rutube.Groups["id"].Value.ToLowerInvariant();
            return new Embed(EmbedProvider.Rutube, id, url, $"https://rutube.ru/play/embed/{id}");
        }
        return null;
    }

    private static string? YouTubeVideoId(string host, string path, string query)
    {
        if (host.Equals("youtu.be", StringComparison.OrdinalIgnoreCase))
        {
            return YouTubeShortPath().Match(path) is { Success: true } shortLink ? shortLink.Groups["id"].Value : null;
        }
        if (!YouTubeHosts.Contains(host))
        {
            return null;
        }
        if (path is "/watch" or "/watch/")
        {
            var ids = query.TrimStart('?').Split('&')
                .Where(p => p.StartsWith("v=", StringComparison.Ordinal))
                .Select(p => p[2..])
                .ToList();
            return ids is [var id] && YouTubeId().IsMatch(id) ? id : null;
        }
        return YouTubeLongPath().Match(path) is { Success: true } other ? other.Groups["id"].Value : null;
    }

    // A public channel's username: 5 to 32 letters, digits and underscores, starting with a letter.
    [GeneratedRegex("^/(?<channel>[A-Za-z][A-Za-z0-9_]{4,31})/(?<id>[1-9][0-9]{0,11})/?$")]
    private static partial Regex TelegramPath();

    [GeneratedRegex("^[A-Za-z0-9_-]{11}$")]
    private static partial Regex YouTubeId();

    [GeneratedRegex("^/(?<id>[A-Za-z0-9_-]{11})/?$")]
    private static partial Regex YouTubeShortPath();

    [GeneratedRegex("^/(?:shorts|live|embed)/(?<id>[A-Za-z0-9_-]{11})/?$")]
    private static partial Regex YouTubeLongPath();

    // Owner ids are negative for communities, positive for people.
    [GeneratedRegex("^/video(?<owner>-?[1-9][0-9]{0,11})_(?<id>[1-9][0-9]{0,11})/?$")]
    private static partial Regex VkPath();

    [GeneratedRegex("^/(?<user>[A-Za-z0-9_]{1,15})/status/(?<id>[1-9][0-9]{0,19})/?$")]
    private static partial Regex XPath();

    [GeneratedRegex("^/video/(?<id>[0-9A-Fa-f]{32})/?$")]
    private static partial Regex RutubePath();
}
