using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Vestnik.Data;
using Vestnik.Infrastructure.Jobs;
using Vestnik.Testing;

namespace Vestnik.Tests.Infrastructure.Jobs;

/// <summary>Two nodes, one job: only one holds the lease at a time, on both providers.</summary>
public abstract class JobLeasesTests(AppFixture fixture)
{
    private static readonly TimeSpan Duration = TimeSpan.FromSeconds(30);

    private async Task<T> AsNodeAsync<T>(string node, TimeProvider clock, Func<JobLeases, Task<T>> work)
    {
        await using var scope = fixture.App.Services.CreateAsyncScope();
        var leases = new JobLeases(scope.ServiceProvider.GetRequiredService<VestnikDbContext>(), clock, new NodeOptions { NodeId = node });
        return await work(leases);
    }

    [Fact]
    public async Task TryAcquire_ShouldGrantTheLeaseToOneNodeOnly_UntilItExpires()
    {
        var job = "job-" + Guid.NewGuid().ToString("N");
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);

        var a = await AsNodeAsync("node-a", clock, l => l.TryAcquireAsync(job, Duration, CancellationToken.None));
        var b = await AsNodeAsync("node-b", clock, l => l.TryAcquireAsync(job, Duration, CancellationToken.None));
        var aAgain = await AsNodeAsync("node-a", clock, l => l.TryAcquireAsync(job, Duration, CancellationToken.None));
        clock.Advance(Duration + TimeSpan.FromSeconds(1));
        var bAfterExpiry = await AsNodeAsync("node-b", clock, l => l.TryAcquireAsync(job, Duration, CancellationToken.None));
        var aAfterTakeover = await AsNodeAsync("node-a", clock, l => l.TryAcquireAsync(job, Duration, CancellationToken.None));

        Assert.True(a);
        Assert.False(b);
        Assert.True(aAgain, "the holder renews its own lease");
        Assert.True(bAfterExpiry, "an expired lease passes to another node");
        Assert.False(aAfterTakeover);
    }

    [Fact]
    public async Task TryAcquire_ShouldGrantExactlyOneLease_WhenManyNodesRaceForANewJob()
    {
        var job = "race-" + Guid.NewGuid().ToString("N");
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);

        var results = await Task.WhenAll(Enumerable.Range(0, 8)
            .Select(i => AsNodeAsync($"node-{i}", clock, l => l.TryAcquireAsync(job, Duration, CancellationToken.None))));

        Assert.Equal(1, results.Count(taken => taken));
    }

    [Fact]
    public async Task Release_ShouldLetAnotherNodeTakeTheJobAtOnce()
    {
        var job = "release-" + Guid.NewGuid().ToString("N");
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);

        await AsNodeAsync("node-a", clock, l => l.TryAcquireAsync(job, Duration, CancellationToken.None));
        await AsNodeAsync("node-a", clock, async l => { await l.ReleaseAsync(job, CancellationToken.None); return true; });
        var b = await AsNodeAsync("node-b", clock, l => l.TryAcquireAsync(job, Duration, CancellationToken.None));

        Assert.True(b);
    }
}

public sealed class SqliteJobLeasesTests(SqliteAppFixture fixture) : JobLeasesTests(fixture), IClassFixture<SqliteAppFixture>;

public sealed class PostgresJobLeasesTests(PostgresAppFixture fixture) : JobLeasesTests(fixture), IClassFixture<PostgresAppFixture>;
