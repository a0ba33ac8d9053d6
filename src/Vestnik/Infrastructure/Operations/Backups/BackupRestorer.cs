using Vestnik.Data;

namespace Vestnik.Infrastructure.Operations.Backups;

/// <summary>
/// Restores a backup into an empty data folder. Every file is checked against the manifest first, so a damaged
/// or tampered backup is refused before anything is written; the site is then started on the restored folder.
/// </summary>
public sealed class BackupRestorer(BackupSource target)
{
    public async Task<BackupManifest> RestoreAsync(string folder, Action<string>? progress, CancellationToken cancellationToken)
    {
        var backup = Path.GetFullPath(folder);
        if (!Directory.Exists(backup))
        {
            throw new BackupException($"there is no backup folder at {backup}.");
        }
        var manifest = await BackupManifest.ReadAsync(backup, cancellationToken);
        CheckProviders(manifest);
        RequireEmptyTarget();

        progress?.Invoke($"Verifying {manifest.Files.Count} files of the backup made {manifest.CreatedAt:u} by Vestnik {manifest.AppVersion} ...");
        var verifying = new BackupProgress(progress, "Verified", manifest.Files.Count, manifest.Files.Sum(f => f.Length));
        foreach (var file in manifest.Files)
        {
            await VerifyAsync(backup, file, cancellationToken);
            verifying.FileDone(file.Length);
        }

        var restoring = new BackupProgress(progress, "Restored", manifest.Files.Count, manifest.Files.Sum(f => f.Length));
        foreach (var file in manifest.Files)
        {
            var destination = DestinationOf(file);
            Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            var sha256 = await BackupWriter.CopyAndHashAsync(Path.Combine(backup, file.Path), destination, cancellationToken);
            if (sha256 != file.Sha256)
            {
                throw new BackupException($"{file.Path} changed while it was restored; run the restore again into an empty folder.");
            }
            restoring.FileDone(file.Length);
        }
        progress?.Invoke($"Restore complete into {target.DataRoot}. Start the site as usual.");
        return manifest;
    }

    private void CheckProviders(BackupManifest manifest)
    {
        if (manifest.HasDatabase && target.Provider != DatabaseProvider.Sqlite)
        {
            throw new BackupException("this backup holds a SQLite database but Database:Provider is Postgres; restore with Database:Provider=Sqlite.");
        }
        if (!manifest.HasDatabase && target.Provider == DatabaseProvider.Sqlite)
        {
            throw new BackupException(
                "this backup was made on PostgreSQL and holds no database; restore the database with pg_restore (docs/operations.md) and run restore with Database:Provider=Postgres.");
        }
    }

    private void RequireEmptyTarget()
    {
        if (Directory.Exists(target.DataRoot) && Directory.EnumerateFileSystemEntries(target.DataRoot).Any())
        {
            throw new BackupException($"the data folder {target.DataRoot} is not empty; restore only into an empty folder (move the old one aside first).");
        }
        if (target.SqliteFile is not null && File.Exists(target.SqliteFile))
        {
            throw new BackupException($"a database already exists at {target.SqliteFile}; move it aside first.");
        }
    }

    private static async Task VerifyAsync(string backup, BackupFile file, CancellationToken cancellationToken)
    {
        var path = Path.Combine(backup, file.Path);
        if (!BackupWriter.IsInside(Path.GetFullPath(path), backup))
        {
            throw new BackupException($"the manifest names {file.Path}, outside the backup folder; the backup is not trustworthy.");
        }
        if (!File.Exists(path))
        {
            throw new BackupException($"the backup is incomplete: {file.Path} is missing. Nothing was restored.");
        }
        if (new FileInfo(path).Length != file.Length || await BackupFile.HashAsync(path, cancellationToken) != file.Sha256)
        {
            throw new BackupException($"the backup is damaged: {file.Path} does not match its checksum in the manifest. Nothing was restored.");
        }
    }

    private string DestinationOf(BackupFile file) =>
        file.Path == BackupManifest.DatabaseEntry
            ? target.SqliteFile!
            : Path.Combine(target.DataRoot, file.Path[(BackupManifest.FilesFolder.Length + 1)..]);
}
