using System.IO.Compression;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Vestnik.Features.Export;
using Vestnik.Features.Import;
using Vestnik.Features.Import.Restore;
using Vestnik.Infrastructure;
using Vestnik.Testing;
using Vestnik.Tests.Features.Export;

namespace Vestnik.Tests.Features.Import;

/// <summary>
/// Damaged exports and a site that is not empty: each is refused with a message saying why, and the new site is
/// left exactly as empty as it was (no rows, no media files).
/// </summary>
public sealed class VestnikImportBadInputTests(SqliteDemoSiteFixture source, SqliteAppFixture target)
    : IClassFixture<SqliteDemoSiteFixture>, IClassFixture<SqliteAppFixture>
{
    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    private async Task<string> ExportAsync()
    {
        var folder = Path.Combine(source.App.DataPath, "export-" + Guid.NewGuid().ToString("N")[..8]);
        await using var scope = source.App.Services.CreateAsyncScope();
        await using var destination = new FolderExportTarget(folder);
        await scope.ServiceProvider.GetRequiredService<SiteExport>().WriteAsync(destination, null, Cancellation);
        return folder;
    }

    private static async Task<ImportReport> RestoreAsync(VestnikApp app, string export)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<VestnikImport>().RunAsync(export, null, Cancellation);
    }

    private async Task AssertRefusedAndTargetEmptyAsync(string export, string because)
    {
        var report = await RestoreAsync(target.App, export);

        Assert.NotNull(report.FatalError);
        Assert.Contains(because, report.FatalError, StringComparison.Ordinal);
        Assert.Equal((0, 0, 0, 1), await target.App.WithDbAsync(async db => (
            await db.Articles.CountAsync(Cancellation), await db.Sections.CountAsync(Cancellation), await db.Authors.CountAsync(Cancellation),
            await db.Users.CountAsync(Cancellation))));
        var media = target.App.Service<DataFolders>().Media;
        Assert.False(Directory.Exists(media) && Directory.EnumerateFiles(media, "*", SearchOption.AllDirectories).Any(), "media files were left behind");
    }

    private static void Rewrite(string export, Func<string, string> change)
    {
        var json = Path.Combine(export, SiteExport.JsonFileName);
        File.WriteAllText(json, change(File.ReadAllText(json)));
    }

    [Fact]
    public async Task UnknownFormatVersion_ShouldBeRefusedNamingTheVersion()
    {
        var export = await ExportAsync();
        Rewrite(export, json => json.Replace("\"formatVersion\": 1,", "\"formatVersion\": 99,", StringComparison.Ordinal));

        await AssertRefusedAndTargetEmptyAsync(export, "format version 99");
    }

    [Fact]
    public async Task TruncatedJson_ShouldBeRefusedBeforeAnythingIsWritten()
    {
        var export = await ExportAsync();
        Rewrite(export, json => json[..(json.Length * 2 / 3)]);

        await AssertRefusedAndTargetEmptyAsync(export, "cut short");
    }

    [Fact]
    public async Task MissingMediaFile_ShouldBeRefusedNamingTheFile()
    {
        var export = await ExportAsync();
        var media = Path.Combine(export, "media");
        var missing = Directory.EnumerateFiles(media, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal).Last();
        File.Delete(missing);

        await AssertRefusedAndTargetEmptyAsync(export, Path.GetRelativePath(media, missing).Replace('\\', '/'));
    }

    [Fact]
    public async Task DamagedMediaFile_ShouldBeRefusedAndTheCopiedFilesRemoved()
    {
        var export = await ExportAsync();
        var damaged = Directory.EnumerateFiles(Path.Combine(export, "media"), "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal).Last();
        File.AppendAllText(damaged, "x");

        await AssertRefusedAndTargetEmptyAsync(export, "differs from the manifest");
    }

    [Fact]
    public async Task ZipOfTheExport_WithAnUnknownVersion_ShouldBeRefusedAsTheFolderIs()
    {
        var export = await ExportAsync();
        Rewrite(export, json => json.Replace("\"formatVersion\": 1,", "\"formatVersion\": 2,", StringComparison.Ordinal));
        var zip = export + ".zip";
        ZipFile.CreateFromDirectory(export, zip);

        await AssertRefusedAndTargetEmptyAsync(zip, "format version 2");
    }

    [Fact]
    public async Task Command_ShouldExitWithOneOnABadExport_AndRestoreAGoodOneOnceIntoANewDataFolder()
    {
        var timeout = TimeSpan.FromMinutes(5);
        var good = await ExportAsync();
        var bad = await ExportAsync();
        Rewrite(bad, json => json.Replace("\"formatVersion\": 1,", "\"formatVersion\": 99,", StringComparison.Ordinal));
        var data = $"--Vestnik:DataPath={Directory.CreateTempSubdirectory("vestnik-restored-").FullName}";

        var refused = await AppProcess.RunAsync(timeout, "import", "vestnik", bad, data);
        var restored = await AppProcess.RunAsync(timeout, "import", "vestnik", good, data);
        var again = await AppProcess.RunAsync(timeout, "import", "vestnik", good, data);

        Assert.Equal(1, refused.ExitCode);
        Assert.Contains("format version 99", refused.Error, StringComparison.Ordinal);
        Assert.True(restored.ExitCode == 0, restored.Error);
        Assert.Contains("Restored", restored.Output, StringComparison.Ordinal);
        Assert.True(again.ExitCode == 0, again.Error);
        Assert.Contains("nothing changed", again.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SiteWithContent_ShouldBeRefusedSayingWhatItHolds()
    {
        var export = await ExportAsync();
        var articlesBefore = await source.App.WithDbAsync(db => db.Articles.CountAsync(Cancellation));

        var report = await RestoreAsync(source.App, export);

        Assert.Contains("not empty: it holds articles", report.FatalError, StringComparison.Ordinal);
        Assert.Equal(articlesBefore, await source.App.WithDbAsync(db => db.Articles.CountAsync(Cancellation)));
    }
}
