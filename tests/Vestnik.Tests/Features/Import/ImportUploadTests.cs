using System.IO.Compression;
using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Vestnik.Data;
using Vestnik.Features.Import;
using Vestnik.Features.Import.Upload;
using Vestnik.Testing;

namespace Vestnik.Tests.Features.Import;

/// <summary>
/// The admins' import upload: the real WordPress fixture zipped with its uploads folder goes through the page, runs in
/// the background and leaves its report; uploads too large, unreadable or hostile are refused with a readable message
/// and leave nothing behind; a run left running by a stopped node is failed with that reason.
/// </summary>
public abstract class ImportUploadTests(AppFixture fixture)
{
    public const long MaxUploadBytes = 1024 * 1024;
    private const string Page = ImportUploadFeature.Path;

    private VestnikApp App => fixture.App;

    private string ImportsFolder => Path.Combine(App.DataPath, "imports");

    private static readonly string FixtureFolder = TestData.PathOf("import", "wordpress");
    private static readonly string GhostFolder = TestData.PathOf("import", "ghost");

    /// <summary>The real WordPress export and its uploads folder in one zip, as an admin would pack them.</summary>
    private static byte[] FixtureZip() => ExportZip(FixtureFolder, "vestnik-fixture.wordpress.xml", "uploads");

    /// <summary>An export file and its media folder under one folder of a zip.</summary>
    private static byte[] ExportZip(string folder, string export, string media)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            zip.CreateEntryFromFile(Path.Combine(folder, export), "export/" + export);
            foreach (var file in Directory.EnumerateFiles(Path.Combine(folder, media), "*", SearchOption.AllDirectories))
            {
                zip.CreateEntryFromFile(file, $"export/{media}/" + Path.GetRelativePath(Path.Combine(folder, media), file).Replace('\\', '/'));
            }
        }
        return buffer.ToArray();
    }

    private static byte[] Zip(params (string Name, byte[] Content)[] entries)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, content) in entries)
            {
                using var entry = zip.CreateEntry(name, CompressionLevel.SmallestSize).Open();
                entry.Write(content);
            }
        }
        return buffer.ToArray();
    }

    private async Task<(HttpClient Client, HttpResponseMessage Response)> UploadAsync(
        string fileName, byte[] content, bool dryRun = false, ImportRunSource source = ImportRunSource.WordPress)
    {
        var client = (await RoleClients.AdminAsync(App)).Client;
        var values = new FormValues { ["Source"] = source.ToString(), ["IncludePages"] = "true" };
        if (dryRun)
        {
            values["DryRun"] = "true";
        }
        var response = await client.SubmitFormAsync(Page, "#import-form", values.WithFile("File", fileName, content));
        return (client, response);
    }

    private Task<int> RunCountAsync() => App.WithDbAsync(db => db.Set<ImportRun>().CountAsync());

    private async Task<ImportRun> WaitUntilOverAsync(long id)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        while (true)
        {
            var run = await App.WithDbAsync(db => db.Set<ImportRun>().AsNoTracking().Include(r => r.Lines).SingleAsync(r => r.Id == id));
            if (run.IsOver)
            {
                return run;
            }
            Assert.True(clock.Elapsed < TimeSpan.FromMinutes(3), $"run {id} still {run.State} after three minutes");
            await Task.Delay(200);
        }
    }

    private static long RunIdOf(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var location = response.Headers.Location!.ToString();
        Assert.StartsWith(Page + "?run=", location, StringComparison.Ordinal);
        return long.Parse(location[(Page.Length + 5)..], System.Globalization.CultureInfo.InvariantCulture);
    }

    [Fact]
    public async Task Zip_ShouldBeImportedInTheBackground_WithItsReportAndHistory()
    {
        var (client, response) = await UploadAsync("vestnik-fixture.zip", FixtureZip());
        var id = RunIdOf(response);

        var run = await WaitUntilOverAsync(id);

        Assert.Equal(ImportRunState.Finished, run.State);
        Assert.Equal("vestnik-fixture.zip", run.FileName);
        Assert.True(run.Imported + run.Updated + run.Unchanged >= 12, $"{run.Imported} imported, {run.Updated} updated, {run.Unchanged} unchanged");
        Assert.Equal(0, run.Skipped);
        Assert.Equal(5, run.ImagesImported);
        Assert.True(run.CommentsImported > 0);
        Assert.Equal(run.BytesTotal, run.BytesRead);
        Assert.False(Directory.Exists(Path.Combine(ImportsFolder, run.Folder)), "the upload is deleted when its run ends");
        var imported = await App.WithDbAsync(db => db.Set<ImportedRecord>().CountAsync(r => r.Source == ImportSources.WordPress && r.Kind == ImportedKinds.Article));
        Assert.Equal(run.Imported + run.Updated + run.Unchanged, imported);

        var status = JsonDocument.Parse(await client.GetStringAsync($"{Page}?handler=Status&id={id}")).RootElement;
        Assert.True(status.GetProperty("over").GetBoolean());
        Assert.Equal(status.GetProperty("max").GetInt64(), status.GetProperty("value").GetInt64());
        var (_, page) = await client.GetPageAsync($"{Page}?run={id}");
        var report = page.QuerySelector("#import-report")!.TextContent;
        Assert.Contains(ImportText.Ru.Count(run.Imported, ImportText.Ru.Article), report, StringComparison.Ordinal);
        Assert.Contains(ImportText.Ru.Count(5, ImportText.Ru.Image), report, StringComparison.Ordinal);
        Assert.Contains(page.QuerySelectorAll("#import-history td"), cell => cell.TextContent == "vestnik-fixture.zip");
    }

    [Fact]
    public async Task GhostZip_ShouldBeImportedInTheBackground_WithItsImages()
    {
        var (_, response) = await UploadAsync("ghost-export.zip", ExportZip(GhostFolder, "vestnik-fixture.ghost.json", "images"), source: ImportRunSource.Ghost);

        var run = await WaitUntilOverAsync(RunIdOf(response));

        Assert.Equal((ImportRunState.Finished, ImportRunSource.Ghost, 0, 5), (run.State, run.Source, run.Skipped, run.ImagesImported));
        var imported = await App.WithDbAsync(db => db.Set<ImportedRecord>().CountAsync(r => r.Source == ImportSources.Ghost && r.Kind == ImportedKinds.Article));
        Assert.True(imported >= 6, $"{imported} Ghost posts imported");
        Assert.Equal(run.Imported + run.Updated + run.Unchanged, imported);
    }

    [Fact]
    public async Task GhostZip_WithAWordPressFile_ShouldNameTheGhostExportItLacks()
    {
        var (_, response) = await UploadAsync("export.zip", FixtureZip(), source: ImportRunSource.Ghost);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var page = Html.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(ImportText.Ru.Problem(UploadProblem.NoExport, new ImportUploadOptions(), ImportRunSource.Ghost), page.QuerySelector("#import-error")?.TextContent);
        Assert.Contains(".json", page.QuerySelector("#import-error")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector("#import-source option[value=Ghost][selected]"));
    }

    [Fact]
    public async Task DryRun_ShouldReportEverything_AndKeepNothing()
    {
        var records = await App.WithDbAsync(db => db.Set<ImportedRecord>().CountAsync());
        var (client, response) = await UploadAsync("vestnik-fixture.wordpress.xml",
            await File.ReadAllBytesAsync(Path.Combine(FixtureFolder, "vestnik-fixture.wordpress.xml")), dryRun: true);
        var id = RunIdOf(response);

        var run = await WaitUntilOverAsync(id);

        Assert.Equal(ImportRunState.Finished, run.State);
        Assert.True(run.DryRun);
        Assert.True(run.Imported + run.Updated + run.Unchanged >= 12);
        Assert.Equal(records, await App.WithDbAsync(db => db.Set<ImportedRecord>().CountAsync()));
        var (_, page) = await client.GetPageAsync($"{Page}?run={id}");
        Assert.Contains(ImportText.Ru.DryRunDone, page.QuerySelector("#import-report")!.TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(2 * MaxUploadBytes)]
    [InlineData(MaxUploadBytes + 10 * 1024)]
    public async Task TooLarge_ShouldAnswer413WithAReadableMessage_AndKeepNothing(long size)
    {
        var before = await RunCountAsync();

        var (_, response) = await UploadAsync("huge.xml", new byte[size]);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        var page = Html.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(ImportText.Ru.Problem(UploadProblem.TooLarge, new ImportUploadOptions { MaxUploadBytes = MaxUploadBytes }, ImportRunSource.WordPress), page.QuerySelector("#import-error")?.TextContent);
        Assert.Equal(before, await RunCountAsync());
        Assert.Empty(Directory.Exists(ImportsFolder) ? Directory.EnumerateFileSystemEntries(ImportsFolder) : []);
    }

    public static TheoryData<string, string, UploadProblem> HostileUploads => new()
    {
        { "not-a-zip", "export.zip", UploadProblem.NotAZip },
        { "traversal", "export.zip", UploadProblem.UnsafePath },
        { "absolute", "export.zip", UploadProblem.UnsafePath },
        { "bomb", "export.zip", UploadProblem.TooLargeUnpacked },
        { "no-export", "export.zip", UploadProblem.NoExport },
        { "two-exports", "export.zip", UploadProblem.SeveralExports },
        { "wrong-type", "export.json", UploadProblem.WrongType },
    };

    private static byte[] Hostile(string kind)
    {
        var export = File.ReadAllBytes(Path.Combine(FixtureFolder, "vestnik-fixture.wordpress.xml"));
        return kind switch
        {
            "not-a-zip" => Encoding.UTF8.GetBytes("PK but not really a zip archive"),
            "traversal" => Zip(("export.xml", export), ("../escaped.xml", export)),
            "absolute" => Zip(("export.xml", export), ("/tmp/escaped.xml", export)),
            // Two megabytes of zeros pack into a few kilobytes and unpack past the fixture's one-megabyte limit.
            "bomb" => Zip(("export.xml", export), ("uploads/zeros.bin", new byte[2 * MaxUploadBytes])),
            "no-export" => Zip(("uploads/photo.jpg", [1, 2, 3])),
            "two-exports" => Zip(("one.xml", export), ("two.xml", export)),
            _ => Encoding.UTF8.GetBytes("{}"),
        };
    }

    [Theory]
    [MemberData(nameof(HostileUploads))]
    public async Task BadUpload_ShouldBeRefusedWithAReadableMessage_AndImportNothing(string kind, string fileName, UploadProblem problem)
    {
        var before = await RunCountAsync();
        var records = await App.WithDbAsync(db => db.Set<ImportedRecord>().CountAsync());

        var (_, response) = await UploadAsync(fileName, Hostile(kind));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var page = Html.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(ImportText.Ru.Problem(problem, new ImportUploadOptions { MaxUnpackedBytes = MaxUploadBytes }, ImportRunSource.WordPress), page.QuerySelector("#import-error")?.TextContent);
        Assert.Equal("true", page.QuerySelector("#import-form input[name=IncludePages]")?.GetAttribute("value"));
        Assert.NotNull(page.QuerySelector("#import-form input[name=IncludePages][checked]"));
        Assert.Equal(before, await RunCountAsync());
        Assert.Equal(records, await App.WithDbAsync(db => db.Set<ImportedRecord>().CountAsync()));
        Assert.Empty(Directory.Exists(ImportsFolder) ? Directory.EnumerateFileSystemEntries(ImportsFolder) : []);
        Assert.False(File.Exists(Path.Combine(App.DataPath, "escaped.xml")));
    }

    [Fact]
    public async Task UploadWithoutToken_ShouldBeRefused_AndKeepNothing()
    {
        var admin = await RoleClients.AdminAsync(App);
        using var content = new MultipartFormDataContent { { new ByteArrayContent(FixtureZip()), "File", "export.zip" } };

        var response = await admin.Client.PostAsync(Page, content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Empty(Directory.Exists(ImportsFolder) ? Directory.EnumerateFileSystemEntries(ImportsFolder) : []);
    }

    /// <summary>A node stopped mid-import (killed, restarted) leaves its run "running": the next round fails it with the reason.</summary>
    [Fact]
    public async Task RunLeftRunningByAStoppedNode_ShouldBeFailedWithTheReason()
    {
        var folder = Guid.NewGuid().ToString("N");
        Directory.CreateDirectory(Path.Combine(ImportsFolder, folder));
        await File.WriteAllTextAsync(Path.Combine(ImportsFolder, folder, "upload.xml"), "<rss/>");
        var id = await App.WithDbAsync(async db =>
        {
            var run = new ImportRun
            {
                Source = ImportRunSource.WordPress, FileName = "before-restart.xml", Folder = folder, ExportFile = "upload.xml",
                QueuedById = "", QueuedByName = "Администратор", QueuedAt = DateTimeOffset.UtcNow,
            };
            run.Start(DateTimeOffset.UtcNow);
            db.Add(run);
            await db.SaveChangesAsync();
            return run.Id;
        });

        App.Services.GetRequiredService<ImportRunJob>().Wake();
        var failed = await WaitUntilOverAsync(id);

        Assert.Equal(ImportRunState.Failed, failed.State);
        Assert.Equal(ImportRunFailure.Interrupted, failed.Failure);
        Assert.False(Directory.Exists(Path.Combine(ImportsFolder, folder)));
        var admin = await RoleClients.AdminAsync(App);
        var (_, page) = await admin.Client.GetPageAsync($"{Page}?run={id}");
        Assert.Equal(ImportText.Ru.Interrupted, page.QuerySelector("#import-failure")?.TextContent.Trim());
    }
}

/// <summary>Limits of a megabyte, so the refusals are tested without gigabytes of test data.</summary>
public abstract class ImportUploadFixture(DatabaseProvider provider) : AppFixture(provider)
{
    protected override void Configure(VestnikApp app) => app
        .WithSetting("Import:MaxUploadBytes", ImportUploadTests.MaxUploadBytes.ToString(System.Globalization.CultureInfo.InvariantCulture))
        .WithSetting("Import:MaxUnpackedBytes", ImportUploadTests.MaxUploadBytes.ToString(System.Globalization.CultureInfo.InvariantCulture));
}

public sealed class SqliteImportUploadFixture() : ImportUploadFixture(DatabaseProvider.Sqlite);

public sealed class PostgresImportUploadFixture() : ImportUploadFixture(DatabaseProvider.Postgres);

public sealed class SqliteImportUploadTests(SqliteImportUploadFixture fixture) : ImportUploadTests(fixture), IClassFixture<SqliteImportUploadFixture>;

public sealed class PostgresImportUploadTests(PostgresImportUploadFixture fixture) : ImportUploadTests(fixture), IClassFixture<PostgresImportUploadFixture>;
