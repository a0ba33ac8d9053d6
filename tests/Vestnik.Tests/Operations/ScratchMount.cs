using System.Diagnostics;
using Vestnik.Testing;

namespace Vestnik.Tests.Operations;

/// <summary>
/// A small tmpfs mounted for one test: a data folder that can fill up or turn read-only on demand. Needs root,
/// which CI has; elsewhere the test is skipped (or failed under VESTNIK_REQUIRE_ALL).
/// </summary>
public sealed class ScratchMount : IAsyncDisposable
{
    private ScratchMount(string path) => Path = path;

    public string Path { get; }

    public static async Task<ScratchMount> CreateAsync(int megabytes)
    {
        var path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "vestnik-tmpfs-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(path);
        if (Environment.UserName != "root" || await RunAsync("mount", "-t", "tmpfs", "-o", $"size={megabytes}m", "tmpfs", path) != 0)
        {
            Directory.Delete(path);
            TestEnvironment.Unavailable("mounting a tmpfs needs root");
        }
        return new ScratchMount(path);
    }

    public Task ReadOnlyAsync() => RemountAsync("ro");

    public Task ReadWriteAsync() => RemountAsync("rw");

    private async Task RemountAsync(string mode) => Assert.Equal(0, await RunAsync("mount", "-o", $"remount,{mode}", Path));

    /// <summary>Writes a filler file until the file system refuses more; returns its path.</summary>
    public async Task<string> FillAsync()
    {
        var filler = System.IO.Path.Combine(Path, "filler.bin");
        var block = new byte[64 * 1024];
        await using var stream = new FileStream(filler, FileMode.Create);
        try
        {
            while (true)
            {
                await stream.WriteAsync(block);
                await stream.FlushAsync();
            }
        }
        catch (IOException)
        {
            // The disk is full, as wanted.
        }
        return filler;
    }

    public async ValueTask DisposeAsync()
    {
        await RunAsync("umount", "-l", Path);
        Directory.Delete(Path, recursive: true);
    }

    private static async Task<int> RunAsync(string program, params string[] args)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }
        using var process = Process.Start(start)!;
        await process.WaitForExitAsync();
        return process.ExitCode;
    }
}
