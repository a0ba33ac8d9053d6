using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Vestnik.Data;

/// <summary>
/// Per-connection SQLite settings, applied whenever EF opens a connection:
/// <list type="bullet">
/// <item><c>busy_timeout</c>: a writer that finds the database locked waits inside SQLite, which retries within
/// milliseconds. Without it Microsoft.Data.Sqlite retries on its own with 150 ms sleeps, and concurrent writers
/// (comment posting) queue for seconds.</item>
/// <item><c>synchronous = NORMAL</c>: in WAL mode a commit no longer waits for an fsync of its own. A killed process
/// loses nothing it acknowledged; only a power cut or kernel crash can lose the last commits, never the file's integrity.</item>
/// </list>
/// </summary>
public sealed class SqliteConnectionSettings : DbConnectionInterceptor
{
    private const string Pragmas = "PRAGMA busy_timeout = 30000; PRAGMA synchronous = NORMAL;";

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        command.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
