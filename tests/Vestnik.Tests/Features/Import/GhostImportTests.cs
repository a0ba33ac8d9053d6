using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Vestnik.Features.Articles.Model;
using Vestnik.Features.Import;
using Vestnik.Features.Import.Ghost;
using Vestnik.Features.Newsroom.Revisions;
using Vestnik.Testing;

namespace Vestnik.Tests.Features.Import;

/// <summary>
/// Ghost exports written here for what a real one rarely holds: a post whose author is not among the users, a tag
/// link to no tag, two posts with one slug, hostile markup, an e-mail-only post, a newer export, and broken files.
/// </summary>
public abstract class GhostImportTests(AppFixture fixture)
{
    private VestnikApp App => fixture.App;

    private static string Lexical(string text) => JsonSerializer.Serialize(new
    {
        root = new { type = "root", children = new object[] { new { type = "paragraph", children = new[] { new { type = "text", text, format = 0 } } } } },
    });

    private static Dictionary<string, object?> Post(string id, string title, string slug, string status = "published", string? lexical = null) => new Dictionary<string, object?>
    {
        ["id"] = id, ["title"] = title, ["slug"] = slug, ["type"] = "post", ["status"] = status,
        ["lexical"] = lexical ?? Lexical($"Текст заметки «{title}»."), ["mobiledoc"] = null, ["html"] = "<p>html</p>",
        ["published_at"] = status == "draft" ? null : "2026-03-01T10:00:00.000Z", ["created_at"] = "2026-03-01T09:00:00.000Z",
        ["updated_at"] = "2026-03-01T10:00:00.000Z", ["custom_excerpt"] = null, ["feature_image"] = null, ["visibility"] = "public",
    };

    private static string Export(string version = "6.65.0", string hostileTitle = "Скрипт в тексте") => JsonSerializer.Serialize(new
    {
        db = new[]
        {
            new
            {
                meta = new { exported_on = 1772000000000, version },
                data = new Dictionary<string, object[]>
                {
                    ["posts"] =
                    [
                        Post("g1", "Дума приняла бюджет", "duma-prinyala-byudzhet"),
                        Post("g2", "Автор потерялся", "avtor-poteryalsya"),
                        Post("g3", "Тег потерялся", "teg-poteryalsya"),
                        Post("g4", "Тот же адрес", "duma-prinyala-byudzhet"),
                        Post("g5", hostileTitle, "skript", lexical: JsonSerializer.Serialize(new
                        {
                            root = new
                            {
                                children = new object[]
                                {
                                    new { type = "html", html = "<script>alert('x')</script><img src=x onerror=alert(1)><p>Текст</p>" },
                                    new { type = "image", src = "__GHOST_URL__/content/images/2026/03/gone.jpg", alt = "Пропавший снимок" },
                                    new { type = "paragraph", children = new object[] { new { type = "link", url = "javascript:alert(1)", children = new[] { new { type = "text", text = "ссылка", format = 0 } } } } },
                                },
                            },
                        })),
                        Post("g6", "Только письмо", "tolko-pismo", status: "sent"),
                        Post("g7", "Битый документ", "bityy-dokument", lexical: "{\"root\":"),
                    ],
                    ["users"] = [new { id = "u1", name = "Ольга Кузнецова", slug = "olga", email = "olga@ghost.example", status = "active" }],
                    ["tags"] = [new { id = "t1", name = "Город", slug = "gorod", visibility = "public" }, new { id = "t2", name = "#hidden", slug = "hash-hidden", visibility = "internal" }],
                    ["posts_tags"] =
                    [
                        new { id = "pt1", post_id = "g1", tag_id = "t1", sort_order = 0 }, new { id = "pt2", post_id = "g1", tag_id = "t2", sort_order = 1 },
                        new { id = "pt3", post_id = "g3", tag_id = "t9", sort_order = 0 },
                    ],
                    ["posts_authors"] = new[] { "g1", "g3", "g4", "g5", "g6", "g7" }.Select(p => (object)new { id = "pa" + p, post_id = p, author_id = "u1", sort_order = 0 })
                        .Append(new { id = "pag2", post_id = "g2", author_id = "u404", sort_order = 0 }).ToArray(),
                },
            },
        },
    });

    private static string Write(string json)
    {
        var file = Path.Combine(Directory.CreateTempSubdirectory("vestnik-ghost-").FullName, "export.json");
        File.WriteAllText(file, json);
        return file;
    }

    private async Task<ImportReport> ImportAsync(string file)
    {
        await using var scope = App.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<GhostImport>().RunAsync(new GhostImportOptions(file), null, TestContext.Current.CancellationToken);
    }

    private Task<(int Articles, int Revisions, int Addresses, int Records)> CountsAsync() => App.WithDbAsync(async db => (
        await db.Articles.CountAsync(), await db.Set<ArticleRevision>().CountAsync(), await db.Set<OldAddress>().CountAsync(), await db.Set<ImportedRecord>().CountAsync()));

    [Fact]
    public async Task BadItems_ShouldBeReportedOneByOne_WhileTheRestImports_AndASecondRunChangesNothing()
    {
        var file = Write(Export());

        var report = await ImportAsync(file);

        Assert.Null(report.FatalError);
        Assert.Equal(5, report.Imported);
        Assert.Equal(2, report.Skipped);
        Assert.Contains(report.SkippedItems, s => s.Item.StartsWith("post avtor-poteryalsya", StringComparison.Ordinal) && s.Reason.Contains("u404", StringComparison.Ordinal));
        Assert.Contains(report.SkippedItems, s => s.Item.StartsWith("post tolko-pismo", StringComparison.Ordinal) && s.Reason.Contains("e-mail", StringComparison.Ordinal));
        Assert.Contains(report.Warnings, w => w.Item == "post teg-poteryalsya" && w.Warning.Contains("t9", StringComparison.Ordinal));
        Assert.Contains(report.Warnings, w => w.Item == "post bityy-dokument" && w.Warning.Contains("HTML", StringComparison.Ordinal));
        Assert.Contains(report.Warnings, w => w.Item == "post duma-prinyala-byudzhet" && w.Warning.Contains("first", StringComparison.Ordinal));
        Assert.Contains(report.Warnings, w => w.Item == "post skript" && w.Warning.Contains("--site-url", StringComparison.Ordinal));

        var articles = await App.WithDbAsync(db => db.Articles.AsNoTracking().Include(a => a.Tags).Include(a => a.Section).Include(a => a.Authors).ThenInclude(a => a.Author)
            .Where(a => a.Title == "Дума приняла бюджет" || a.Title == "Тот же адрес" || a.Title == "Скрипт в тексте" || a.Title == "Битый документ").ToDictionaryAsync(a => a.Title));
        var budget = articles["Дума приняла бюджет"];
        Assert.Equal(("duma-prinyala-byudzhet", "gorod", ArticleStatus.Published), (budget.Slug, budget.Section.Slug, budget.Status));
        Assert.Equal(["gorod"], budget.Tags.Select(t => t.Slug));
        Assert.Equal("Ольга Кузнецова", Assert.Single(budget.Authors).Author.Name);
        Assert.Equal("duma-prinyala-byudzhet-2", articles["Тот же адрес"].Slug);
        Assert.DoesNotContain("alert", articles["Скрипт в тексте"].BodyHtml, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", articles["Скрипт в тексте"].BodyHtml, StringComparison.Ordinal);
        Assert.Contains("Текст", articles["Скрипт в тексте"].BodyMarkdown, StringComparison.Ordinal);
        Assert.Equal("html", articles["Битый документ"].BodyMarkdown);
        Assert.False(await App.WithDbAsync(db => db.Tags.AnyAsync(t => t.Name == "#hidden")));

        // The old slug belongs to the first post that had it; the tag and author pages answer too.
        var client = App.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        foreach (var (old, current) in new[]
        {
            ("/duma-prinyala-byudzhet/", "/articles/duma-prinyala-byudzhet"),
            ("/tag/gorod/", "/tags/gorod"),
            ("/author/olga/", "/authors/olga-kuznetsova"),
        })
        {
            var response = await client.GetAsync(new Uri(old, UriKind.Relative), TestContext.Current.CancellationToken);
            Assert.Equal((HttpStatusCode.MovedPermanently, current), (response.StatusCode, response.Headers.Location?.OriginalString));
        }

        var before = await CountsAsync();
        var again = await ImportAsync(file);
        Assert.Equal((0, 0, 5, 2), (again.Imported, again.Updated, again.Unchanged, again.Skipped));
        Assert.Equal(before, await CountsAsync());

        // A newer export: one post retitled; only it changes.
        var update = await ImportAsync(Write(Export(hostileTitle: "Скрипт убран")));
        Assert.Equal((0, 1, 4), (update.Imported, update.Updated, update.Unchanged));
        Assert.True(await App.WithDbAsync(db => db.Articles.AnyAsync(a => a.Title == "Скрипт убран" && a.Slug == "skript")));
    }

    [Theory]
    [InlineData("4.48.0", "Ghost 4.48.0 wrote this export")]
    [InlineData("", "Ghost of an unknown version")]
    public async Task AnUnknownVersion_ShouldStopBeforeAnythingIsWritten(string version, string reason)
    {
        var before = await CountsAsync();

        var report = await ImportAsync(Write(Export(version)));

        Assert.Contains(reason, report.FatalError, StringComparison.Ordinal);
        Assert.Equal(before, await CountsAsync());
    }

    [Theory]
    [InlineData(0.5)]
    [InlineData(0.97)]
    public async Task ATruncatedFile_ShouldStopWithAReadableReason_AndKeepNothingHalfWritten(double share)
    {
        var json = Export().Replace("Дума приняла бюджет", "Обрезанный файл", StringComparison.Ordinal);
        var before = await CountsAsync();

        var report = await ImportAsync(Write(json[..(int)(json.Length * share)]));

        Assert.StartsWith("The file is not a readable Ghost export", report.FatalError, StringComparison.Ordinal);
        Assert.Equal(before, await CountsAsync());
    }
}

public sealed class SqliteGhostImportTests(SqliteAppFixture fixture) : GhostImportTests(fixture), IClassFixture<SqliteAppFixture>;

public sealed class PostgresGhostImportTests(PostgresAppFixture fixture) : GhostImportTests(fixture), IClassFixture<PostgresAppFixture>;
