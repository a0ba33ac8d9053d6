using Vestnik.Infrastructure.Operations;
using Vestnik.Features.Import.Ghost;
using Vestnik.Features.Import.Restore;
using Vestnik.Features.Import.WordPress;

namespace Vestnik.Features.Import;

/// <summary>
/// <c>dotnet run --project src/Vestnik -- import wordpress export.xml [--media-folder uploads/] [--dry-run] [--pages]</c>
/// or <c>import ghost export.json [--images-folder content/images/] [--site-url https://old.example] [--dry-run] [--pages]</c>:
/// imports an archive with a progress bar and prints what it did; <c>import vestnik export.zip</c> restores a full
/// export of a Vestnik site into an empty one. The exit code is 0 when the file was read to the
/// end (skipped items are listed, not fatal), 1 when the run stopped, 2 when the arguments are wrong.
/// </summary>
public static class ImportCommand
{
    public const string Name = "import";

    private const string Usage = "Usage: import wordpress <export.xml> [--media-folder <uploads folder>] [--dry-run] [--pages]\n"
        + "       import ghost <export.json> [--images-folder <content/images folder>] [--site-url <old site address>] [--dry-run] [--pages]\n"
        + "       import vestnik <export.zip or folder>";

    /// <summary>Runs the command when the arguments ask for it; false means "start the site as usual".</summary>
    public static async Task<bool> TryRunImportAsync(this WebApplication app, string[] args)
    {
        if (args.Length == 0 || args[0] != Name)
        {
            return false;
        }
        Environment.ExitCode = await RunAsync(app.Services, args[1..]);
        return true;
    }

    private static async Task<int> RunAsync(IServiceProvider services, string[] args)
    {
        if (args is ["vestnik", var export, .. var settings] && settings.All(ConsoleCommandArguments.IsSetting))
        {
            return await RestoreAsync(services, export);
        }
        if (args.Length > 0 && args[0] == "ghost")
        {
            return await RunGhostAsync(services, args);
        }
        if (Parse(args) is not { } options)
        {
            await Console.Error.WriteLineAsync(Usage);
            return 2;
        }
        return await ImportAsync(services, options.File, options.MediaFolder, options.DryRun,
            (importers, progress) => importers.GetRequiredService<WordPressImport>().RunAsync(options, progress, CancellationToken.None));
    }

    /// <summary>Checks the file and media folder an importer is given, runs it with a progress bar and prints its report.</summary>
    private static async Task<int> ImportAsync(IServiceProvider services, string file, string? mediaFolder, bool dryRun,
        Func<IServiceProvider, IProgress<ImportProgress>, Task<ImportReport>> run)
    {
        if (!File.Exists(file))
        {
            await Console.Error.WriteLineAsync($"No such file: {file}");
            return 2;
        }
        if (mediaFolder is { } folder && !Directory.Exists(folder))
        {
            await Console.Error.WriteLineAsync($"No such folder: {folder}");
            return 2;
        }
        var clock = System.Diagnostics.Stopwatch.StartNew();
        Console.WriteLine($"Importing {file}{(dryRun ? " (dry run: nothing is kept)" : "")}");
        await using var scope = services.CreateAsyncScope();
        var report = await run(scope.ServiceProvider, new ConsoleProgress());
        Console.WriteLine();
        Print(report, clock.Elapsed);
        return report.FatalError is null ? 0 : 1;
    }

    /// <summary>A full export of a Vestnik site restored into this empty one (docs/export.md).</summary>
    private static async Task<int> RestoreAsync(IServiceProvider services, string export)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        Console.WriteLine($"Restoring {export}");
        await using var scope = services.CreateAsyncScope();
        var report = await scope.ServiceProvider.GetRequiredService<VestnikImport>().RunAsync(export, new ConsoleProgress(), CancellationToken.None);
        Console.WriteLine();
        if (report.FatalError is { } refused)
        {
            await Console.Error.WriteLineAsync($"Not restored: {refused} Nothing was written.");
            return 1;
        }
        Console.WriteLine(report.Unchanged > 0
            ? $"This export was restored here before: nothing changed ({report.Unchanged} articles)."
            : $"Restored {report.Imported} articles, {report.CommentsImported} comments, {report.ImagesImported} library images in {clock.Elapsed.TotalSeconds:0.0} s. " +
              "Run `reindex` next, or let the running site index the articles in the background.");
        return 0;
    }

    public static WordPressImportOptions? Parse(string[] args)
    {
        if (args.Length < 2 || args[0] != "wordpress")
        {
            return null;
        }
        var options = new WordPressImportOptions(args[1]);
        for (var i = 2; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--dry-run":
                    options = options with { DryRun = true };
                    break;
                case "--pages":
                    options = options with { IncludePages = true };
                    break;
                case "--media-folder" when i + 1 < args.Length:
                    options = options with { MediaFolder = args[++i] };
                    break;
                case var setting when ConsoleCommandArguments.IsSetting(setting):
                    break;
                default:
                    return null;
            }
        }
        return options;
    }

    private static async Task<int> RunGhostAsync(IServiceProvider services, string[] args)
    {
        if (ParseGhost(args) is not { } options)
        {
            await Console.Error.WriteLineAsync(Usage);
            return 2;
        }
        return await ImportAsync(services, options.File, options.ImagesFolder, options.DryRun,
            (importers, progress) => importers.GetRequiredService<GhostImport>().RunAsync(options, progress, CancellationToken.None));
    }

    public static GhostImportOptions? ParseGhost(string[] args)
    {
        if (args.Length < 2 || args[0] != "ghost")
        {
            return null;
        }
        var options = new GhostImportOptions(args[1]);
        for (var i = 2; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--dry-run":
                    options = options with { DryRun = true };
                    break;
                case "--pages":
                    options = options with { IncludePages = true };
                    break;
                case "--images-folder" when i + 1 < args.Length:
                    options = options with { ImagesFolder = args[++i] };
                    break;
                case "--site-url" when i + 1 < args.Length && Uri.TryCreate(args[i + 1], UriKind.Absolute, out var site) && site.Scheme is "http" or "https":
                    options = options with { SiteUrl = args[++i] };
                    break;
                case var setting when ConsoleCommandArguments.IsSetting(setting):
                    break;
                default:
                    return null;
            }
        }
        return options;
    }

    private static void Print(ImportReport report, TimeSpan elapsed)
    {
        Console.WriteLine($"Articles: {report.Imported} imported, {report.Updated} updated, {report.Unchanged} unchanged, {report.Skipped} skipped");
        Console.WriteLine($"Comments: {report.CommentsImported} imported, {report.CommentsUpdated} updated; images: {report.ImagesImported} imported");
        foreach (var (type, count) in report.IgnoredTypes.OrderBy(t => t.Key, StringComparer.Ordinal))
        {
            Console.WriteLine($"Not imported: {count} × {type}");
        }
        foreach (var (item, reason) in report.SkippedItems)
        {
            Console.WriteLine($"Skipped {item}: {reason}");
        }
        foreach (var (item, warning) in report.Warnings)
        {
            Console.WriteLine($"Note on {item}: {warning}");
        }
        if (report.Skipped > report.SkippedItems.Count || report.Warned > report.Warnings.Count)
        {
            Console.WriteLine($"(the first {ImportReport.MaxListed} skipped items and notes are listed)");
        }
        if (report.FatalError is { } fatal)
        {
            Console.Error.WriteLine($"Stopped: {fatal}. The batches before it are kept; importing the file again continues where it stopped.");
        }
        Console.WriteLine($"{(report.DryRun ? "Dry run done" : "Done")} in {elapsed.TotalSeconds:0.0} s");
    }

    /// <summary>The bar by the share of the file read, in each of the two passes over it.</summary>
    private sealed class ConsoleProgress : IProgress<ImportProgress>
    {
        public void Report(ImportProgress value) => ConsoleProgressBar.Draw(
            value.BytesTotal == 0 ? 1 : (double)value.BytesRead / value.BytesTotal, $"{value.Items} items", $"{value.Phase,-8}");
    }
}
