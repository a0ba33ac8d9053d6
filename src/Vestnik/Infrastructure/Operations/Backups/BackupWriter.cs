using System.Diagnostics;
using System.Reflection;
using System.Security.Cryptography;
using Microsoft.Data.Sqlite;

namespace Vestnik.Infrastructure.Operations.Backups;

/// <summary>
/// Makes a consistent backup of a live site into an empty folder: the SQLite database through SQLite's online
/// backup API (a snapshot, while the site keeps writing), every other file of the data folder except the derived
/// search index, each with its SHA-256, and the manifest last. On any failure the folder is removed again, so
/// nothing half-written can be mistaken for a backup.
/// </summary>
public sealed class BackupWriter(BackupSource source, TimeProvider time)
{
    public async Task<BackupManifest> WriteAsync(string folder, Action<string>? progress, CancellationToken cancellationToken)
    {
        var target = Path.GetFullPath(folder);
        if (IsInside(target, source.DataRoot))
        {
            throw new BackupException($"the backup folder {target} is inside the data folder {source.DataRoot}; choose a folder outside it.");
        }
        var created = PrepareEmptyFolder(target);
        try
        {
            var started = Stopwatch.StartNew();
            var files = new List<BackupFile>();
            if (source.SqliteFile is not null)
            {
                progress?.Invoke($"Copying the database {source.SqliteFile} ...");
                files.Add(await BackupSqliteAsync(target, cancellationToken));
            }
            else
            {
                progress?.Invoke("The database is on PostgreSQL: back it up with pg_dump (see docs/operations.md); copying the data folder's files.");
            }
            files.AddRange(await CopyFilesAsync(target, progress, cancellationToken));
            var manifest = new BackupManifest(BackupManifest.CurrentFormat, time.GetUtcNow(), AppVersion, source.Provider, files);
            await manifest.WriteAsync(target, cancellationToken);
            progress?.Invoke($"Backup complete: {files.Count} files, {files.Sum(f => f.Length) / 1048576.0:0.0} MB in {started.Elapsed.TotalSeconds:0.0} s -> {target}");
            return manifest;
        }
        catch
        {
            Remove(target, created);
            throw;
        }
    }

    public static string AppVersion =>
        typeof(BackupWriter).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "unknown";

    private async Task<BackupFile> BackupSqliteAsync(string target, CancellationToken cancellationToken)
    {
        if (!File.Exists(source.SqliteFile))
        {
            throw new BackupException($"there is no database at {source.SqliteFile}; check Vestnik:DataPath and ConnectionStrings:Vestnik.");
        }
        var destination = Path.Combine(target, BackupManifest.DatabaseEntry);
        Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
        var sourceConnection = new SqliteConnectionStringBuilder { DataSource = source.SqliteFile, Mode = SqliteOpenMode.ReadWrite, Pooling = false, DefaultTimeout = 30 };
        var destinationConnection = new SqliteConnectionStringBuilder { DataSource = destination, Pooling = false };
        await using (var from = new SqliteConnection(sourceConnection.ConnectionString))
        await using (var to = new SqliteConnection(destinationConnection.ConnectionString))
        {
            await from.OpenAsync(cancellationToken);
            await to.OpenAsync(cancellationToken);
            // One backup step copies a snapshot under a read transaction; in WAL mode writers go on meanwhile.
            from.BackupDatabase(to);
            await using var command = to.CreateCommand();
            // A single self-contained file: no -wal beside it. The app switches back to WAL when it opens a restore.
            command.CommandText = "PRAGMA journal_mode=DELETE;";
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
        var info = new FileInfo(destination);
        return new BackupFile(BackupManifest.DatabaseEntry, info.Length, await BackupFile.HashAsync(destination, cancellationToken));
    }

    private async Task<List<BackupFile>> CopyFilesAsync(string target, Action<string>? progress, CancellationToken cancellationToken)
    {
        var candidates = Directory.Exists(source.DataRoot)
            ? Directory.EnumerateFiles(source.DataRoot, "*", new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0 })
                .Select(f => new FileInfo(f))
                .Select(f => (File: f, Relative: Path.GetRelativePath(source.DataRoot, f.FullName).Replace('\\', '/')))
                .Where(f => !source.IsExcluded(f.Relative))
                .OrderBy(f => f.Relative, StringComparer.Ordinal)
                .ToList()
            : [];
        var counter = new BackupProgress(progress, "Copying", candidates.Count, candidates.Sum(c => c.File.Length));
        var copied = new List<BackupFile>(candidates.Count);
        foreach (var (file, relative) in candidates)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var entry = $"{BackupManifest.FilesFolder}/{relative}";
            var destination = Path.Combine(target, entry);
            Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            try
            {
                var sha256 = await CopyAndHashAsync(file.FullName, destination, cancellationToken);
                copied.Add(new BackupFile(entry, new FileInfo(destination).Length, sha256));
            }
            catch (FileNotFoundException)
            {
                // Deleted by the site while the backup ran (a replaced image, a sent mail): it is no longer part of the site.
            }
            counter.FileDone(file.Length);
        }
        return copied;
    }

    /// <summary>Hashes the bytes as they are written, so the checksum describes the copy, not the file as it may have changed since.</summary>
    public static async Task<string> CopyAndHashAsync(string from, string to, CancellationToken cancellationToken)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        await using (var input = new FileStream(from, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, 1 << 16, FileOptions.SequentialScan))
        await using (var output = new FileStream(to, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16))
        {
            var buffer = new byte[1 << 16];
            int read;
            while ((read = await input.ReadAsync(buffer, cancellationToken)) > 0)
            {
                hash.AppendData(buffer, 0, read);
                await output.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
            }
            await output.FlushAsync(cancellationToken);
            output.Flush(flushToDisk: true);
        }
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    /// <summary>Creates the folder or accepts an existing empty one; returns whether it was created here.</summary>
    private static bool PrepareEmptyFolder(string target)
    {
        try
        {
            if (Directory.Exists(target))
            {
                if (Directory.EnumerateFileSystemEntries(target).Any())
                {
                    throw new BackupException($"the backup folder {target} is not empty; give a new or empty folder.");
                }
                return false;
            }
            Directory.CreateDirectory(target);
            return true;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new BackupException($"cannot write the backup to {target}: {ex.Message}", ex);
        }
    }

    private static void Remove(string target, bool created)
    {
        try
        {
            if (created)
            {
                Directory.Delete(target, recursive: true);
                return;
            }
            foreach (var entry in new DirectoryInfo(target).EnumerateFileSystemInfos())
            {
                if (entry is DirectoryInfo directory)
                {
                    directory.Delete(recursive: true);
                }
                else
                {
                    entry.Delete();
                }
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // Nothing more to do; without a manifest the folder is never taken for a complete backup.
        }
    }

    public static bool IsInside(string path, string folder)
    {
        var relative = Path.GetRelativePath(folder, path);
        return relative == "." || (!relative.StartsWith("..", StringComparison.Ordinal) && !Path.IsPathRooted(relative));
    }
}
