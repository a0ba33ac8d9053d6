using System.Collections.Concurrent;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using Vestnik.Infrastructure.Jobs;
using Vestnik.Infrastructure.Operations.Metrics;

namespace Vestnik.Tests.Infrastructure.Jobs;

/// <summary>The job loop on its own: a bare host, a fake clock and jobs that fail, count or hang on purpose.</summary>
public sealed class PeriodicJobTests
{
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 12, 1, 9, 0, 0, TimeSpan.Zero));
    private readonly CapturedLogs _logs = new();

    [Fact]
    public void Backoff_ShouldDoubleFromOneSecond_UpToAMinute_OrUpToALongerInterval()
    {
        var fifteenSeconds = TimeSpan.FromSeconds(15);

        Assert.Equal([1, 2, 4, 8, 16, 32, 60, 60], Enumerable.Range(1, 8).Select(n => JobBackoff.Delay(n, fifteenSeconds).TotalSeconds));
        Assert.Equal(TimeSpan.FromMinutes(1), JobBackoff.Delay(1000, Timeout.InfiniteTimeSpan));
        Assert.Equal(TimeSpan.FromHours(1), JobBackoff.Delay(1000, TimeSpan.FromHours(1)));
    }

    [Fact]
    public async Task FailingJob_ShouldBeLoggedCountedAndRetriedWithBackoff_WhileAnotherJobKeepsRunning()
    {
        using var host = await StartAsync(services => services.AddPeriodicJob<FailingJob>().AddPeriodicJob<CountingJob>());
        var failing = host.Services.GetRequiredService<FailingJob>();
        var counting = host.Services.GetRequiredService<CountingJob>();

        await DriveClockAsync(() => failing.Runs.Count >= 4);

        var gaps = failing.Runs.Zip(failing.Runs.Skip(1), (a, b) => (b - a).TotalSeconds).ToList();
        Assert.Equal(3, gaps.Count);
        for (var i = 0; i < gaps.Count; i++)
        {
            // 1 s, 2 s, 4 s after each failure, give or take one step of the driven clock.
            Assert.InRange(gaps[i], Math.Pow(2, i), Math.Pow(2, i) + 0.5);
        }
        Assert.True(counting.Runs >= 6, $"the other job ran {counting.Runs} times in the 7 s the failing one backed off");
        Assert.Equal(4, JobFailureCounts.Of(host.Services.GetRequiredService<VestnikMetrics>(), FailingJob.JobName));
        var errors = _logs.Lines.Where(l => l.Level == LogLevel.Error).ToList();
        Assert.Equal(4, errors.Count);
        Assert.All(errors, e => Assert.Contains(FailingJob.JobName, e.Message, StringComparison.Ordinal));
        Assert.All(errors, e => Assert.IsType<InvalidOperationException>(e.Exception));
        var failure = Assert.Single(host.Services.GetRequiredService<JobFailures>().Current());
        Assert.Equal((FailingJob.JobName, 4, "the database is away"), (failure.Job, failure.InARow, failure.Error));
    }

    [Fact]
    public async Task AJobThatRecovers_ShouldLeaveTheFailingJobs()
    {
        using var host = await StartAsync(services => services.AddPeriodicJob<RecoveringJob>());
        var recovering = host.Services.GetRequiredService<RecoveringJob>();
        var failures = host.Services.GetRequiredService<JobFailures>();
        await WaitUntilAsync(() => failures.Count == 1);
        Assert.Equal(1, recovering.Runs);
        Assert.Equal(RecoveringJob.JobName, Assert.Single(failures.Current()).Job);

        await DriveClockAsync(() => recovering.Runs >= 2);

        await WaitUntilAsync(() => failures.Count == 0);
    }

    [Fact]
    public async Task StoppingTheHost_ShouldStopRunningAndWaitingJobs_WithoutErrors()
    {
        var host = await StartAsync(services => services.AddPeriodicJob<HangingJob>().AddPeriodicJob<CountingJob>());
        var hanging = host.Services.GetRequiredService<HangingJob>();
        await hanging.Started.Task.WaitAsync(TimeSpan.FromSeconds(10), TestContext.Current.CancellationToken);

        await host.StopAsync(TestContext.Current.CancellationToken).WaitAsync(TimeSpan.FromSeconds(10), TestContext.Current.CancellationToken);
        host.Dispose();

        Assert.True(hanging.Cancelled, "the run in progress saw the cancellation");
        Assert.Equal(1, hanging.FinalRuns);
        Assert.DoesNotContain(_logs.Lines, l => l.Level >= LogLevel.Warning);
    }

    [Fact]
    public async Task AFinalRunCutShortByTheDisposedServices_ShouldBeAWarning_NotAFailureToRetry()
    {
        var host = await StartAsync(services => services.AddPeriodicJob<DisposedAtStopJob>());
        var job = host.Services.GetRequiredService<DisposedAtStopJob>();
        var metrics = host.Services.GetRequiredService<VestnikMetrics>();
        await WaitUntilAsync(() => job.Runs == 1);

        await host.StopAsync(TestContext.Current.CancellationToken).WaitAsync(TimeSpan.FromSeconds(10), TestContext.Current.CancellationToken);
        host.Dispose();

        Assert.Equal(2, job.Runs);
        Assert.Equal(0, JobFailureCounts.Of(metrics, DisposedAtStopJob.JobName));
        Assert.DoesNotContain(_logs.Lines, l => l.Level >= LogLevel.Error);
        var warning = Assert.Single(_logs.Lines, l => l.Level == LogLevel.Warning);
        Assert.Contains("cut short by the shutdown", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Wake_ShouldRunAJobBeforeItsInterval()
    {
        using var host = await StartAsync(services => services.AddPeriodicJob<CountingJob>());
        var counting = host.Services.GetRequiredService<CountingJob>();
        await WaitUntilAsync(() => counting.Runs == 1);

        counting.Wake();

        await WaitUntilAsync(() => counting.Runs == 2);
        Assert.Equal(new DateTimeOffset(2026, 12, 1, 9, 0, 0, TimeSpan.Zero), _clock.GetUtcNow());
    }

    private async Task<IHost> StartAsync(Action<IServiceCollection> jobs)
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Logging.ClearProviders().AddProvider(_logs).SetMinimumLevel(LogLevel.Debug);
        builder.Services.AddSingleton<TimeProvider>(_clock);
        builder.Services.AddSingleton(new NodeOptions { NodeId = "test-node" });
        builder.Services.AddSingleton<VestnikMetrics>();
        jobs(builder.Services);
        var host = builder.Build();
        await host.StartAsync(TestContext.Current.CancellationToken);
        return host;
    }

    /// <summary>Moves the fake clock in small steps, giving the jobs real time to react between them.</summary>
    private async Task DriveClockAsync(Func<bool> until)
    {
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (!until())
        {
            Assert.True(DateTime.UtcNow < deadline, "the jobs did not get there in 20 s");
            await Task.Delay(5, TestContext.Current.CancellationToken);
            _clock.Advance(TimeSpan.FromMilliseconds(100));
        }
    }

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "timed out");
            await Task.Delay(5, TestContext.Current.CancellationToken);
        }
    }

    private sealed class FailingJob(TimeProvider clock) : PeriodicJob
    {
        public const string JobName = "test-failing";

        public ConcurrentQueue<DateTimeOffset> Runs { get; } = new();

        public override string Name => JobName;

        public override NodeRoles Roles => NodeRoles.None;

        public override TimeSpan Interval => TimeSpan.FromMinutes(10);

        protected internal override Task RunAsync(IServiceProvider services, CancellationToken cancellationToken)
        {
            Runs.Enqueue(clock.GetUtcNow());
            throw new InvalidOperationException("the database is away");
        }
    }

    /// <summary>Fails its first run only.</summary>
    private sealed class RecoveringJob : PeriodicJob
    {
        public const string JobName = "test-recovering";

        private int _runs;

        public int Runs => Volatile.Read(ref _runs);

        public override string Name => JobName;

        public override NodeRoles Roles => NodeRoles.None;

        public override TimeSpan Interval => TimeSpan.FromMinutes(10);

        protected internal override Task RunAsync(IServiceProvider services, CancellationToken cancellationToken) =>
            Interlocked.Increment(ref _runs) == 1 ? throw new InvalidOperationException("first run fails") : Task.CompletedTask;
    }

    private sealed class CountingJob : PeriodicJob
    {
        private int _runs;

        public int Runs => Volatile.Read(ref _runs);

        public override string Name => "test-counting";

        public override NodeRoles Roles => NodeRoles.None;

        public override TimeSpan Interval => TimeSpan.FromSeconds(1);

        protected internal override Task RunAsync(IServiceProvider services, CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref _runs);
            return Task.CompletedTask;
        }
    }

    private sealed class HangingJob : PeriodicJob
    {
        public TaskCompletionSource Started { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public bool Cancelled { get; private set; }

        public int FinalRuns { get; private set; }

        public override string Name => "test-hanging";

        public override NodeRoles Roles => NodeRoles.None;

        public override TimeSpan Interval => TimeSpan.FromSeconds(1);

        public override bool RunsAtStop => true;

        protected internal override async Task RunAsync(IServiceProvider services, CancellationToken cancellationToken)
        {
            if (Started.Task.IsCompleted)
            {
                FinalRuns++;
                return;
            }
            Started.SetResult();
            try
            {
                await Task.Delay(Timeout.InfiniteTimeSpan, cancellationToken);
            }
            catch (OperationCanceledException)
            {
                Cancelled = true;
                throw;
            }
        }
    }

    /// <summary>Runs once at start, then at stop finds its services disposed, as a pooled context is during shutdown.</summary>
    private sealed class DisposedAtStopJob : PeriodicJob
    {
        public const string JobName = "test-disposed-at-stop";

        private int _runs;

        public int Runs => Volatile.Read(ref _runs);

        public override string Name => JobName;

        public override NodeRoles Roles => NodeRoles.None;

        public override TimeSpan Interval => TimeSpan.FromMinutes(10);

        public override bool RunsAtStop => true;

        protected internal override Task RunAsync(IServiceProvider services, CancellationToken cancellationToken)
        {
            return Interlocked.Increment(ref _runs) == 1
                ? Task.CompletedTask
                : throw new ObjectDisposedException("VestnikDbContext");
        }
    }
}
