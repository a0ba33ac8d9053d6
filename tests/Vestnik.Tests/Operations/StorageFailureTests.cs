using System.Net;
using AngleSharp.Dom;
using Microsoft.Data.Sqlite;
using Vestnik.Testing;

namespace Vestnik.Tests.Operations;

/// <summary>The data folder turning read-only or full under a running site: 503 and a log line, never a 500 or a damaged database.</summary>
public sealed class StorageFailureTests
{
    [Fact]
    public async Task ReadOnlyDataFolder_ShouldStopTheStartWithOneLine()
    {
        await using var mount = await ScratchMount.CreateAsync(megabytes: 8);
        await mount.ReadOnlyAsync();

        var (exitCode, output, error) = await AppProcess.RunAsync(TimeSpan.FromSeconds(40),
            "--urls", "http://127.0.0.1:0", $"--Vestnik:DataPath={mount.Path}");

        Assert.Equal(2, exitCode);
        Assert.StartsWith($"Vestnik cannot start: the data folder {mount.Path} (Vestnik:DataPath) is not writable: Read-only file system", error.Trim(), StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", output + error, StringComparison.Ordinal);
        await mount.ReadWriteAsync();
    }

    [Fact]
    public async Task FullDisk_ShouldNeverAnswer500_ReportNotReady_AndKeepTheDatabaseIntact()
    {
        await using var mount = await ScratchMount.CreateAsync(megabytes: 32);
        var app = await AppProcess.StartAsync(mount.Path, "--Vestnik:DemoContent=false", "--RateLimiting:Enabled=false", "--Health:MinFreeDiskMegabytes=1");
        string filler;
        await using (app)
        {
            using var client = app.Client();
            filler = await mount.FillAsync();

            var statuses = new List<HttpStatusCode>();
            for (var i = 0; i < 4; i++)
            {
                statuses.Add((await FailedSignInAsync(client)).StatusCode);
            }
            var ready = await client.GetAsync("/readyz");

            Assert.All(statuses, s => Assert.Contains(s, new[] { HttpStatusCode.BadRequest, HttpStatusCode.ServiceUnavailable }));
            TestContext.Current.TestOutputHelper?.WriteLine("statuses on a full disk: " + string.Join(", ", statuses));
            if (statuses.Contains(HttpStatusCode.ServiceUnavailable))
            {
                Assert.Contains("is full", app.Output, StringComparison.Ordinal);
            }
            Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);

            File.Delete(filler);
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/readyz")).StatusCode);
            await app.KillAsync();
        }
        Assert.Equal("ok", IntegrityCheck(Path.Combine(mount.Path, "vestnik.db")));
    }

    /// <summary>
    /// A wrong password for an existing account: Identity writes the failed attempt, so this is a database write.
    /// Sent through <paramref name="signInForm"/> when given (a load that should not also read the page each time).
    /// </summary>
    public static Task<HttpResponseMessage> FailedSignInAsync(HttpClient client, IElement? signInForm = null)
    {
        var values = new FormValues { ["Email"] = Testing.VestnikApp.AdminEmail, ["Password"] = "wrong-password-" + Guid.NewGuid().ToString("N")[..6] };
        return signInForm is null ? client.SubmitFormAsync("/account/login", "form.form", values) : client.SubmitFormAsync(signInForm, values);
    }

    /// <summary>The sign-in form as the page renders it; the client's cookie container keeps the matching antiforgery cookie.</summary>
    public static async Task<IElement> SignInFormAsync(HttpClient client) =>
        (await client.GetPageAsync("/account/login")).Document.QuerySelector("form.form")!;

    public static string IntegrityCheck(string databaseFile)
    {
        using var connection = new SqliteConnection($"Data Source={databaseFile};Pooling=false");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA integrity_check";
        return (string)command.ExecuteScalar()!;
    }
}
