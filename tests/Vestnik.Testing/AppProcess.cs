using System.Diagnostics;
using System.Text.RegularExpressions;

namespace Vestnik.Testing;

/// <summary>
/// The app as a separate OS process (<c>dotnet Vestnik.dll</c>) on a free loopback port: for tests that run several
/// nodes or kill one. Settings are passed as environment variables, the way an operator would.
/// </summary>
public sealed partial class AppProcess : IAsyncDisposable
{
    private readonly Process _process;

    private AppProcess(Process process, Uri baseAddress)
    {
        _process = process;
        BaseAddress = baseAddress;
    }

    public Uri BaseAddress { get; }

    public int ProcessId => _process.Id;

    public static async Task<AppProcess> StartAsync(IReadOnlyDictionary<string, string?> settings, TimeSpan? startTimeout = null)
    {
        var start = new ProcessStartInfo("dotnet", $"\"{AppAssembly()}\" --urls http://127.0.0.1:0")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = Path.GetDirectoryName(AppAssembly())!,
        };
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        start.Environment["Logging__LogLevel__Microsoft.Hosting.Lifetime"] = "Information";
        foreach (var (key, value) in settings)
        {
            start.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        }
        var process = Process.Start(start) ?? throw new InvalidOperationException("could not start the app");
        var address = new TaskCompletionSource<Uri>(TaskCreationOptions.RunContinuationsAsynchronously);
        var output = new System.Text.StringBuilder();
        process.OutputDataReceived += (_, e) =>
        {
            if (e.Data is null)
            {
                return;
            }
            lock (output)
            {
                output.AppendLine(e.Data);
            }
            if (ListeningOn().Match(e.Data) is { Success: true } match)
            {
                address.TrySetResult(new Uri(match.Groups[1].Value));
            }
        };
        process.ErrorDataReceived += (_, e) =>
        {
            lock (output)
            {
                output.AppendLine(e.Data);
            }
        };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var finished = await Task.WhenAny(address.Task, process.WaitForExitAsync(), Task.Delay(startTimeout ?? TimeSpan.FromSeconds(60)));
        if (finished != address.Task)
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }
            lock (output)
            {
                throw new InvalidOperationException($"the app did not start:\n{output}");
            }
        }
        return new AppProcess(process, await address.Task);
    }

    /// <summary>Ends the process at once, like a power cut: no graceful shutdown.</summary>
    public void Kill() => _process.Kill(entireProcessTree: true);

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
        _process.Dispose();
    }

    /// <summary>The built <c>Vestnik.dll</c> of the same configuration as the running tests.</summary>
    private static string AppAssembly()
    {
        var testBin = new DirectoryInfo(AppContext.BaseDirectory);
        var configuration = testBin.Parent!.Name; // .../bin/{Configuration}/net10.0/
        var dir = testBin;
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Vestnik.slnx")))
        {
            dir = dir.Parent;
        }
        var dll = Path.Combine(dir?.FullName ?? "", "src", "Vestnik", "bin", configuration, "net10.0", "Vestnik.dll");
        return File.Exists(dll) ? dll : throw new FileNotFoundException("build the app first", dll);
    }

    [GeneratedRegex(@"Now listening on: (http://[^\s]+)")]
    private static partial Regex ListeningOn();
}
