using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
namespace Vestnik.Testing;

/// <summary>
/// A throwaway PostgreSQL cluster: trust auth on a free loopback port, run as the postgres user under root (PostgreSQL
/// refuses to run as root), durability switched off for speed. The run's shared server is one (<see cref="PostgresServer"/>);
/// a test that stops and starts its database gets one of its own.
/// </summary>
public sealed class PostgresCluster : IAsyncDisposable
{
    private readonly string _bin;
    private readonly string _data;
    private readonly int _port;

    private PostgresCluster(string bin, string data, int port)
    {
        _bin = bin;
        _data = data;
        _port = port;
    }

    public string ConnectionString => $"Host=127.0.0.1;Port={_port};Username=postgres;Database=postgres";

    /// <summary>Creates and starts a cluster; skips (or fails under VESTNIK_REQUIRE_ALL) when PostgreSQL is not installed.</summary>
    public static async Task<PostgresCluster> StartAsync()
    {
        var bin = BinDirectory();
        if (bin is null)
        {
            TestEnvironment.Unavailable("PostgreSQL is not installed (initdb not found; apt-get install postgresql)");
        }
        var data = Path.Combine(Path.GetTempPath(), "vestnik-own-pg-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(data);
        if (Environment.UserName == "root")
        {
            await RunAsync("chown", "postgres:postgres", data);
        }
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        var cluster = new PostgresCluster(bin!, data, port);
        await cluster.PgAsync("initdb", "-D", data, "-U", "postgres", "--auth=trust", "-E", "UTF8", "--locale=C.UTF-8");
        await cluster.StartServerAsync();
        return cluster;
    }

    public Task StartServerAsync() => PgAsync("pg_ctl", "-D", _data, "-l", Path.Combine(_data, "server.log"), "-w", "-t", "60", "-o",
        $"-p {_port} -c listen_addresses=127.0.0.1 -k {_data} -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300",
        "start");

    /// <summary>Fast shutdown: open sessions are terminated, as in a database restart or failover.</summary>
    public Task StopServerAsync() => PgAsync("pg_ctl", "-D", _data, "-m", "fast", "-w", "stop");

    /// <summary>The newest installed PostgreSQL's binaries, or null when none is installed.</summary>
    public static string? BinDirectory()
    {
        if (Directory.Exists("/usr/lib/postgresql"))
        {
            return Directory.GetDirectories("/usr/lib/postgresql").Select(d => Path.Combine(d, "bin"))
                .Where(d => File.Exists(Path.Combine(d, "initdb"))).OrderDescending().FirstOrDefault();
        }
        return TestEnvironment.FindExecutable("initdb") is { } initdb ? Path.GetDirectoryName(initdb) : null;
    }

    public async ValueTask DisposeAsync()
    {
        await PgAsync("pg_ctl", "-D", _data, "-m", "immediate", "-w", "stop", "--silent").ContinueWith(_ => { }, TaskScheduler.Default);
        Directory.Delete(_data, recursive: true);
    }

    private async Task PgAsync(string program, params string[] args)
    {
        var path = Path.Combine(_bin, program);
        var code = Environment.UserName == "root" ? await RunAsync("runuser", ["-u", "postgres", "--", path, .. args]) : await RunAsync(path, args);
        if (code != 0)
        {
            throw new InvalidOperationException($"{program} {string.Join(' ', args)} failed with exit code {code}");
        }
    }

    private static async Task<int> RunAsync(string program, params string[] args)
    {
        // No redirection: pg_ctl's server inherits the handles and would keep a pipe open after pg_ctl exits.
        var start = new ProcessStartInfo(program) { UseShellExecute = false };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }
        using var process = Process.Start(start)!;
        await process.WaitForExitAsync();
        return process.ExitCode;
    }
}
