using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Serialization;
using Vestnik.Data;

namespace Vestnik.Infrastructure.Operations.Backups;

/// <summary>
/// <c>manifest.json</c>, written last: a backup folder without it is incomplete. Every file of the backup is
/// listed with its length and SHA-256, so a restore can prove the copy is the one that was made.
/// </summary>
public sealed record BackupManifest(int Format, DateTimeOffset CreatedAt, string AppVersion, DatabaseProvider Provider, IReadOnlyList<BackupFile> Files)
{
    public const string FileName = "manifest.json";
    public const string DatabaseEntry = "database/vestnik.db";
    public const string FilesFolder = "files";
    public const int CurrentFormat = 1;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true, Converters = { new JsonStringEnumConverter() } };

    public bool HasDatabase => Files.Any(f => f.Path == DatabaseEntry);

    public static async Task<BackupManifest> ReadAsync(string backupFolder, CancellationToken cancellationToken)
    {
        var path = System.IO.Path.Combine(backupFolder, FileName);
        if (!File.Exists(path))
        {
            throw new BackupException($"{backupFolder} is not a complete Vestnik backup: {FileName} is missing.");
        }
        try
        {
            await using var stream = File.OpenRead(path);
            var manifest = await JsonSerializer.DeserializeAsync<BackupManifest>(stream, Json, cancellationToken);
            if (manifest is null || manifest.Format != CurrentFormat || manifest.Files is null)
            {
                throw new BackupException($"{path} is not a manifest this version understands (format {manifest?.Format}).");
            }
            return manifest;
        }
        catch (JsonException ex)
        {
            throw new BackupException($"{path} is damaged: {ex.Message}", ex);
        }
    }

    /// <summary>Writes to a temporary name and renames, so the manifest appears whole or not at all.</summary>
    public async Task WriteAsync(string backupFolder, CancellationToken cancellationToken)
    {
        var path = System.IO.Path.Combine(backupFolder, FileName);
        var temporary = path + ".tmp";
        await using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 4096, FileOptions.WriteThrough))
        {
            await JsonSerializer.SerializeAsync(stream, this, Json, cancellationToken);
        }
        File.Move(temporary, path);
    }
}

/// <summary>One file of a backup, by its path inside the backup folder (always with <c>/</c>).</summary>
public sealed record BackupFile(string Path, long Length, string Sha256)
{
    public static async Task<string> HashAsync(string file, CancellationToken cancellationToken)
    {
        await using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, 1 << 16, FileOptions.SequentialScan);
        return Convert.ToHexStringLower(await SHA256.HashDataAsync(stream, cancellationToken));
    }
}
