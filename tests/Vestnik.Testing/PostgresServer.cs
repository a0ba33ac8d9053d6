using Npgsql;

namespace Vestnik.Testing;

/// <summary>
/// The run's PostgreSQL: a <see cref="PostgresCluster"/> started on first use and removed when the run ends, or the
/// server named by <c>VESTNIK_TEST_PG</c>. Each test app gets a database of its own on it.
/// </summary>
public sealed class PostgresServer
{
    private static readonly SemaphoreSlim StartLock = new(1, 1);
    private static PostgresServer? _shared;
    private static string? _unavailableReason;

    private PostgresServer(string adminConnectionString) => AdminConnectionString = adminConnectionString;

    public string AdminConnectionString { get; }

    /// <summary>The run's server, started on first use; skips (or fails under VESTNIK_REQUIRE_ALL) when PostgreSQL is missing.</summary>
    public static async Task<PostgresServer> GetAsync()
    {
        var (server, reason) = await TryGetAsync();
        if (server is null)
        {
            TestEnvironment.Unavailable($"PostgreSQL is not available: {reason}");
        }
        return server!;
    }

    /// <summary>The run's server, or why there is none.</summary>
    public static async Task<(PostgresServer? Server, string? Reason)> TryGetAsync()
    {
        await StartLock.WaitAsync();
        try
        {
            if (_shared is null && _unavailableReason is null)
            {
                if (Environment.GetEnvironmentVariable("VESTNIK_TEST_PG") is { Length: > 0 } external)
                {
                    _shared = new PostgresServer(external);
                }
                else if (PostgresCluster.BinDirectory() is null)
                {
                    _unavailableReason = "initdb/pg_ctl not found (install the postgresql package)";
                }
                else
                {
                    var cluster = await PostgresCluster.StartAsync();
                    AppDomain.CurrentDomain.ProcessExit += (_, _) => cluster.DisposeAsync().AsTask().GetAwaiter().GetResult();
                    _shared = new PostgresServer(cluster.ConnectionString);
                }
            }
        }
        catch (InvalidOperationException ex)
        {
            _unavailableReason = ex.Message;
        }
        finally
        {
            StartLock.Release();
        }
        return (_shared, _unavailableReason);
    }

    /// <summary>Creates an empty database and returns its connection string.</summary>
    public async Task<string> CreateDatabaseAsync()
    {
        var name = "vestnik_test_" + Guid.NewGuid().ToString("N")[..16];
        await using (var connection = new NpgsqlConnection(AdminConnectionString))
        {
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
            await command.ExecuteNonQueryAsync();
        }
        return new NpgsqlConnectionStringBuilder(AdminConnectionString) { Database = name, Pooling = true }.ConnectionString;
    }
}
