using System.IO.Compression;
using Vestnik.Features.Export;

namespace Vestnik.Features.Import.Restore;

/// <summary>
/// A full export as the export command or the newsroom download wrote it: a zip file or a folder holding
/// <c>vestnik-export.json</c> and the media files under <c>media/</c>.
/// </summary>
internal abstract class ExportSource : IDisposable
{
    public static ExportSource Open(string path)
    {
        if (Directory.Exists(path))
        {
            return new FolderSource(path);
        }
        if (!File.Exists(path))
        {
            throw new ExportFileException($"No such file or folder: {path}");
        }
        try
        {
            return new ZipSource(ZipFile.OpenRead(path));
        }
        catch (InvalidDataException)
        {
            throw new ExportFileException($"{path} is neither a folder nor a zip file.");
        }
    }

    /// <summary>The JSON document, from its start (each pass over it opens it again).</summary>
    public Stream OpenJson() => OpenFile(SiteExport.JsonFileName)
        ?? throw new ExportFileException($"The export has no {SiteExport.JsonFileName}.");

    /// <summary>A media file by its path under the media folder; null when the export lacks it.</summary>
    public Stream? OpenMedia(string path) =>
        path.Split('/').Any(part => part is "" or "." or "..") ? null : OpenFile($"{ExportedMedia.Folder}/{path}");

    protected abstract Stream? OpenFile(string path);

    public abstract void Dispose();

    private sealed class FolderSource(string root) : ExportSource
    {
        protected override Stream? OpenFile(string path)
        {
            var file = Path.Combine([root, .. path.Split('/')]);
            return File.Exists(file) ? File.OpenRead(file) : null;
        }

        public override void Dispose()
        {
        }
    }

    private sealed class ZipSource(ZipArchive zip) : ExportSource
    {
        protected override Stream? OpenFile(string path) => zip.GetEntry(path)?.Open();

        public override void Dispose() => zip.Dispose();
    }
}
