using System.Security.Cryptography;

namespace Vestnik.Features.Export;

/// <summary>One file of the media folder, by its path below it with forward slashes (as in <c>/media/…</c> addresses).</summary>
internal sealed record MediaFile(string Path, long Bytes, string Sha256);

/// <summary>The files under the media folder (library uploads and their renditions, and any other served image).</summary>
internal sealed class MediaFiles(string root)
{
    public string Root => root;

    /// <summary>
    /// Relative paths in ordinal order, so two exports of the same site list them alike. Each folder is sorted on its
    /// own as the walk reaches it, so a big library is never listed whole in memory.
    /// </summary>
    public IEnumerable<string> Paths() => Directory.Exists(root) ? Below(root) : [];

    /// <summary>The files of one folder and below it, such as a library image's folder.</summary>
    public IEnumerable<string> PathsIn(string folder)
    {
        var directory = FullPath(folder);
        return Directory.Exists(directory) ? Below(directory) : [];
    }

    private IEnumerable<string> Below(string directory)
    {
        foreach (var file in Directory.GetFiles(directory).Order(StringComparer.Ordinal))
        {
            yield return System.IO.Path.GetRelativePath(root, file).Replace('\\', '/');
        }
        foreach (var child in Directory.GetDirectories(directory).Order(StringComparer.Ordinal))
        {
            foreach (var path in Below(child))
            {
                yield return path;
            }
        }
    }

    public int Count() => Paths().Count();

    public string FullPath(string path) => System.IO.Path.Combine([root, .. path.Split('/')]);

    public async Task<MediaFile> DescribeAsync(string path, CancellationToken cancellationToken)
    {
        await using var file = File.OpenRead(FullPath(path));
        var hash = await SHA256.HashDataAsync(file, cancellationToken);
        return new MediaFile(path, file.Length, Convert.ToHexStringLower(hash));
    }
}
