using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Vestnik.Testing;

/// <summary>A throwaway Redis on a free loopback port, without persistence, started once per test run.</summary>
public sealed class RedisServer
{
    private static readonly SemaphoreSlim StartLock = new(1, 1);
    private static RedisServer? _shared;

    private RedisServer(string configuration) => Configuration = configuration;

    /// <summary>StackExchange.Redis configuration string, e.g. <c>127.0.0.1:40123</c>.</summary>
    public string Configuration { get; }

    /// <summary>The run's server; skips (or fails under VESTNIK_REQUIRE_ALL) when redis-server is not installed.</summary>
    public static async Task<RedisServer> GetAsync()
    {
        await StartLock.WaitAsync();
        try
        {
            if (_shared is null)
            {
                var program = TestEnvironment.FindExecutable("/usr/bin/redis-server", "redis-server");
                if (program is null)
                {
                    TestEnvironment.Unavailable("redis-server is not installed (apt-get install redis-server)");
                }
                _shared = await StartAsync(program!);
            }
            return _shared;
        }
        finally
        {
            StartLock.Release();
        }
    }

    private static async Task<RedisServer> StartAsync(string program)
    {
        int port;
        using (var listener = new TcpListener(IPAddress.Loopback, 0))
        {
            listener.Start();
            port = ((IPEndPoint)listener.LocalEndpoint).Port;
        }
        var process = Process.Start(new ProcessStartInfo(program, $"--port {port} --bind 127.0.0.1 --save \"\" --appendonly no")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        }) ?? throw new InvalidOperationException("could not start redis-server");
        _ = process.StandardOutput.ReadToEndAsync();
        _ = process.StandardError.ReadToEndAsync();
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            if (!process.HasExited)
            {
                process.Kill();
            }
        };

        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (true)
        {
            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync(IPAddress.Loopback, port);
                return new RedisServer($"127.0.0.1:{port}");
            }
            catch (SocketException) when (DateTime.UtcNow < deadline)
            {
                await Task.Delay(50);
            }
        }
    }
}
