using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;
using SQLitePCL;

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
/// Both settings belong to the native connection, which the pool keeps across opens, so they are set once per native
/// connection rather than on every open (EF opens and closes the connection around each query).
/// </summary>
public sealed class SqliteConnectionSettings : DbConnectionInterceptor
{
    private const string Pragmas = "PRAGMA busy_timeout = 30000; PRAGMA synchronous = NORMAL;";

    private static readonly ConditionalWeakTable<sqlite3, object> Configured = new();
    private static readonly object Seen = new();

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        if (NeedsSettings(connection))
        {
            using var command = connection.CreateCommand();
            command.CommandText = Pragmas;
            command.ExecuteNonQuery();
        }
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        if (NeedsSettings(connection))
        {
            await using var command = connection.CreateCommand();
            command.CommandText = Pragmas;
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    /// <summary>True the first time a native connection is seen; a connection that is not SQLite's always gets them.</summary>
    private static bool NeedsSettings(DbConnection connection) =>
        connection is not SqliteConnection { Handle: { } handle } || Configured.TryAdd(handle, Seen);
}
