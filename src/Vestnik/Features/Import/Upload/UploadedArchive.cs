using System.IO.Compression;

namespace Vestnik.Features.Import.Upload;

/// <summary>
/// Unpacks an uploaded zip into the run's folder, refusing the whole archive before writing anything when an entry
/// would land outside the folder or there are too many entries, and stopping when the bytes actually unpacked (not
/// the sizes the entries declare) pass the limit.
/// </summary>
public static class UploadedArchive
{
    public static UploadProblem? Unpack(string zipFile, string folder, ImportUploadOptions limits)
    {
        try
        {
            using var zip = ZipFile.OpenRead(zipFile);
            if (zip.Entries.Count > limits.MaxZipEntries)
            {
                return UploadProblem.TooManyEntries;
            }
            var root = Path.GetFullPath(folder) + Path.DirectorySeparatorChar;
            var targets = new List<(ZipArchiveEntry Entry, string Target)>(zip.Entries.Count);
            foreach (var entry in zip.Entries)
            {
                if (TargetOf(entry.FullName, root) is not { } target)
                {
                    return UploadProblem.UnsafePath;
                }
                targets.Add((entry, target));
            }
            var left = limits.MaxUnpackedBytes;
            foreach (var (entry, target) in targets)
            {
                if (entry.FullName.EndsWith('/'))
                {
                    Directory.CreateDirectory(target);
                    continue;
                }
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                using var source = entry.Open();
                using var file = File.Create(target);
                left -= CopyAtMost(source, file, left);
                if (left < 0)
                {
                    return UploadProblem.TooLargeUnpacked;
                }
            }
            return null;
        }
        catch (InvalidDataException)
        {
            return UploadProblem.NotAZip;
        }
    }

    /// <summary>The entry's path inside <paramref name="root"/>, or null when it is absolute or climbs out of it.</summary>
    private static string? TargetOf(string name, string root)
    {
        var relative = name.Replace('\\', '/');
        if (relative.Length == 0 || relative.StartsWith('/') || relative.Contains(':', StringComparison.Ordinal)
            || relative.Split('/').Any(segment => segment == ".."))
        {
            return null;
        }
        var target = Path.GetFullPath(Path.Combine(root, relative));
        return target.StartsWith(root, StringComparison.Ordinal) ? target : null;
    }

    /// <summary>Copies up to one byte past <paramref name="limit"/>, so the caller sees the limit passed without reading the rest.</summary>
    private static long CopyAtMost(Stream source, Stream target, long limit)
    {
        var buffer = new byte[81920];
        long copied = 0;
        int read;
        while ((read = source.Read(buffer, 0, (int)Math.Min(buffer.Length, Math.Max(0, limit - copied) + 1))) > 0)
        {
            target.Write(buffer, 0, read);
            copied += read;
            if (copied > limit)
            {
                break;
            }
        }
        return copied;
    }

    /// <summary>
    /// The export in an unpacked archive: the one file of the source's kind outside its media folders, and the media
    /// folder beside it when there is one.
    /// </summary>
    public static (string? Export, string? MediaFolder, UploadProblem? Problem) FindExport(string folder, ImportSourceFiles files)
    {
        var exports = Directory.EnumerateFiles(folder, "*" + files.ExportExtension, SearchOption.AllDirectories)
            .Where(f => !Path.GetRelativePath(folder, f).Split(Path.DirectorySeparatorChar).Contains(files.MediaFolder, StringComparer.Ordinal))
            .Where(f => string.Equals(Path.GetExtension(f), files.ExportExtension, StringComparison.OrdinalIgnoreCase))
            .ToList();
        if (exports.Count != 1)
        {
            return (null, null, exports.Count == 0 ? UploadProblem.NoExport : UploadProblem.SeveralExports);
        }
        var media = Path.Combine(Path.GetDirectoryName(exports[0])!, files.MediaFolder);
        return (exports[0], Directory.Exists(media) ? media : null, null);
    }
}

/// <summary>Why an upload was refused; the page says each in the admin's language.</summary>
public enum UploadProblem
{
    NoFile,
    WrongType,
    TooLarge,
    NotAZip,
    UnsafePath,
    TooManyEntries,
    TooLargeUnpacked,
    NoExport,
    SeveralExports,
}
