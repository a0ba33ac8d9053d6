using System.IO.Compression;
using System.Net;
using System.Security.Cryptography;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Vestnik.Data;
using Vestnik.Features.Articles.Model;
using Vestnik.Features.Comments.Model;
using Vestnik.Features.Export;
using Vestnik.Features.Newsroom.Media;
using Vestnik.Infrastructure;
using Vestnik.Testing;

namespace Vestnik.Tests.Features.Export;

/// <summary>
/// The admins' download over the demo site, with a comment thread, a reader and a library image added: everything the
/// site holds is in the archive, and every object has exactly the properties docs/export.md documents.
/// </summary>
public abstract partial class ExportTests(AppFixture fixture)
{
    private VestnikApp App => fixture.App;

    private async Task<(JsonDocument Json, ZipArchive Zip)> DownloadAsync()
    {
        var admin = await RoleClients.AdminAsync(App);
        var response = await admin.Client.SubmitFormAsync("/newsroom/export", "#export-form");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/zip", response.Content.Headers.ContentType?.MediaType);
        var zip = new ZipArchive(new MemoryStream(await response.Content.ReadAsByteArrayAsync()));
        await using var json = zip.GetEntry(SiteExport.JsonFileName)!.Open();
        return (await JsonDocument.ParseAsync(json), zip);
    }

    private async Task<(Comment Top, Comment Reply, Comment Held)> AddThreadAsync(string readerId)
    {
        return await App.WithDbAsync(async db =>
        {
            var article = await db.Articles.FirstAsync(a => a.Status == ArticleStatus.Published);
            var top = new Comment { ArticleId = article.Id, AuthorId = readerId, AuthorName = "Ольга", CreatedAt = DateTimeOffset.UtcNow };
            top.SetBody("Где найти участок?", "<p>Где найти участок?</p>", "h1");
            db.Add(top);
            await db.SaveChangesAsync();
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
            await db.SaveChangesAsync();
            return (top, reply, held);
        });
    }

    [Fact]
    public async Task Download_ShouldHoldEveryArticleCommentAccountAndMediaFile()
    {
        var readerId = (await RoleClients.ReaderAsync(App)).Id;
        var (top, reply, held) = await AddThreadAsync(readerId);
        await using (var scope = App.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<MediaLibrary>()
                .AddAsync(TestImages.Picture(1600, 900), "набережная.jpg", "Набережная", "Фото: Вестник", "Набережная утром", "test");
        }

        var (export, zip) = await DownloadAsync();
        using var json = export;
        var root = json.RootElement;

        Assert.Equal("vestnik-export", root.GetProperty("format").GetString());
        var articles = root.GetProperty("articles").EnumerateArray().ToDictionary(a => a.GetProperty("id").GetInt32());
        var stored = await App.WithDbAsync(db => db.Articles.AsNoTracking().Include(a => a.Authors).ToListAsync());
        Assert.Contains(stored, a => a.IsPublished);
        foreach (var article in stored)
        {
            var exported = articles[article.Id];
            Assert.Equal(article.Slug, exported.GetProperty("slug").GetString());
            Assert.Equal(article.Status.ToString(), exported.GetProperty("status").GetString());
            Assert.Equal(article.BodyMarkdown, exported.GetProperty("bodyMarkdown").GetString());
            Assert.Equal(article.BodyHtml, exported.GetProperty("bodyHtml").GetString());
            Assert.Equal(article.Authors.OrderBy(a => a.Position).Select(a => a.AuthorId),
                exported.GetProperty("authorIds").EnumerateArray().Select(id => id.GetInt32()));
        }

        var comments = root.GetProperty("comments").EnumerateArray().ToDictionary(c => c.GetProperty("id").GetInt64());
        Assert.Equal(await App.WithDbAsync(db => db.Set<Comment>().CountAsync()), comments.Count);
        Assert.Equal(top.Id, comments[reply.Id].GetProperty("parentId").GetInt64());
        Assert.Equal(readerId, comments[top.Id].GetProperty("authorId").GetString());
        Assert.Equal("Pending", comments[held.Id].GetProperty("status").GetString());

        var accounts = root.GetProperty("staffAccounts").EnumerateArray().Concat(root.GetProperty("readerAccounts").EnumerateArray())
            .ToDictionary(a => a.GetProperty("id").GetString()!);
        var users = await App.WithDbAsync(db => db.Users.AsNoTracking().ToListAsync());
        Assert.Equal(users.Count, accounts.Count);
        Assert.All(users, user => Assert.Equal(user.PasswordHash, accounts[user.Id].GetProperty("passwordHash").GetString()));
        Assert.Contains(root.GetProperty("readerAccounts").EnumerateArray(), a => a.GetProperty("id").GetString() == readerId);
        Assert.Contains(root.GetProperty("staffAccounts").EnumerateArray(),
            a => a.GetProperty("email").GetString() == VestnikApp.AdminEmail && a.GetProperty("roles").EnumerateArray().Any(r => r.GetString() == "Admin"));

        var media = App.Service<DataFolders>().Media;
        var onDisk = Directory.EnumerateFiles(media, "*", SearchOption.AllDirectories)
            .Select(file => Path.GetRelativePath(media, file).Replace('\\', '/')).Order(StringComparer.Ordinal).ToList();
        var manifest = root.GetProperty("media").GetProperty("files").EnumerateArray().ToList();
        Assert.Equal(onDisk, manifest.Select(f => f.GetProperty("path").GetString()));
        foreach (var file in manifest)
        {
            await using var entry = zip.GetEntry("media/" + file.GetProperty("path").GetString())!.Open();
            Assert.Equal(file.GetProperty("sha256").GetString(), Convert.ToHexStringLower(await SHA256.HashDataAsync(entry)));
        }
        var asset = Assert.Single(root.GetProperty("media").GetProperty("assets").EnumerateArray(),
            a => a.GetProperty("originalFileName").GetString() == "набережная.jpg");
        Assert.Contains(asset.GetProperty("files").EnumerateArray(), f => f.GetProperty("path").GetString()!.EndsWith("/original.jpg", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Download_ShouldHaveExactlyTheDocumentedPropertiesOnEveryObject()
    {
        var readerId = (await RoleClients.ReaderAsync(App)).Id;
        await AddThreadAsync(readerId);
        await App.WithDbAsync(async db =>
        {
            db.Add(new ReaderSettings { UserId = readerId, UnsubscribeToken = Guid.NewGuid().ToString("N") });
            await db.SaveChangesAsync();
        });
        var documented = DocumentedObjects();

        var (export, _) = await DownloadAsync();
        using var json = export;
        var root = json.RootElement;

        void Check(string kind, JsonElement element)
        {
            Assert.True(documented.ContainsKey(kind), $"docs/export.md has no table for {kind}");
            Assert.Equal(documented[kind].Order(StringComparer.Ordinal),
                element.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal));
        }
        void CheckAll(string kind, JsonElement list)
        {
            Assert.NotEqual(0, list.GetArrayLength());
            foreach (var element in list.EnumerateArray())
            {
                Check(kind, element);
            }
        }

        Check("root", root);
        Check("site", root.GetProperty("site"));
        CheckAll("section", root.GetProperty("sections"));
        CheckAll("tag", root.GetProperty("tags"));
        CheckAll("label", root.GetProperty("labels"));
        CheckAll("author", root.GetProperty("authors"));
        CheckAll("account", root.GetProperty("staffAccounts"));
        CheckAll("account", root.GetProperty("readerAccounts"));
        CheckAll("article", root.GetProperty("articles"));
        CheckAll("comment", root.GetProperty("comments"));
        Check("media", root.GetProperty("media"));
        CheckAll("file", root.GetProperty("media").GetProperty("files"));
        var withImage = root.GetProperty("articles").EnumerateArray().First(a => a.GetProperty("leadImage").ValueKind == JsonValueKind.Object);
        Check("leadImage", withImage.GetProperty("leadImage"));
        var withSettings = root.GetProperty("readerAccounts").EnumerateArray()
            .First(a => a.GetProperty("readerSettings").ValueKind == JsonValueKind.Object);
        Check("readerSettings", withSettings.GetProperty("readerSettings"));
    }

    /// <summary>Each <c>### kind</c> heading of docs/export.md and the property names of the table under it.</summary>
    private static Dictionary<string, List<string>> DocumentedObjects()
    {
        var objects = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        List<string>? current = null;
        foreach (var line in File.ReadLines(Repository.PathOf("docs", "export.md")))
        {
            if (line.StartsWith("### ", StringComparison.Ordinal))
            {
                current = objects[line[4..].Trim()] = [];
            }
            else if (current is not null && DocumentedProperty().Match(line) is { Success: true } property)
            {
                current.Add(property.Groups[1].Value);
            }
        }
        return objects;
    }

    [GeneratedRegex(@"^\| `([A-Za-z0-9]+)` \|")]
    private static partial Regex DocumentedProperty();
}

/// <summary>The app with the demo newsroom seeded: the export is checked over a whole site, not a few test rows.</summary>
public abstract class DemoSiteFixture(DatabaseProvider provider) : AppFixture(provider)
{
    protected override void Configure(VestnikApp app) => app.WithSetting("Vestnik:DemoContent", "true");
}

public sealed class SqliteDemoSiteFixture() : DemoSiteFixture(DatabaseProvider.Sqlite);

public sealed class PostgresDemoSiteFixture() : DemoSiteFixture(DatabaseProvider.Postgres);

public sealed class SqliteExportTests(SqliteDemoSiteFixture fixture) : ExportTests(fixture), IClassFixture<SqliteDemoSiteFixture>;

public sealed class PostgresExportTests(PostgresDemoSiteFixture fixture) : ExportTests(fixture), IClassFixture<PostgresDemoSiteFixture>;
