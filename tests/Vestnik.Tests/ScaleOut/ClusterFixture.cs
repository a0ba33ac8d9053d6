using Microsoft.EntityFrameworkCore;
using Vestnik.Data;
using Vestnik.Testing;

namespace Vestnik.Tests.ScaleOut;

/// <summary>
/// Two app processes ("nodes") on two loopback ports sharing one PostgreSQL database and one Redis, as in the
/// reference scale-out deployment. Node A starts first and seeds the demo content; node B joins the running site.
/// </summary>
public sealed class ClusterFixture : IAsyncLifetime
{
    private readonly List<string> _dataFolders = [];
    private string? _unavailable;

    public AppProcess NodeA { get; private set; } = null!;
    public AppProcess NodeB { get; private set; } = null!;
    public string ConnectionString { get; private set; } = "";
    private string RedisConfiguration { get; set; } = "";
    private string RedisPrefix { get; } = $"vestnik-test-{Guid.NewGuid():N}:";

    public void EnsureAvailable()
    {
        if (_unavailable is not null)
        {
            TestEnvironment.Unavailable(_unavailable);
        }
    }

    public async ValueTask InitializeAsync()
    {
        var (postgres, reason) = await PostgresServer.TryGetAsync();
        if (postgres is null)
        {
            _unavailable = $"PostgreSQL is not available: {reason}";
            return;
        }
        if (TestEnvironment.FindExecutable("/usr/bin/redis-server", "redis-server") is null)
        {
            _unavailable = "redis-server is not installed (apt-get install redis-server)";
            return;
        }
        RedisConfiguration = (await RedisServer.GetAsync()).Configuration;
        ConnectionString = await postgres.CreateDatabaseAsync();
        NodeA = await StartNodeAsync("node-a");
        NodeB = await StartNodeAsync("node-b");
    }

    /// <summary>Starts one more node of the same cluster.</summary>
    public Task<AppProcess> StartNodeAsync(string nodeId)
    {
        var dataPath = Path.Combine(Path.GetTempPath(), $"vestnik-{nodeId}-{Guid.NewGuid():N}"[..40]);
        _dataFolders.Add(dataPath);
        return AppProcess.StartAsync(
            dataPath,
            $"--Vestnik:NodeId={nodeId}",
            "--Database:Provider=Postgres",
            $"--ConnectionStrings:Vestnik={ConnectionString}",
            $"--Redis:Configuration={RedisConfiguration}",
            $"--Redis:InstanceName={RedisPrefix}",
            // As in the reference deployment: the load balancer's host name is the site's public address, and the
            // nodes answer any Host (clients below reach them on 127.0.0.1 as well as under that name).
            "--Vestnik:PublicBaseUrl=http://vestnik.test",
            "--AllowedHosts=*",
            "--OutputCache:Enabled=true",
            "--Newsroom:Scheduler:Interval=00:00:00.500",
            // Every test request comes from 127.0.0.1; the per-client limits are not what these tests are about.
            "--RateLimiting:Enabled=false",
            // Tests send the comment form the moment they load it, faster than the spam check lets a person.
            "--Comments:MinSecondsToSubmit=0");
    }

    /// <summary>A context on the cluster's database, for arranging data as the newsroom would write it.</summary>
    public VestnikDbContext Database() =>
        new PostgresVestnikDbContext(new DbContextOptionsBuilder<PostgresVestnikDbContext>().UseNpgsql(ConnectionString).Options, TimeProvider.System);

    public async ValueTask DisposeAsync()
    {
        if (NodeA is not null)
        {
            await NodeA.DisposeAsync();
        }
        if (NodeB is not null)
        {
            await NodeB.DisposeAsync();
        }
        foreach (var folder in _dataFolders.Where(Directory.Exists))
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
