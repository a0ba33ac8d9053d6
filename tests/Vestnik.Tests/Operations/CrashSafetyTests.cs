using System.Net;
using Microsoft.Data.Sqlite;
using Vestnik.Testing;

namespace Vestnik.Tests.Operations;

/// <summary>
/// SIGKILL, the harshest stop there is: no shutdown code runs. Whatever the process was doing (migrating, seeding,
/// answering writes), the next start must come up on an intact database with nothing duplicated.
/// </summary>
public sealed class CrashSafetyTests : IDisposable
{
    private readonly string _dataPath = Path.Combine(Path.GetTempPath(), "vestnik-crash-" + Guid.NewGuid().ToString("N")[..8]);

    [Fact]
    public async Task KilledDuringStartAndUnderLoad_ShouldRestartOnAnIntactDatabase_WithNothingTwice()
    {
        // Kill the first starts at different moments: during migration, seeding or the first requests.
        foreach (var delay in new[] { 700, 1500, 2500 })
        {
            using var process = System.Diagnostics.Process.Start(AppProcess.StartInfo(
                "--urls", "http://127.0.0.1:0", $"--Vestnik:DataPath={_dataPath}", "--Logging:LogLevel:Default=None",
                $"--Vestnik:Admin:Email={Testing.VestnikApp.AdminEmail}", $"--Vestnik:Admin:Password={Testing.VestnikApp.AdminPassword}"))!;
            await Task.Delay(delay);
            process.Kill();
            await process.WaitForExitAsync();
        }

        var app = await AppProcess.StartAsync(_dataPath, "--RateLimiting:Enabled=false");
        await using (app)
        {
            using var client = app.Client();
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/")).StatusCode);

            // A load of reads and database writes (failed sign-ins are recorded against the account), killed mid-way.
            var signInForm = await StorageFailureTests.SignInFormAsync(client);
            using var stop = new CancellationTokenSource();
            var answered = 0;
            var load = Enumerable.Range(0, 4).Select(worker => Task.Run(async () =>
            {
                var statuses = new List<HttpStatusCode>();
                while (!stop.IsCancellationRequested)
                {
                    try
                    {
                        statuses.Add(worker % 2 == 0
                            ? (await client.GetAsync("/")).StatusCode
                            : (await StorageFailureTests.FailedSignInAsync(client, signInForm)).StatusCode);
                        Interlocked.Increment(ref answered);
                    }
                    catch (HttpRequestException)
                    {
                        break;
                    }
                }
                return statuses;
            })).ToList();
            // Killed while the load flows: on a busy machine the first answers can take longer than the wait itself.
            var flowing = DateTime.UtcNow.AddSeconds(60);
            while (Volatile.Read(ref answered) < 8 && DateTime.UtcNow < flowing)
            {
                await Task.Delay(50);
            }
            await Task.Delay(1500);
            await app.KillAsync();
            await stop.CancelAsync();
            var statuses = (await Task.WhenAll(load)).SelectMany(s => s).ToList();
            Assert.NotEmpty(statuses);
            Assert.DoesNotContain(HttpStatusCode.InternalServerError, statuses);
            Assert.Contains(HttpStatusCode.BadRequest, statuses);
        }

        Assert.Equal("ok", StorageFailureTests.IntegrityCheck(Path.Combine(_dataPath, "vestnik.db")));
        var restarted = await AppProcess.StartAsync(_dataPath, "--RateLimiting:Enabled=false");
        await using (restarted)
        {
            using var client = restarted.Client();
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/")).StatusCode);
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/readyz")).StatusCode);
        }

        await using var db = new SqliteConnection($"Data Source={Path.Combine(_dataPath, "vestnik.db")};Pooling=false");
        await db.OpenAsync();
        Assert.Equal(0L, await ScalarAsync(db, "SELECT COUNT(*) FROM (SELECT Slug FROM Articles GROUP BY Slug, Language HAVING COUNT(*) > 1)"));
        Assert.True(await ScalarAsync(db, "SELECT COUNT(*) FROM Articles") > 0);
        Assert.Equal(1L, await ScalarAsync(db, $"SELECT COUNT(*) FROM AspNetUsers WHERE NormalizedEmail = '{Testing.VestnikApp.AdminEmail.ToUpperInvariant()}'"));
    }

    private static async Task<long> ScalarAsync(SqliteConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (long)(await command.ExecuteScalarAsync())!;
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(_dataPath))
        {
            Directory.Delete(_dataPath, recursive: true);
        }
    }
}
