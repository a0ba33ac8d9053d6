using Microsoft.Data.Sqlite;
using Vestnik.Data;

namespace Vestnik.Infrastructure.Operations.Backups;

/// <summary>Where the site's data lives, resolved from the configuration the same way the app resolves it.</summary>
public sealed record BackupSource(string DataRoot, DatabaseProvider Provider, string? SqliteFile)
{
    /// <summary>Derived data (the search index is rebuilt from the database) and the SQLite files, which are copied through the backup API.</summary>
    public bool IsExcluded(string relativePath)
    {
        var first = relativePath.Split('/')[0];
        return first is "index" || relativePath.StartsWith(".write-check", StringComparison.Ordinal) || relativePath is ".ready-check" or BackupStatus.FileName or BackupStatus.FileName + ".tmp"
            || (SqliteFile is not null && Path.GetRelativePath(DataRoot, SqliteFile).Replace('\\', '/') is var db
                && (relativePath == db || relativePath == db + "-wal" || relativePath == db + "-shm" || relativePath == db + "-journal"));
    }

    public static BackupSource From(IConfiguration configuration)
    {
        var options = configuration.GetSection(VestnikOptions.Section).Get<VestnikOptions>() ?? new VestnikOptions();
        var root = options.ResolveDataPath();
        var provider = configuration.GetValue(DatabaseOptions.Section + ":Provider", DatabaseProvider.Sqlite);
        string? sqliteFile = null;
        if (provider == DatabaseProvider.Sqlite)
        {
            var connectionString = configuration.GetConnectionString(DataFeature.ConnectionStringName);
            sqliteFile = string.IsNullOrWhiteSpace(connectionString)
                ? Path.Combine(root, "vestnik.db")
                : Path.GetFullPath(new SqliteConnectionStringBuilder(connectionString).DataSource);
        }
        return new BackupSource(root, provider, sqliteFile);
    }
}
