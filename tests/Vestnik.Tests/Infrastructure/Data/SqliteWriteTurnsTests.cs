using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Vestnik.Data;
using Vestnik.Features.Articles.Model;

namespace Vestnik.Tests.Infrastructure.Data;

/// <summary>
/// The turn a transaction takes must always be given back, whatever way the transaction ends; a turn lost once
/// would stop every later write of the process.
/// </summary>
public sealed class SqliteWriteTurnsTests : IAsyncLifetime
{
    private static readonly TimeSpan ShortWait = TimeSpan.FromSeconds(2);

    private readonly string _file = Path.Combine(Path.GetTempPath(), $"vestnik-turns-{Guid.NewGuid():N}.db");
    private readonly SqliteWriteTurns _turns = new(ShortWait);

    public async ValueTask InitializeAsync()
    {
        await using var db = NewContext();
        await db.Database.EnsureCreatedAsync();
    }

    [Fact]
    public async Task ConcurrentWriters_ShouldAllCommit_OneTransactionAtATime()
    {
        var inside = 0;
        var mostInside = 0;
        await Task.WhenAll(Enumerable.Range(0, 30).Select(i => Task.Run(async () =>
        {
            await using var db = NewContext();
            await using var transaction = await db.Database.BeginTransactionAsync();
            var now = Interlocked.Increment(ref inside);
            InterlockedMax(ref mostInside, now);
            db.Add(new Tag { Name = $"Тег {i}", Slug = $"teg-{i}" });
            await db.SaveChangesAsync();
            await Task.Delay(5); // a transaction that awaits something keeps its turn meanwhile
            Interlocked.Decrement(ref inside);
            await transaction.CommitAsync();
        })));

        await using var check = NewContext();
        Assert.Equal(30, await check.Tags.CountAsync());
        Assert.Equal(1, mostInside);
    }

    [Fact]
    public async Task FailedSaveChanges_ShouldGiveTheTurnBack()
    {
        await using (var db = NewContext())
        {
            db.Add(new Tag { Name = "Политика", Slug = "politika" });
            await db.SaveChangesAsync();
            // The same slug again breaks the unique index; EF disposes its transaction without a rollback event.
            db.Add(new Tag { Name = "Политика", Slug = "politika" });
            await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());

            await using var other = NewContext();
            other.Add(new Tag { Name = "Экономика", Slug = "ekonomika" });
            await other.SaveChangesAsync(); // would wait ShortWait and throw if the failed save kept the turn
        }
    }

    [Fact]
    public async Task TransactionDisposedWithoutCommit_ShouldGiveTheTurnBack()
    {
        await using (var db = NewContext())
        {
            await using (await db.Database.BeginTransactionAsync())
            {
                db.Add(new Tag { Name = "Брошено", Slug = "brosheno" });
                await db.SaveChangesAsync();
            }
            await using var other = NewContext();
            other.Add(new Tag { Name = "Сохранено", Slug = "sokhraneno" });
            await other.SaveChangesAsync();
        }

        await using var check = NewContext();
        Assert.Equal(["sokhraneno"], await check.Tags.Select(t => t.Slug).ToListAsync());
    }

    [Fact]
    public async Task WriterWaitingLongerThanTheLimit_ShouldFailAsBusy_AndLaterWritersStillGetTheirTurn()
    {
        await using (var holder = NewContext())
        {
            await using var held = await holder.Database.BeginTransactionAsync();
            await using var waiting = NewContext();
            waiting.Add(new Tag { Name = "Ждёт", Slug = "zhdyot" });

            var error = await Assert.ThrowsAnyAsync<Exception>(() => waiting.SaveChangesAsync());

            Assert.Equal(5, Assert.IsType<SqliteException>(error.GetBaseException()).SqliteErrorCode); // SQLITE_BUSY
            await held.CommitAsync();
        }
        await using var later = NewContext();
        later.Add(new Tag { Name = "Позже", Slug = "pozzhe" });
        await later.SaveChangesAsync();
    }

    private SqliteVestnikDbContext NewContext() => new(
        new DbContextOptionsBuilder<SqliteVestnikDbContext>()
            .UseSqlite($"Data Source={_file}")
            .AddInterceptors(new SqliteConnectionSettings(), _turns)
            .Options,
        TimeProvider.System);

    private static void InterlockedMax(ref int target, int value)
    {
        for (var seen = Volatile.Read(ref target); value > seen; seen = Volatile.Read(ref target))
        {
            if (Interlocked.CompareExchange(ref target, value, seen) == seen)
            {
                return;
            }
        }
    }

    public ValueTask DisposeAsync()
    {
        _turns.Dispose();
        SqliteConnection.ClearAllPools();
        foreach (var file in Directory.GetFiles(Path.GetDirectoryName(_file)!, Path.GetFileName(_file) + "*"))
        {
            File.Delete(file);
        }
        return ValueTask.CompletedTask;
    }
}
