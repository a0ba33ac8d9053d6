using System.IO.Compression;

namespace Vestnik.Features.Export;

/// <summary>Where an export's files go: one file after another, each closed before the next is opened.</summary>
public interface IExportTarget : IAsyncDisposable
{
    /// <param name="path">Relative, with forward slashes: <c>vestnik-export.json</c>, <c>media/2026/12/…/960.jpg</c>.</param>
    /// <param name="compress">False for files that are compressed already (images), which deflate only slows down.</param>
    Stream Create(string path, bool compress);

    /// <summary>Removes what a failed export wrote, once the target is disposed.</summary>
    void Discard();
}

/// <summary>An export written as plain files into a folder that must be new or empty.</summary>
public sealed class FolderExportTarget : IExportTarget
{
    private readonly string _root;

    public FolderExportTarget(string root)
    {
        if (Directory.Exists(root) && Directory.EnumerateFileSystemEntries(root).Any())
        {
            throw new ExportTargetException($"{root} is not empty: export into a new or empty folder.");
        }
        _root = root;
        Directory.CreateDirectory(root);
    }

    public Stream Create(string path, bool compress)
    {
        var file = Path.Combine([_root, .. path.Split('/')]);
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        return new FileStream(file, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920, FileOptions.Asynchronous);
    }

    public void Discard()
    {
        Directory.Delete(_root, recursive: true);
        Directory.CreateDirectory(_root);
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}

/// <summary>An export written as one new zip file, entries in the order they are created.</summary>
public sealed class ZipExportTarget : IExportTarget
{
    private readonly string _path;
    private readonly FileStream _file;
    private readonly ZipArchive _archive;

    private ZipExportTarget(string path)
    {
        _path = path;
        _file = new FileStream(path, FileMode.CreateNew, FileAccess.Write);
        _archive = new ZipArchive(_file, ZipArchiveMode.Create, leaveOpen: true);
    }

    /// <summary>A new zip file; an existing file is never overwritten.</summary>
    public static ZipExportTarget CreateFile(string path)
    {
        path = Path.GetFullPath(path);
        if (File.Exists(path))
        {
            throw new ExportTargetException($"{path} exists already: name a new file.");
        }
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        return new ZipExportTarget(path);
    }

    public Stream Create(string path, bool compress) =>
        _archive.CreateEntry(path, compress ? CompressionLevel.Fastest : CompressionLevel.NoCompression).Open();

    public void Discard() => File.Delete(_path);

    public async ValueTask DisposeAsync()
    {
        // The archive writes its central directory on dispose, before the file under it may close.
        _archive.Dispose();
        await _file.DisposeAsync();
    }
}

/// <summary>The destination cannot take an export (a non-empty folder, an existing file); the message says why.</summary>
public sealed class ExportTargetException(string message) : Exception(message);
