using Microsoft.Data.Sqlite;
using Npgsql;

namespace Vestnik.Infrastructure.Operations.Storage;

/// <summary>What broke when a request failed for reasons outside the request: the disk, the file system or the database server.</summary>
public enum StorageFailureKind
{
    DiskFull,
    ReadOnly,
    DatabaseUnavailable,
}

public static class StorageFailure
{
    // SQLite result codes (https://sqlite.org/rescode.html), low byte of the extended code.
    private const int SqliteReadOnly = 8;
    private const int SqliteIoError = 10;
    private const int SqliteFull = 13;
    private const int SqliteCantOpen = 14;

    // errno values .NET reports as the HResult of an IOException on Linux.
    private const int NoSpace = 28;
    private const int ReadOnlyFileSystem = 30;

    /// <summary>Walks the exception and its inner exceptions for a cause an operator must fix, or null for an ordinary bug.</summary>
    public static StorageFailureKind? Classify(Exception exception)
    {
        for (var current = exception; current is not null; current = current.InnerException)
        {
            switch (current)
            {
                case SqliteException sqlite:
                    var code = sqlite.SqliteErrorCode & 0xFF;
                    if (code == SqliteFull)
                    {
                        return StorageFailureKind.DiskFull;
                    }
                    if (code is SqliteReadOnly or SqliteCantOpen)
                    {
                        return StorageFailureKind.ReadOnly;
                    }
                    if (code == SqliteIoError)
                    {
                        return sqlite.Message.Contains("full", StringComparison.OrdinalIgnoreCase) ? StorageFailureKind.DiskFull : StorageFailureKind.ReadOnly;
                    }
                    break;
                case NpgsqlException npgsql when IsUnavailable(npgsql):
                    return StorageFailureKind.DatabaseUnavailable;
                case IOException io when (io.HResult & 0xFFFF) == NoSpace || io.Message.Contains("No space left", StringComparison.OrdinalIgnoreCase):
                    return StorageFailureKind.DiskFull;
                case IOException io when (io.HResult & 0xFFFF) == ReadOnlyFileSystem || io.Message.Contains("Read-only file system", StringComparison.OrdinalIgnoreCase):
                    return StorageFailureKind.ReadOnly;
                case UnauthorizedAccessException:
                    return StorageFailureKind.ReadOnly;
            }
        }
        return null;
    }

    /// <summary>
    /// The server is down, restarting or refusing connections: a transient error, or one of the admin-shutdown /
    /// cannot-connect SQLSTATE classes (57P, 08).
    /// </summary>
    private static bool IsUnavailable(NpgsqlException exception) =>
        exception.IsTransient
        || exception is PostgresException { SqlState: var state } && (state.StartsWith("57P", StringComparison.Ordinal) || state.StartsWith("08", StringComparison.Ordinal))
        || exception.InnerException is System.Net.Sockets.SocketException or TimeoutException;

    public static string Describe(StorageFailureKind kind, string dataFolder) => kind switch
    {
        StorageFailureKind.DiskFull => $"the disk of the data folder {dataFolder} is full; free space there",
        StorageFailureKind.ReadOnly => $"the data folder {dataFolder} is not writable (read-only file system or permissions)",
        _ => "the database server is unavailable",
    };
}
