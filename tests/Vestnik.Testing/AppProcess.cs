using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;

namespace Vestnik.Testing;

/// <summary>
/// The built app as a separate process (<c>dotnet Vestnik.dll</c>), for what an in-process host cannot show:
/// exit codes, stderr, and a hard kill. The port is chosen by Kestrel and read from the start-up log.
/// </summary>
public sealed partial class AppProcess : IAsyncDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(90);

    private readonly Process _process;
    private readonly StringBuilder _output = new();
    private readonly TaskCompletionSource<Uri> _listening = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private AppProcess(Process process)
    {
        _process = process;
    }

    public Uri BaseAddress { get; private set; } = null!;

    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    public bool HasExited => _process.HasExited;

    /// <summary>The Vestnik.dll built next to the tests (the test project references the app).</summary>
    public static string AppDll => typeof(Program).Assembly.Location;

    public static ProcessStartInfo StartInfo(params string[] args) => StartInfo(AppDll, Path.GetDirectoryName(AppDll)!, args);

    private static ProcessStartInfo StartInfo(string appDll, string workingDirectory, string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(appDll);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }
        start.Environment["DOTNET_ENVIRONMENT"] = "Production";
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        // Production needs a trusted public address; tests reach the app on the loopback address only.
        start.Environment["AllowedHosts"] = "127.0.0.1;localhost";
        return start;
    }

    /// <summary>Runs a command of the app to its end and returns its exit code, stdout and stderr.</summary>
    public static async Task<(int ExitCode, string Output, string Error)> RunAsync(TimeSpan timeout, params string[] args)
    {
        using var process = Process.Start(StartInfo(args))!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var cancel = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(cancel.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"dotnet Vestnik.dll {string.Join(' ', args)} did not finish within {timeout}");
        }
        return (process.ExitCode, await output, await error);
    }

    /// <summary>Starts the site on a free loopback port with the given data folder and extra settings.</summary>
    public static Task<AppProcess> StartAsync(string dataPath, params string[] settings) =>
        StartAsync(AppDll, Path.GetDirectoryName(AppDll)!, dataPath, settings);

    /// <summary>Starts the given build of the app (e.g. a published folder's Vestnik.dll) from the given working directory.</summary>
    public static async Task<AppProcess> StartAsync(string appDll, string workingDirectory, string dataPath, string[] settings)
    {
        string[] args =
        [
            "--urls", "http://127.0.0.1:0", $"--Vestnik:DataPath={dataPath}",
            $"--Vestnik:Admin:Email={VestnikApp.AdminEmail}", $"--Vestnik:Admin:Password={VestnikApp.AdminPassword}",
            "--Logging:LogLevel:Default=Warning", "--Logging:LogLevel:Microsoft.Hosting.Lifetime=Information",
            .. settings,
        ];
        var app = new AppProcess(Process.Start(StartInfo(appDll, workingDirectory, args))!);
        app._process.OutputDataReceived += (_, e) => app.Collect(e.Data);
        app._process.ErrorDataReceived += (_, e) => app.Collect(e.Data);
        app._process.BeginOutputReadLine();
        app._process.BeginErrorReadLine();
        var exited = app._process.WaitForExitAsync();
        var first = await Task.WhenAny(app._listening.Task, exited, Task.Delay(StartTimeout));
        if (first != app._listening.Task)
        {
            await app.DisposeAsync();
            throw new InvalidOperationException($"the app did not start listening:\n{app.Output}");
        }
        app.BaseAddress = await app._listening.Task;
        return app;
    }

    public HttpClient Client(TimeSpan? timeout = null) =>
        new(new SocketsHttpHandler { AllowAutoRedirect = false }) { BaseAddress = BaseAddress, Timeout = timeout ?? TimeSpan.FromSeconds(20) };

    /// <summary>SIGKILL: no shutdown code runs, exactly like a power cut of the process.</summary>
    public async Task KillAsync()
    {
        _process.Kill();
        await _process.WaitForExitAsync();
    }

    /// <summary>SIGTERM, as systemd or Docker stop a service; returns the exit code.</summary>
    public async Task<int> StopAsync(TimeSpan timeout)
    {
        using (var kill = Process.Start("kill", ["-TERM", _process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
        {
            await kill.WaitForExitAsync();
        }
        using var cancel = new CancellationTokenSource(timeout);
        await _process.WaitForExitAsync(cancel.Token);
        return _process.ExitCode;
    }

    private void Collect(string? line)
    {
        if (line is null)
        {
            return;
        }
        lock (_output)
        {
            _output.AppendLine(line);
        }
        if (ListeningLine().Match(line) is { Success: true } match)
        {
            _listening.TrySetResult(new Uri(match.Groups[1].Value + "/"));
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
        _process.Dispose();
    }

    [GeneratedRegex(@"Now listening on: (http://\S+)")]
    private static partial Regex ListeningLine();
}
