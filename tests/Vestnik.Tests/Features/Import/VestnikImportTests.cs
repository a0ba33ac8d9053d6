using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Vestnik.Features.Accounts;
using Vestnik.Features.Articles.Model;
using Vestnik.Features.Comments.Model;
using Vestnik.Features.Export;
using Vestnik.Features.Import;
using Vestnik.Features.Import.Restore;
using Vestnik.Features.Newsroom.Media;
using Vestnik.Infrastructure;
using Vestnik.Infrastructure.Localization;
using Vestnik.Testing;
using Vestnik.Tests.Features.Export;

namespace Vestnik.Tests.Features.Import;

/// <summary>
/// The demo site on SQLite, with a comment thread, a reader, an editor, a library image, a renamed slug and an old
/// address added, exported and restored into a new site (on SQLite, and on PostgreSQL: the documented move): the
/// restored site exports the same document and answers the same pages, and the editor signs in with the old password.
/// </summary>
public abstract partial class VestnikImportTests(SqliteDemoSiteFixture source, AppFixture target)
{
    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    /// <summary>Properties that describe the export run or count saves on one site, not the content (docs/export.md).</summary>
    private static readonly string[] RunProperties = ["exportedAt", "databaseProvider"];

    [Fact]
    public async Task Export_ShouldRestoreIntoAnEmptySite_ExportTheSameDocument_AnswerTheSamePages_AndChangeNothingTheSecondTime()
    {
        var editor = await RoleClients.CreateAccountAsync(source.App, [Roles.Editor], "Редактор Иванова");
        var paths = await ArrangeSourceAsync(source.App);
        var export = await ExportAsync(source.App);

        var report = await RestoreAsync(target.App, export);

        Assert.Null(report.FatalError);
        Assert.True(report.Imported > 50, $"{report.Imported} articles restored");
        Assert.Equal(Normalized(Path.Combine(export, SiteExport.JsonFileName)), Normalized(Path.Combine(await ExportAsync(target.App), SiteExport.JsonFileName)));

        var before = RoleClients.Anonymous(source.App);
        var after = RoleClients.Anonymous(target.App);
        foreach (var path in paths)
        {
            var (expected, actual) = (await before.GetAsync(path, Cancellation), await after.GetAsync(path, Cancellation));
            Assert.True(expected.StatusCode == actual.StatusCode, $"{path}: {expected.StatusCode} before, {actual.StatusCode} after");
            Assert.Equal(expected.Headers.Location, actual.Headers.Location);
            var (was, now) = (Comparable(await expected.Content.ReadAsStringAsync(Cancellation)), Comparable(await actual.Content.ReadAsStringAsync(Cancellation)));
            Assert.True(was == now, $"{path} answers differently after the restore: {FirstDifference(was, now)}");
        }

        await RoleClients.SignInAsync(target.App, editor);
        var (newSection, restoredSections) = await target.App.WithDbAsync(async db =>
        {
            var section = new Section { Slug = "posle-pereezda", NameRu = "После переезда", NameEn = "After the move", Position = 99 };
            db.Sections.Add(section);
            await db.SaveChangesAsync(Cancellation);
            return (section.Id, await db.Sections.Where(s => s.Id != section.Id).MaxAsync(s => s.Id, Cancellation));
        });
        Assert.True(newSection > restoredSections, "a new row reuses a restored id");
        var again = await RestoreAsync(target.App, export);
        Assert.Null(again.FatalError);
        Assert.Equal((0, report.Imported), (again.Imported, again.Unchanged));
    }

    /// <summary>Adds what the demo lacks and returns the reader paths the two sites must answer alike.</summary>
    private static async Task<List<string>> ArrangeSourceAsync(VestnikApp app)
    {
        var reader = await RoleClients.CreateAccountAsync(app, [], "Ольга");
        await using (var scope = app.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<MediaLibrary>()
                .AddAsync(TestImages.Picture(1200, 800), "набережная.jpg", "Набережная", "Фото: Вестник", "Набережная утром", "test");
        }
        return await app.WithDbAsync(async db =>
        {
            var article = await db.Articles.OrderBy(a => a.Id).FirstAsync(a => a.Status == ArticleStatus.Published && a.Language == ContentLanguage.Ru);
            var top = new Comment { ArticleId = article.Id, AuthorId = reader.Id, AuthorName = reader.DisplayName, CreatedAt = DateTimeOffset.UtcNow };
            top.SetBody("Где найти участок?", "<p>Где найти участок?</p>", "h1");
            db.Add(top);
            await db.SaveChangesAsync(Cancellation);
            var reply = new Comment
            {
                ArticleId = article.Id, ParentId = top.Id, RootId = top.Id, DisplayParentId = top.Id, Depth = 1,
                AuthorName = "Редакция", CreatedAt = DateTimeOffset.UtcNow,
            };
            reply.SetBody("На сайте комиссии.", "<p>На сайте комиссии.</p>", "h2");
            var held = new Comment { ArticleId = article.Id, AuthorName = "Гость", CreatedAt = DateTimeOffset.UtcNow };
            held.SetBody("Жду проверки", "<p>Жду проверки</p>", "h3");
            held.Hold(null);
            db.AddRange(reply, held);
            article.CommentCount += 2;
            db.SlugRedirects.Add(new SlugRedirect { OldSlug = "staryy-adres-stati", ArticleId = article.Id });
            db.Add(new OldAddress { Path = "/2019/05/old-post", ArticleId = article.Id });
            await db.SaveChangesAsync(Cancellation);

            List<string> paths = ["/", "/en", "/articles/staryy-adres-stati", "/2019/05/old-post/"];
            var published = await db.Articles.AsNoTracking().Where(a => a.Status == ArticleStatus.Published)
                .Select(a => new { a.Slug, a.Language }).ToListAsync(Cancellation);
            paths.AddRange(published.Select(a => $"{a.Language.PathPrefix()}/articles/{a.Slug}"));
            paths.AddRange(await db.Sections.Select(s => "/sections/" + s.Slug).ToListAsync(Cancellation));
            var tags = await db.Tags.AsNoTracking().Select(t => new { t.Slug, t.Language }).ToListAsync(Cancellation);
            paths.AddRange(tags.Select(t => $"{t.Language.PathPrefix()}/tags/{t.Slug}"));
            paths.AddRange(await db.Authors.Select(a => "/authors/" + a.Slug).ToListAsync(Cancellation));
            var media = app.Service<DataFolders>().Media;
            paths.AddRange(Directory.EnumerateFiles(media, "*", SearchOption.AllDirectories).Take(3)
                .Select(file => "/media/" + Path.GetRelativePath(media, file).Replace('\\', '/')));
            return paths;
        });
    }

    private static async Task<string> ExportAsync(VestnikApp app)
    {
        var folder = Path.Combine(app.DataPath, "export-" + Guid.NewGuid().ToString("N")[..8]);
        await using var scope = app.Services.CreateAsyncScope();
        await using var destination = new FolderExportTarget(folder);
        await scope.ServiceProvider.GetRequiredService<SiteExport>().WriteAsync(destination, null, Cancellation);
        return folder;
    }

    private static async Task<ImportReport> RestoreAsync(VestnikApp app, string export)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<VestnikImport>().RunAsync(export, null, Cancellation);
    }

    /// <summary>The document without what describes the run, and without each article's save counter.</summary>
    private static string Normalized(string file)
    {
        var root = JsonNode.Parse(File.ReadAllText(file))!.AsObject();
        foreach (var property in RunProperties)
        {
            root.Remove(property);
        }
        foreach (var article in root["articles"]!.AsArray())
        {
            article!.AsObject().Remove("version");
        }
        return root.ToJsonString(new JsonSerializerOptions { WriteIndented = true });
    }

    /// <summary>
    /// A page without the per-request antiforgery token and without Read also, whose lists a restored site computes
    /// anew from its own search index in the background (docs/export.md).
    /// </summary>
    private static string Comparable(string page) => ReadAlso().Replace(AntiforgeryToken().Replace(page, ""), "");

    private static string FirstDifference(string was, string now)
    {
        var at = was.Zip(now).TakeWhile(pair => pair.First == pair.Second).Count();
        string Around(string page) => page.Substring(Math.Max(0, at - 80), Math.Min(page.Length - Math.Max(0, at - 80), 240));
        return $"before «{Around(was)}», after «{Around(now)}»";
    }

    [GeneratedRegex(@"name=""__RequestVerificationToken"" type=""hidden"" value=""[^""]*""")]
    private static partial Regex AntiforgeryToken();

    [GeneratedRegex(@"<section class=""read-also""[\s\S]*?</section>")]
    private static partial Regex ReadAlso();
}

public sealed class SqliteToSqliteImportTests(SqliteDemoSiteFixture source, SqliteAppFixture target)
    : VestnikImportTests(source, target), IClassFixture<SqliteDemoSiteFixture>, IClassFixture<SqliteAppFixture>;

public sealed class PostgresFromSqliteImportTests(SqliteDemoSiteFixture source, PostgresAppFixture target)
    : VestnikImportTests(source, target), IClassFixture<SqliteDemoSiteFixture>, IClassFixture<PostgresAppFixture>;
