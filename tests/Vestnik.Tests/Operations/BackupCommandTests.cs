using System.Net;
using System.Text.RegularExpressions;
using Microsoft.Data.Sqlite;
using Vestnik.Testing;

namespace Vestnik.Tests.Operations;

/// <summary>The operator's path from docs/operations.md: back up a live site from the command line, stop it, restore elsewhere, start there.</summary>
public sealed partial class BackupCommandTests : IDisposable
{
    private static readonly TimeSpan CommandTimeout = TimeSpan.FromSeconds(40);
    private readonly string _scratch = Path.Combine(Path.GetTempPath(), "vestnik-backup-cmd-" + Guid.NewGuid().ToString("N")[..8]);

    private string Scratch(string name) => Path.Combine(_scratch, name);

    [Fact]
    public async Task BackupOfALiveSite_ThenRestore_ShouldServeTheSameSite()
    {
        string firstArticle;
        var live = await AppProcess.StartAsync(Scratch("live"), "--RateLimiting:Enabled=false");
        await using (live)
        {
            using var client = live.Client();
            firstArticle = FirstArticleLink().Match(await client.GetStringAsync("/")).Groups[1].Value;
            Assert.NotEmpty(firstArticle);

            using var stop = new CancellationTokenSource();
            var readers = Task.Run(async () =>
            {
                var served = 0;
                while (!stop.IsCancellationRequested)
                {
                    Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(firstArticle)).StatusCode);
                    served++;
                }
                return served;
            });
            var backup = await AppProcess.RunAsync(CommandTimeout, "backup", Scratch("backup"), $"--Vestnik:DataPath={Scratch("live")}");
            await stop.CancelAsync();

            Assert.True(backup.ExitCode == 0, backup.Error);
            Assert.Contains("Backup complete", backup.Output, StringComparison.Ordinal);
            Assert.True(await readers > 0);

            // Graceful stop, as systemd or Docker do it: the process ends by itself and reports success.
            Assert.Equal(0, await live.StopAsync(TimeSpan.FromSeconds(20)));
        }

        var restore = await AppProcess.RunAsync(CommandTimeout, "restore", Scratch("backup"), $"--Vestnik:DataPath={Scratch("restored")}");
        var again = await AppProcess.RunAsync(CommandTimeout, "restore", Scratch("backup"), $"--Vestnik:DataPath={Scratch("restored")}");

        Assert.True(restore.ExitCode == 0, restore.Error);
        Assert.Contains("Restore complete", restore.Output, StringComparison.Ordinal);
        Assert.Equal(1, again.ExitCode);
        Assert.Contains("is not empty", again.Error, StringComparison.Ordinal);

        var restored = await AppProcess.StartAsync(Scratch("restored"), "--RateLimiting:Enabled=false");
        await using (restored)
        {
            using var client = restored.Client();
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(firstArticle)).StatusCode);
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/readyz")).StatusCode);
        }
    }

    [Fact]
    public async Task Commands_ShouldExplainTheirUsage_AndFailClearlyOnAnUnwritableTarget()
    {
        var usage = await AppProcess.RunAsync(CommandTimeout, "backup");
        var unwritable = await AppProcess.RunAsync(CommandTimeout, "backup", "/proc/vestnik-backup", $"--Vestnik:DataPath={Scratch("empty")}");

        Assert.Equal(2, usage.ExitCode);
        Assert.Contains("Usage: Vestnik backup <folder>", usage.Error, StringComparison.Ordinal);
        Assert.Equal(1, unwritable.ExitCode);
        Assert.StartsWith("backup failed:", unwritable.Error.Trim(), StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", unwritable.Error, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(_scratch))
        {
            Directory.Delete(_scratch, recursive: true);
        }
    }

    [GeneratedRegex("href=\"(/articles/[^\"]+)\"")]
    private static partial Regex FirstArticleLink();
}
