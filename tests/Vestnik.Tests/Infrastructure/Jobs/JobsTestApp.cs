using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Logging;
using Vestnik.Data;
using Vestnik.Infrastructure.Jobs;
using Vestnik.Testing;

namespace Vestnik.Tests.Infrastructure.Jobs;

/// <summary>The app on SQLite with its log lines kept and one more job, <see cref="ClusterProbe"/>, done once per cluster.</summary>
public sealed class JobsTestApp : VestnikApp
{
    private JobsTestApp(string dataPath, string? connectionString) : base(DatabaseProvider.Sqlite, dataPath, connectionString)
    {
    }

    public CapturedLogs Logs { get; } = new();

    /// <summary>A fresh app; with <paramref name="databaseFile"/>, a node on that SQLite file, which outlives the app.</summary>
    public static JobsTestApp Create(string? databaseFile = null)
    {
        var dataPath = Path.Combine(Path.GetTempPath(), "vestnik-test-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(dataPath);
        return new JobsTestApp(dataPath, databaseFile is null ? null : $"Data Source={databaseFile}");
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureLogging(logging => logging.AddProvider(Logs));
        builder.ConfigureServices(services => services.AddPeriodicJob<ClusterProbe>());
    }

    /// <summary>Counts its runs on this node; a worker job under a lease, run every 100 ms.</summary>
    public sealed class ClusterProbe : PeriodicJob
    {
        private int _runs;

        public int Runs => Volatile.Read(ref _runs);

        public override string Name => "test-cluster-probe";

        public override NodeRoles Roles => NodeRoles.Worker;

        public override TimeSpan Interval => TimeSpan.FromMilliseconds(100);

        public override bool OncePerCluster => true;

        protected internal override Task RunAsync(IServiceProvider services, CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref _runs);
            return Task.CompletedTask;
        }
    }
}
