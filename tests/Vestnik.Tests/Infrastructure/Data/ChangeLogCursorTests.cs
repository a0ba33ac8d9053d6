using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;
using Vestnik.Data;
using Vestnik.Data.ChangeLog;

namespace Vestnik.Tests.Infrastructure.Data;

/// <summary>
/// What a change-log reader sees when entries become visible out of id order: a late entry once, an abandoned gap
/// forgotten, and the same from a cursor resumed from saved gaps (as the outbox resumes from its cursor row).
/// Entries are written with chosen ids, in the order a test wants them to "commit".
/// </summary>
public sealed class ChangeLogCursorTests : IAsyncLifetime
{
    private readonly string _file = Path.Combine(Path.GetTempPath(), $"vestnik-changelog-{Guid.NewGuid():N}.db");
    private readonly FakeTimeProvider _clock = new(DateTimeOffset.UtcNow);

    public async ValueTask InitializeAsync()
    {
        await using var db = NewContext();
        await db.Database.EnsureCreatedAsync();
    }

    [Fact]
    public async Task LateEntry_ShouldBeReadOnce_AfterTheHigherIdThatCommittedFirst()
    {
        var cursor = new ChangeLogCursor(0, _clock);
        await CommitAsync(1, 2, 4);

        Assert.Equal([1, 2, 4], await IdsAsync(cursor));
        Assert.Equal([3], cursor.Gaps.Keys);

        await CommitAsync(3);
        Assert.Equal([3], await IdsAsync(cursor));
        Assert.Empty(cursor.Gaps);
        Assert.Empty(await IdsAsync(cursor));
        Assert.Equal(4, cursor.Position);
    }

    [Fact]
    public async Task Gap_ShouldBeForgotten_OnceGapPatienceHasPassed()
    {
        var cursor = new ChangeLogCursor(0, _clock);
        await CommitAsync(1, 3);
        Assert.Equal([1, 3], await IdsAsync(cursor));

        _clock.Advance(ChangeLogCursor.GapPatience + TimeSpan.FromSeconds(1));
        Assert.Empty(await IdsAsync(cursor));
        Assert.Empty(cursor.Gaps);

        // An entry that shows up after its gap was given up on is not read: the reader has moved on for good.
        await CommitAsync(2);
        Assert.Empty(await IdsAsync(cursor));
    }

    [Fact]
    public async Task CursorResumedFromSavedGaps_ShouldReadTheLateEntryOnce_AndKeepTheGapsFirstSeenTime()
    {
        var before = new ChangeLogCursor(0, _clock);
        await CommitAsync(1, 3, 5);
        await IdsAsync(before);
        var firstSeen = before.Gaps[2];

        _clock.Advance(TimeSpan.FromSeconds(5));
        var resumed = new ChangeLogCursor(before.Position, before.Gaps, _clock);
        await CommitAsync(4);
        Assert.Equal([4], await IdsAsync(resumed));
        Assert.Equal(firstSeen, resumed.Gaps[2]);

        _clock.Advance(ChangeLogCursor.GapPatience - TimeSpan.FromSeconds(4));
        Assert.Empty(await IdsAsync(resumed));
        Assert.Empty(resumed.Gaps);
    }

    [Fact]
    public async Task Gaps_ShouldBeBounded_KeepingTheNewest()
    {
        var cursor = new ChangeLogCursor(0, _clock);
        const long far = ChangeLogCursor.MaxGaps * 3;
        await CommitAsync(1, far);

        Assert.Equal([1, far], await IdsAsync(cursor));
        Assert.Equal(ChangeLogCursor.MaxGaps, cursor.Gaps.Count);
        Assert.Equal(far - ChangeLogCursor.MaxGaps, cursor.Gaps.Keys.Min());
        Assert.Equal(far - 1, cursor.Gaps.Keys.Max());
    }

    private async Task CommitAsync(params long[] ids)
    {
        await using var db = NewContext();
        foreach (var id in ids)
        {
            var entry = new ChangeLogEntry { Topic = ChangeTopics.Article, EntityId = (int)id, Kind = ChangeKind.Updated, At = _clock.GetUtcNow() };
            db.ChangeLog.Add(entry);
            db.Entry(entry).Property(e => e.Id).CurrentValue = id;
        }
        await db.SaveChangesAsync();
    }

    private async Task<List<long>> IdsAsync(ChangeLogCursor cursor)
    {
        await using var db = NewContext();
        return (await cursor.NextAsync(db, CancellationToken.None)).Select(e => e.Id).ToList();
    }

    private SqliteVestnikDbContext NewContext() => new(
        new DbContextOptionsBuilder<SqliteVestnikDbContext>().UseSqlite($"Data Source={_file};Pooling=false").Options,
        TimeProvider.System);

    public ValueTask DisposeAsync()
    {
        File.Delete(_file);
        return ValueTask.CompletedTask;
    }
}
