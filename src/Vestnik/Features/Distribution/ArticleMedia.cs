using Vestnik.Infrastructure;

namespace Vestnik.Features.Distribution;

/// <summary>Answers questions about images that live in the data folder's media directory (served under <c>/media</c>).</summary>
public sealed class ArticleMedia(DataFolders folders)
{
    /// <summary>The file behind a <c>/media/...</c> URL, or null for anything else (or a path that tries to leave the folder).</summary>
    public string? LocalPath(string url)
    {
        var prefix = DataFolders.MediaUrlPrefix + "/";
        if (!url.StartsWith(prefix, StringComparison.Ordinal))
        {
            return null;
        }
        var root = Path.GetFullPath(folders.Media) + Path.DirectorySeparatorChar;
        var path = Path.GetFullPath(Path.Combine(root, Uri.UnescapeDataString(url[prefix.Length..].Split('?')[0])));
        return path.StartsWith(root, StringComparison.Ordinal) ? path : null;
    }

    public long LengthOf(string url) =>
        LocalPath(url) is { } path && File.Exists(path) ? new FileInfo(path).Length : 0;

    public static string MediaTypeOf(string url) => Path.GetExtension(url.Split('?')[0]).ToLowerInvariant() switch
    {
        ".png" => "image/png",
        ".gif" => "image/gif",
        ".webp" => "image/webp",
        ".svg" => "image/svg+xml",
        ".avif" => "image/avif",
        _ => "image/jpeg",
    };

    /// <summary>Social networks accept only raster images for cards.</summary>
    public static bool IsRaster(string url) => MediaTypeOf(url) is not "image/svg+xml";
}
