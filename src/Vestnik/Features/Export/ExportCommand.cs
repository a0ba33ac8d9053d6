using System.Diagnostics;
using Vestnik.Infrastructure.Operations;

namespace Vestnik.Features.Export;

/// <summary>
/// <c>dotnet run --project src/Vestnik -- export &lt;folder or file.zip&gt;</c>: writes the whole site, media files
/// included, into a new zip file or a new (or empty) folder, with a progress bar.
/// </summary>
public static class ExportCommand
{
    public const string Name = "export";

    /// <summary>Runs the command when the arguments ask for it; false means "start the site as usual".</summary>
    public static async Task<bool> TryRunExportAsync(this WebApplication app, string[] args)
    {
        if (args.Length == 0 || args[0] != Name)
        {
            return false;
        }
        Environment.ExitCode = await RunAsync(app.Services, args.Length > 1 ? args[1] : null);
        return true;
    }

    private static async Task<int> RunAsync(IServiceProvider services, string? destination)
    {
        if (string.IsNullOrWhiteSpace(destination))
        {
            await Console.Error.WriteLineAsync("Usage: export <folder or file.zip> [--setting=value ...]");
            return 2;
        }
        var clock = Stopwatch.StartNew();
        IExportTarget target;
        try
        {
            target = destination.EndsWith(".zip", StringComparison.OrdinalIgnoreCase)
                ? ZipExportTarget.CreateFile(destination)
                : new FolderExportTarget(destination);
        }
        catch (ExportTargetException refused)
        {
            await Console.Error.WriteLineAsync(refused.Message);
            return 1;
        }

        Console.WriteLine($"Exporting the site into {Path.GetFullPath(destination)}");
        await using var scope = services.CreateAsyncScope();
        ExportSummary summary;
        try
        {
            await using (target)
            {
                summary = await scope.ServiceProvider.GetRequiredService<SiteExport>()
                    .WriteAsync(target, new ConsoleProgressBar("items"), CancellationToken.None);
            }
        }
        catch
        {
            // No half-written export is left to be mistaken for a whole one.
            target.Discard();
            throw;
        }
        Console.WriteLine();
        Console.WriteLine($"Export complete: {summary.Articles} articles, {summary.Comments} comments, {summary.Accounts} accounts, " +
            $"{summary.MediaFiles} media files ({summary.MediaBytes / 1024.0 / 1024.0:0.0} MB) in {clock.Elapsed.TotalSeconds:0.0} s");
        return 0;
    }
}
