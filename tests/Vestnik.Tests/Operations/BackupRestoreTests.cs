using System.Security.Cryptography;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Vestnik.Data;
using Vestnik.Features.Articles.Model;
using Vestnik.Infrastructure;
using Vestnik.Infrastructure.Operations.Backups;
using Vestnik.Testing;

namespace Vestnik.Tests.Operations;

public sealed class BackupRestoreTests : IDisposable
{
    private readonly string _scratch = Path.Combine(Path.GetTempPath(), "vestnik-backup-test-" + Guid.NewGuid().ToString("N")[..8]);

    public BackupRestoreTests() => Directory.CreateDirectory(_scratch);

    private string Scratch(string name) => Path.Combine(_scratch, name);

    [Fact]
    public async Task RoundTrip_ShouldRestoreTheDatabaseAndEveryMediaFile_WhileWritesContinue()
    {
        await using var app = await VestnikApp.CreateAsync(DatabaseProvider.Sqlite);
        app.StartServer();
        var media = app.Service<DataFolders>().Media;
        var photo = Path.Combine(media, "2026", "11", "photo.jpg");
        Directory.CreateDirectory(Path.GetDirectoryName(photo)!);
        await File.WriteAllBytesAsync(photo, RandomNumberGenerator.GetBytes(3 * 1024 * 1024));
        Directory.CreateDirectory(Path.Combine(app.DataPath, "index"));
        await File.WriteAllTextAsync(Path.Combine(app.DataPath, "index", "segments_1"), "derived");
        await app.WithDbAsync(db => TestArticles.CreateAsync(db, "Статья до резервной копии"));
        var articles = await app.WithDbAsync(db => db.Articles.CountAsync());
        var tagsBefore = await app.WithDbAsync(db => db.Tags.CountAsync());

        using var stop = new CancellationTokenSource();
        var writes = Task.Run(async () =>
        {
            var written = 0;
            while (!stop.IsCancellationRequested)
            {
                await app.WithDbAsync(async db =>
                {
                    db.Tags.Add(new Tag { Name = $"backup-load-{written}", Slug = $"backup-load-{written}-{Guid.NewGuid():N}" });
                    await db.SaveChangesAsync();
                });
                written++;
            }
            return written;
        });
        await Task.Delay(200);
        var manifest = await new BackupWriter(BackupSource.From(app.Service<IConfiguration>()), TimeProvider.System)
            .WriteAsync(Scratch("backup"), progress: null, CancellationToken.None);
        await stop.CancelAsync();
        var written = await writes;

        Assert.True(written > 0);
        Assert.DoesNotContain(manifest.Files, f => f.Path.Contains("/index/", StringComparison.Ordinal));
        Assert.DoesNotContain(manifest.Files, f => f.Path.EndsWith("-wal", StringComparison.Ordinal));

        var restoredRoot = Scratch("restored");
        await new BackupRestorer(new BackupSource(restoredRoot, DatabaseProvider.Sqlite, Path.Combine(restoredRoot, "vestnik.db")))
            .RestoreAsync(Scratch("backup"), progress: null, CancellationToken.None);

        await using var restored = new SqliteConnection($"Data Source={Path.Combine(restoredRoot, "vestnik.db")};Pooling=false");
        await restored.OpenAsync();
        Assert.Equal("ok", await ScalarAsync<string>(restored, "PRAGMA integrity_check"));
        Assert.Equal(articles, await ScalarAsync<long>(restored, "SELECT COUNT(*) FROM Articles"));
        var tags = await ScalarAsync<long>(restored, "SELECT COUNT(*) FROM Tags");
        Assert.InRange(tags, tagsBefore, tagsBefore + written);
        // A consistent snapshot: the load's rows form a gap-free prefix, never a torn half-transaction.
        Assert.Equal(tags - tagsBefore, await ScalarAsync<long>(restored, "SELECT COUNT(DISTINCT Name) FROM Tags WHERE Name LIKE 'backup-load-%'"));
        Assert.Equal(Sha256(photo), Sha256(Path.Combine(restoredRoot, "media", "2026", "11", "photo.jpg")));
        Assert.False(Directory.Exists(Path.Combine(restoredRoot, "index")));
    }

    [Fact]
    public async Task Restore_ShouldRefuseAChangedFile_AndWriteNothing()
    {
        var backup = await BackUpASmallDataFolderAsync();
        await File.AppendAllTextAsync(Path.Combine(backup, "files", "media", "a.txt"), "tampered");

        var error = await Assert.ThrowsAsync<BackupException>(() => RestoreAsync(backup, Scratch("target")));

        Assert.Contains("files/media/a.txt does not match its checksum", error.Message, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Scratch("target")) && Directory.EnumerateFileSystemEntries(Scratch("target")).Any());
    }

    [Fact]
    public async Task Restore_ShouldRefuseAMissingFile()
    {
        var backup = await BackUpASmallDataFolderAsync();
        File.Delete(Path.Combine(backup, BackupManifest.DatabaseEntry));

        var error = await Assert.ThrowsAsync<BackupException>(() => RestoreAsync(backup, Scratch("target")));

        Assert.Contains("database/vestnik.db is missing", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Restore_ShouldRefuseANonEmptyDataFolder()
    {
        var backup = await BackUpASmallDataFolderAsync();
        Directory.CreateDirectory(Scratch("target"));
        await File.WriteAllTextAsync(Path.Combine(Scratch("target"), "precious.txt"), "keep me");

        var error = await Assert.ThrowsAsync<BackupException>(() => RestoreAsync(backup, Scratch("target")));

        Assert.Contains("is not empty", error.Message, StringComparison.Ordinal);
        Assert.Equal("keep me", await File.ReadAllTextAsync(Path.Combine(Scratch("target"), "precious.txt")));
    }

    [Fact]
    public async Task Restore_ShouldRefuseAFolderWithoutManifest()
    {
        var backup = await BackUpASmallDataFolderAsync();
        File.Delete(Path.Combine(backup, BackupManifest.FileName));

        var error = await Assert.ThrowsAsync<BackupException>(() => RestoreAsync(backup, Scratch("target")));

        Assert.Contains("manifest.json is missing", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Backup_ShouldFailClearly_ToAnUnwritablePath_AndToANonEmptyFolder()
    {
        var source = await SmallDataFolderAsync();
        var writer = new BackupWriter(source, TimeProvider.System);

        var unwritable = await Assert.ThrowsAsync<BackupException>(() => writer.WriteAsync("/proc/vestnik-backup", null, CancellationToken.None));
        Directory.CreateDirectory(Scratch("full"));
        await File.WriteAllTextAsync(Path.Combine(Scratch("full"), "other"), "x");
        var notEmpty = await Assert.ThrowsAsync<BackupException>(() => writer.WriteAsync(Scratch("full"), null, CancellationToken.None));

        Assert.Contains("cannot write the backup to /proc/vestnik-backup", unwritable.Message, StringComparison.Ordinal);
        Assert.Contains("is not empty", notEmpty.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Backup_CutShort_ShouldLeaveNothingThatLooksLikeABackup()
    {
        var source = await SmallDataFolderAsync();
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            new BackupWriter(source, TimeProvider.System).WriteAsync(Scratch("cut"), null, cancelled.Token));

        Assert.False(Directory.Exists(Scratch("cut")));
    }

    [Fact]
    public async Task ScheduledBackups_ShouldKeepOnlyTheNewest()
    {
        var source = await SmallDataFolderAsync();
        var clock = new SteppingClock(new DateTimeOffset(2026, 11, 28, 3, 0, 0, TimeSpan.Zero));
        var settings = new BackupOptions { Path = Scratch("scheduled"), IntervalHours = 24, Keep = 2 };
        var metrics = new Vestnik.Infrastructure.Operations.Metrics.VestnikMetrics(new TestMeterFactory());
        var schedule = new ScheduledBackups(Microsoft.Extensions.Options.Options.Create(settings), source, clock, metrics,
            Microsoft.Extensions.Logging.Abstractions.NullLogger<ScheduledBackups>.Instance);

        for (var day = 0; day < 3; day++)
        {
            await schedule.BackUpAsync(settings, CancellationToken.None);
            clock.Advance(TimeSpan.FromDays(1));
        }

        Assert.Equal(["vestnik-20261129-030000", "vestnik-20261130-030000"],
            Directory.GetDirectories(Scratch("scheduled")).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.Equal(Path.Combine(Scratch("scheduled"), "vestnik-20261130-030000"), BackupStatus.Read(source.DataRoot)!.Folder);
    }

    [Fact]
    public async Task OnPostgres_ShouldBackUpTheFilesOnly_AndRefuseToRestoreThemAsASqliteSite()
    {
        var sqlite = await SmallDataFolderAsync();
        var postgres = sqlite with { Provider = DatabaseProvider.Postgres, SqliteFile = null };
        var messages = new List<string>();

        var manifest = await new BackupWriter(postgres, TimeProvider.System).WriteAsync(Scratch("pg-files"), messages.Add, CancellationToken.None);
        var asSqlite = await Assert.ThrowsAsync<BackupException>(() => RestoreAsync(Scratch("pg-files"), Scratch("target")));
        await new BackupRestorer(new BackupSource(Scratch("pg-target"), DatabaseProvider.Postgres, null))
            .RestoreAsync(Scratch("pg-files"), null, CancellationToken.None);

        Assert.False(manifest.HasDatabase);
        Assert.Contains(manifest.Files, f => f.Path == "files/media/a.txt");
        Assert.Contains(messages, m => m.Contains("pg_dump", StringComparison.Ordinal));
        Assert.Contains("pg_restore", asSqlite.Message, StringComparison.Ordinal);
        Assert.Equal("media file", await File.ReadAllTextAsync(Path.Combine(Scratch("pg-target"), "media", "a.txt")));
    }

    private async Task<BackupSource> SmallDataFolderAsync()
    {
        var root = Scratch("data");
        if (!Directory.Exists(root))
        {
            Directory.CreateDirectory(Path.Combine(root, "media"));
            await File.WriteAllTextAsync(Path.Combine(root, "media", "a.txt"), "media file");
            await using var db = new SqliteConnection($"Data Source={Path.Combine(root, "vestnik.db")};Pooling=false");
            await db.OpenAsync();
            await using var command = db.CreateCommand();
            command.CommandText = "CREATE TABLE t(x); INSERT INTO t VALUES (1), (2);";
            await command.ExecuteNonQueryAsync();
        }
        return new BackupSource(root, DatabaseProvider.Sqlite, Path.Combine(root, "vestnik.db"));
    }

    private async Task<string> BackUpASmallDataFolderAsync()
    {
        var backup = Scratch("backup");
        await new BackupWriter(await SmallDataFolderAsync(), TimeProvider.System).WriteAsync(backup, null, CancellationToken.None);
        return backup;
    }

    private static Task<BackupManifest> RestoreAsync(string backup, string root) =>
        new BackupRestorer(new BackupSource(root, DatabaseProvider.Sqlite, Path.Combine(root, "vestnik.db"))).RestoreAsync(backup, null, CancellationToken.None);

    private static async Task<T> ScalarAsync<T>(SqliteConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (T)(await command.ExecuteScalarAsync())!;
    }

    private static string Sha256(string path) => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(path)));

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_scratch, recursive: true);
    }

    private sealed class SteppingClock(DateTimeOffset start) : TimeProvider
    {
        private DateTimeOffset _now = start;

        public override DateTimeOffset GetUtcNow() => _now;

        public void Advance(TimeSpan by) => _now += by;
    }

    private sealed class TestMeterFactory : System.Diagnostics.Metrics.IMeterFactory
    {
        private readonly List<System.Diagnostics.Metrics.Meter> _meters = [];

        public System.Diagnostics.Metrics.Meter Create(System.Diagnostics.Metrics.MeterOptions options)
        {
            var meter = new System.Diagnostics.Metrics.Meter(options);
            _meters.Add(meter);
            return meter;
        }

        public void Dispose() => _meters.ForEach(m => m.Dispose());
    }
}
