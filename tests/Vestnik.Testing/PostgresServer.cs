using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace Vestnik.Testing;

/// <summary>
/// A throwaway PostgreSQL cluster on a free loopback port, started once per test run and removed afterwards.
/// Uses <c>VESTNIK_TEST_PG</c> instead when that names an existing server. Each test app gets its own database.
/// </summary>
public sealed class PostgresServer : IAsyncDisposable
{
    private static readonly SemaphoreSlim StartLock = new(1, 1);
    private static PostgresServer? _shared;
    private static string? _unavailableReason;

    private readonly string? _dataDirectory;
    private readonly string? _pgCtl;

    private PostgresServer(string adminConnectionString, string? dataDirectory, string? pgCtl)
    {
        AdminConnectionString = adminConnectionString;
        _dataDirectory = dataDirectory;
        _pgCtl = pgCtl;
    }

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
                try
                {
                    _shared = await StartAsync();
                }
                catch (InvalidOperationException ex)
                {
                    _unavailableReason = ex.Message;
                }
            }
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

    private static async Task<PostgresServer> StartAsync()
    {
        if (Environment.GetEnvironmentVariable("VESTNIK_TEST_PG") is { Length: > 0 } external)
        {
            return new PostgresServer(external, null, null);
        }

        var binDirectory = Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql").Select(d => Path.Combine(d, "bin"))
                .Where(d => File.Exists(Path.Combine(d, "initdb"))).OrderDescending().FirstOrDefault()
            : null;
        var initdb = binDirectory is null ? TestEnvironment.FindExecutable("initdb") : Path.Combine(binDirectory, "initdb");
        var pgCtl = binDirectory is null ? TestEnvironment.FindExecutable("pg_ctl") : Path.Combine(binDirectory, "pg_ctl");
        if (initdb is null || pgCtl is null)
        {
            throw new InvalidOperationException("initdb/pg_ctl not found (install the postgresql package)");
        }

        var dataDirectory = Path.Combine(Path.GetTempPath(), "vestnik-pg-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(dataDirectory);
        var port = FreePort();
        var asRoot = Environment.UserName == "root";
        if (asRoot)
        {
            // PostgreSQL refuses to run as root; the cluster belongs to the postgres system user.
            await RunAsync("chown", $"postgres:postgres {dataDirectory}", asUser: null);
        }
        var user = asRoot ? "postgres" : null;
        await RunAsync(initdb, $"-D {dataDirectory} -U postgres --auth=trust -E UTF8 --locale=C.UTF-8", user);
        await RunAsync(pgCtl,
            $"-D {dataDirectory} -l {dataDirectory}/server.log -w -t 60 -o \"-p {port} -c listen_addresses=127.0.0.1 -k {dataDirectory} " +
            "-c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300\" start",
            user);

        var server = new PostgresServer($"Host=127.0.0.1;Port={port};Username=postgres;Database=postgres", dataDirectory, pgCtl);
        AppDomain.CurrentDomain.ProcessExit += (_, _) => server.Stop();
        return server;
    }

    public ValueTask DisposeAsync()
    {
        Stop();
        return ValueTask.CompletedTask;
    }

    private void Stop()
    {
        if (_dataDirectory is null || _pgCtl is null || !Directory.Exists(_dataDirectory))
        {
            return;
        }
        var user = Environment.UserName == "root" ? "postgres" : null;
        RunAsync(_pgCtl, $"-D {_dataDirectory} -m immediate -w stop", user).GetAwaiter().GetResult();
        Directory.Delete(_dataDirectory, recursive: true);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static async Task RunAsync(string program, string arguments, string? asUser)
    {
        var start = asUser is null
            ? new ProcessStartInfo(program, arguments)
            : new ProcessStartInfo("runuser", $"-u {asUser} -- {program} {arguments}");
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"could not start {program}");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            // The server started by pg_ctl may inherit the pipes and keep them open, so the read is bounded.
            var text = await Task.WhenAll(error, output).WaitAsync(TimeSpan.FromSeconds(2)).ContinueWith(t => t.IsCompletedSuccessfully ? string.Join(" ", t.Result) : "");
            throw new InvalidOperationException($"{Path.GetFileName(program)} failed ({process.ExitCode}): {text}".Trim());
        }
    }
}
