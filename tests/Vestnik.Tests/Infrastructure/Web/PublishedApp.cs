using System.Diagnostics;
using System.Reflection;
using Vestnik.Testing;

namespace Vestnik.Tests.Infrastructure.Web;

/// <summary>
/// The app as an operator runs it: <c>dotnet publish</c> to a folder (reusing the tests' build), then
/// <c>dotnet {folder}/Vestnik.dll</c> in Production from a fresh, empty working directory with a relative data path.
/// </summary>
public sealed class PublishedApp : IAsyncLifetime
{
    private static readonly TimeSpan PublishTimeout = TimeSpan.FromMinutes(5);

    private readonly string _root = Path.Combine(Path.GetTempPath(), "vestnik-published-" + Guid.NewGuid().ToString("N")[..8]);
    private AppProcess? _app;

    public string PublishFolder => Path.Combine(_root, "app");
    public string AppDll => Path.Combine(PublishFolder, "Vestnik.dll");
    public string WorkingDirectory => Path.Combine(_root, "work");
    public AppProcess App => _app ?? throw new InvalidOperationException("the published app did not start");

    public async ValueTask InitializeAsync()
    {
        Directory.CreateDirectory(WorkingDirectory);
        await PublishAsync();
        _app = await AppProcess.StartAsync(AppDll, WorkingDirectory, "data",
        [
            // Information everywhere the app's own appsettings.json does not say otherwise: if it is not read,
            // every request and every SQL statement shows up in the output.
            "--Logging:LogLevel:Default=Information",
            "--Vestnik:PublicBaseUrl=http://127.0.0.1",
            "--RateLimiting:Enabled=false",
        ]);
    }

    private async Task PublishAsync()
    {
        var configuration = typeof(Program).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Debug";
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = Repository.Root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in new[] { "publish", Path.Combine("src", "Vestnik", "Vestnik.csproj"), "-c", configuration, "--no-build", "-nologo", "-o", PublishFolder })
        {
            start.ArgumentList.Add(arg);
        }
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(PublishTimeout);
        await process.WaitForExitAsync(timeout.Token);
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"dotnet publish failed ({process.ExitCode}):\n{await output}\n{await error}");
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_root, recursive: true);
        }
        catch (IOException)
        {
            // Left for the OS to clean with the rest of the temp folder.
        }
    }
}
