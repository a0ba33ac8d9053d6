using System.Security.Cryptography;

namespace Vestnik.Features.Import.Restore;

/// <summary>
/// Copies the export's media files into the site's media folder, each checked against the manifest's size and
/// SHA-256; remembers what it wrote so a failed restore takes it all away again.
/// </summary>
internal sealed class RestoredMediaFiles(string mediaFolder)
{
    private readonly List<string> _written = [];

    public async Task CopyAsync(ExportSource source, IReadOnlyList<ManifestFile> files, CancellationToken cancellationToken)
    {
        foreach (var file in files)
        {
            var target = Path.Combine([mediaFolder, .. file.Path.Split('/')]);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            await using var content = source.OpenMedia(file.Path) ?? throw new ExportFileException($"The media file {file.Path} is missing from the export.");
            await using (var copy = new FileStream(target, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920, FileOptions.Asynchronous))
            {
                _written.Add(target);
                using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
                var buffer = new byte[81920];
                long bytes = 0;
                int read;
                while ((read = await content.ReadAsync(buffer, cancellationToken)) > 0)
                {
                    hash.AppendData(buffer, 0, read);
                    await copy.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
                    bytes += read;
                }
                if (bytes != file.Bytes || Convert.ToHexStringLower(hash.GetCurrentHash()) != file.Sha256)
                {
                    throw new ExportFileException($"The media file {file.Path} differs from the manifest (size or SHA-256): the export is damaged.");
                }
            }
        }
    }

    /// <summary>Deletes the files this restore wrote, and the folders it left empty.</summary>
    public void Remove()
    {
        foreach (var file in _written)
        {
            File.Delete(file);
            for (var folder = Path.GetDirectoryName(file); folder is not null && folder.Length > mediaFolder.Length
                 && Directory.Exists(folder) && !Directory.EnumerateFileSystemEntries(folder).Any(); folder = Path.GetDirectoryName(folder))
            {
                Directory.Delete(folder);
            }
        }
        _written.Clear();
    }
}
