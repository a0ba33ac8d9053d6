using Microsoft.Extensions.Logging;
using Vestnik.Features.Articles.Reading;
using Vestnik.Features.Comments.Notifications;
using Vestnik.Features.Distribution.Outbox;
using Vestnik.Features.Import.Upload;
using Vestnik.Features.Inbox.Polling;
using Vestnik.Features.Newsroom.Scheduling;
using Vestnik.Features.Search.Indexing;
using Vestnik.Features.Search.ReadAlso;
using Vestnik.Infrastructure.Caching;
using Vestnik.Infrastructure.Jobs;
using Vestnik.Infrastructure.Operations.Metrics;

namespace Vestnik.Tests.Infrastructure.Jobs;

/// <summary><c>Vestnik:Roles</c> decides which jobs a node runs; the settings it replaced still work, with a warning.</summary>
public sealed class NodeRolesTests
{
    private static readonly Type[] WebJobs = [typeof(ChangeLogCacheEvictor), typeof(ViewCountFlusher), typeof(ReplyNotifications)];

    private static readonly Type[] WorkerJobs =
        [typeof(ScheduledPublisher), typeof(OutboxWorker), typeof(FeedPoller), typeof(InboxPurge), typeof(ImportRunJob), typeof(JobsTestApp.ClusterProbe)];

    private static readonly Type[] IndexerJobs = [typeof(ChangeLogIndexer)];

    [Fact]
    public async Task WithoutRoles_ShouldRunEveryJob()
    {
        using var app = Started(JobsTestApp.Create());

        Assert.Equal([.. WebJobs, .. WorkerJobs, .. IndexerJobs, typeof(ReadAlsoWorker), typeof(MetricSampling)], Running(app));
        await WaitUntilAsync(() => app.Service<JobsTestApp.ClusterProbe>().Runs > 0);
    }

    [Fact]
    public void WebNode_ShouldRunNoWorkerJob()
    {
        using var app = Started(JobsTestApp.Create().WithSetting("Vestnik:Roles", "web"));

        Assert.Equal([.. WebJobs, typeof(MetricSampling)], Running(app));
        Assert.Equal(0, app.Service<JobsTestApp.ClusterProbe>().Runs);
    }

    [Fact]
    public async Task WorkerNode_ShouldRunTheWorkerJobs_AndNeitherTheCacheNorTheIndex()
    {
        using var app = Started(JobsTestApp.Create().WithSetting("Vestnik:Roles", "worker"));

        Assert.Equal([.. WorkerJobs, typeof(MetricSampling)], Running(app));
        await WaitUntilAsync(() => app.Service<JobsTestApp.ClusterProbe>().Runs > 0);
    }

    [Fact]
    public void DeprecatedSwitches_ShouldStillTurnTheirJobsOff_AndSayOnceWhatReplacesThem()
    {
        using var app = Started(JobsTestApp.Create()
            .WithSetting("Inbox:PollerEnabled", "false")
            .WithSetting("Search:Indexing", "false"));

        var running = Running(app);
        Assert.DoesNotContain(typeof(FeedPoller), running);
        Assert.DoesNotContain(typeof(InboxPurge), running);
        Assert.DoesNotContain(typeof(ChangeLogIndexer), running);
        Assert.DoesNotContain(typeof(ReadAlsoWorker), running);
        Assert.Contains(typeof(ScheduledPublisher), running);
        var warnings = app.Logs.Lines.Where(l => l.Level == LogLevel.Warning && l.Message.Contains("deprecated", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, warnings.Count);
        Assert.Single(warnings, w => w.Message.StartsWith("Inbox:PollerEnabled is deprecated", StringComparison.Ordinal) && w.Message.Contains("Vestnik:Roles", StringComparison.Ordinal));
        Assert.Single(warnings, w => w.Message.StartsWith("Search:Indexing is deprecated", StringComparison.Ordinal) && w.Message.Contains("Vestnik:Roles", StringComparison.Ordinal));
    }

    [Fact]
    public void WithoutDeprecatedSwitches_ShouldWarnAboutNothing()
    {
        using var app = Started(JobsTestApp.Create());

        Assert.DoesNotContain(app.Logs.Lines, l => l.Message.Contains("deprecated", StringComparison.Ordinal));
    }

    [Fact]
    public async Task LeasedJob_ShouldRunOnOneOfTwoNodesSharingADatabase_AndMoveWhenThatNodeStops()
    {
        // The database lives apart from both nodes' data folders, which go when a node is disposed.
        var shared = Directory.CreateTempSubdirectory("vestnik-test-shared-");
        try
        {
            var database = Path.Combine(shared.FullName, "vestnik.db");
            using var first = Started(JobsTestApp.Create(database).WithSetting("Vestnik:NodeId", "node-a"));
            using var second = Started(JobsTestApp.Create(database).WithSetting("Vestnik:NodeId", "node-b"));
            var probes = new[] { first, second }.Select(a => a.Service<JobsTestApp.ClusterProbe>()).ToList();

            await WaitUntilAsync(() => probes.Any(p => p.Runs >= 5));

            var holder = probes.Single(p => p.Runs >= 5);
            var other = probes.Single(p => p != holder);
            Assert.Equal(0, other.Runs);

            // A node that stops hands its lease over at once, instead of after the lease's minute.
            (holder == probes[0] ? first : second).Dispose();
            await WaitUntilAsync(() => other.Runs > 0);
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            shared.Delete(recursive: true);
        }
    }

    private static JobsTestApp Started(Vestnik.Testing.VestnikApp app)
    {
        _ = app.Services;
        return (JobsTestApp)app;
    }

    /// <summary>The app's jobs that run on this node, in registration order.</summary>
    private static List<Type> Running(JobsTestApp app) =>
        [.. typeof(PeriodicJob).Assembly.GetTypes().Concat([typeof(JobsTestApp.ClusterProbe)])
            .Where(t => t.IsSubclassOf(typeof(PeriodicJob)) && !t.IsAbstract)
            .Where(t => ((PeriodicJob)app.Services.GetService(t)!).RunsOnThisNode)
            .OrderBy(t => Array.IndexOf(Order, t))];

    private static readonly Type[] Order =
        [.. WebJobs, .. WorkerJobs, .. IndexerJobs, typeof(ReadAlsoWorker), typeof(MetricSampling), typeof(Vestnik.Infrastructure.Operations.Backups.ScheduledBackups)];

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(15);
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "timed out");
            await Task.Delay(20, TestContext.Current.CancellationToken);
        }
    }
}
