using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Vestnik.Features.Articles.Model;
using Vestnik.Features.Import;
using Vestnik.Features.Import.Ghost;
using Vestnik.Features.Site;
using Vestnik.Testing;

namespace Vestnik.Tests.Features.Import;

/// <summary>
/// The export a real Ghost wrote (<c>tests/data/import/ghost</c>) imported with its images folder: every post and
/// page, tag, author, image and old address is checked against the file itself.
/// </summary>
public abstract class RealGhostImportTests(AppFixture fixture)
{
    private static readonly string Export = TestData.PathOf("import", "ghost", "vestnik-fixture.ghost.json");
    private static readonly string Images = TestData.PathOf("import", "ghost", "images");

    private VestnikApp App => fixture.App;

    private sealed record ExportedPost(string Id, string Title, string Slug, string Status, string? FeatureImage, List<string> Tags, List<string> Authors);

    private sealed record ExportedTag(string Slug, string Name, bool Internal);

    private static (List<ExportedPost> Posts, Dictionary<string, ExportedTag> Tags, Dictionary<string, (string Name, string Slug)> Users) ReadExport()
    {
        using var document = JsonDocument.Parse(File.ReadAllText(Export));
        var data = document.RootElement.GetProperty("db")[0].GetProperty("data");
        string? Text(JsonElement row, string name) => row.GetProperty(name).ValueKind == JsonValueKind.String ? row.GetProperty(name).GetString() : null;
        List<string> Linked(string table, string post, string target) => [.. data.GetProperty(table).EnumerateArray()
            .Where(l => l.GetProperty("post_id").GetString() == post).OrderBy(l => l.GetProperty("sort_order").GetInt32()).Select(l => l.GetProperty(target).GetString()!)];
        var posts = data.GetProperty("posts").EnumerateArray().Select(p => new ExportedPost(
            Text(p, "id")!, Text(p, "title")!, Text(p, "slug")!, Text(p, "status")!, Text(p, "feature_image"),
            Linked("posts_tags", Text(p, "id")!, "tag_id"), Linked("posts_authors", Text(p, "id")!, "author_id"))).ToList();
        var tags = data.GetProperty("tags").EnumerateArray().ToDictionary(t => Text(t, "id")!, t => new ExportedTag(Text(t, "slug")!, Text(t, "name")!, Text(t, "visibility") == "internal"));
        var users = data.GetProperty("users").EnumerateArray().ToDictionary(u => Text(u, "id")!, u => (Text(u, "name")!, Text(u, "slug")!));
        return (posts, tags, users);
    }

    private async Task<ImportReport> ImportAsync()
    {
        await using var scope = App.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<GhostImport>()
            .RunAsync(new GhostImportOptions(Export, Images, IncludePages: true), null, TestContext.Current.CancellationToken);
    }

    private Task<long?> TargetAsync(string kind, string sourceId) => App.WithDbAsync(db => db.Set<ImportedRecord>().AsNoTracking()
        .Where(r => r.Source == ImportSources.Ghost && r.Kind == kind && r.SourceId == sourceId)
        .Select(r => (long?)r.TargetId).SingleOrDefaultAsync());

    [Fact]
    public async Task RealExport_ShouldBringEveryPostTagAuthorImageAndOldAddress()
    {
        var (posts, tags, users) = ReadExport();
        Assert.True(posts.Count >= 9, "the fixture lists its posts and pages");

        var report = await ImportAsync();

        Assert.Null(report.FatalError);
        Assert.Empty(report.SkippedItems);
        Assert.Equal(posts.Count, report.Imported + report.Updated + report.Unchanged);
        Assert.Equal(5, report.ImagesImported);

        var client = App.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        foreach (var post in posts)
        {
            var articleId = await TargetAsync(ImportedKinds.Article, post.Id);
            Assert.True(articleId is not null, $"post {post.Slug} was imported");
            var article = await App.WithDbAsync(db => db.Articles.AsNoTracking().Include(a => a.Tags).Include(a => a.Authors).ThenInclude(a => a.Author)
                .SingleAsync(a => a.Id == articleId));

            Assert.Equal(post.Title, article.Title);
            Assert.Equal(post.Status switch
            {
                "published" => ArticleStatus.Published,
                "scheduled" => ArticleStatus.Scheduled,
                _ => ArticleStatus.Draft,
            }, article.Status);
            Assert.DoesNotContain("__GHOST_URL__", article.BodyMarkdown, StringComparison.Ordinal);
            Assert.DoesNotContain("<script", article.BodyHtml, StringComparison.Ordinal);
            Assert.Equal(post.Authors.Select(a => users[a].Name), article.Authors.OrderBy(a => a.Position).Select(a => a.Author.Name));

            var publicTags = post.Tags.Select(t => tags[t]).Where(t => !t.Internal).ToList();
            Assert.Equal(publicTags.Select(t => t.Name).Order(), article.Tags.Select(t => t.Name).Order());
            if (publicTags.Count > 0)
            {
                Assert.Equal(await TargetAsync(ImportedKinds.Section, publicTags[0].Slug), article.SectionId);
            }
            switch (post.FeatureImage)
            {
                case null:
                    Assert.Null(article.LeadImage);
                    break;
                case var own when own.StartsWith("__GHOST_URL__/content/images/", StringComparison.Ordinal):
                    Assert.NotNull(article.LeadImage?.MediaAssetId);
                    break;
                case var elsewhere:
                    Assert.Equal(elsewhere, article.LeadImage?.Url);
                    break;
            }

            var published = article.Status == ArticleStatus.Published;
            var address = ReaderUrls.Article(article.Language, article.Slug);
            var page = await client.GetAsync(new Uri(address, UriKind.Relative), TestContext.Current.CancellationToken);
            Assert.Equal(published ? HttpStatusCode.OK : HttpStatusCode.NotFound, page.StatusCode);
            if (published)
            {
                // Ghost's permalink /{slug}/ answers with the new address; a draft's or a scheduled post's was never public.
                var old = await client.GetAsync(new Uri($"/{post.Slug}/", UriKind.Relative), TestContext.Current.CancellationToken);
                Assert.Equal((HttpStatusCode.MovedPermanently, address), (old.StatusCode, old.Headers.Location?.OriginalString));
            }
        }

        foreach (var tag in tags.Values)
        {
            var old = await client.GetAsync(new Uri($"/tag/{tag.Slug}/", UriKind.Relative), TestContext.Current.CancellationToken);
            Assert.Equal(tag.Internal ? HttpStatusCode.NotFound : HttpStatusCode.MovedPermanently, old.StatusCode);
        }
        foreach (var (id, (name, slug)) in users)
        {
            var bylineId = await TargetAsync(ImportedKinds.Author, id);
            var byline = await App.WithDbAsync(db => db.Authors.AsNoTracking().SingleAsync(a => a.Id == bylineId));
            Assert.Equal(name, byline.Name);
            var old = await client.GetAsync(new Uri($"/author/{slug}/", UriKind.Relative), TestContext.Current.CancellationToken);
            Assert.Equal((HttpStatusCode.MovedPermanently, ReaderUrls.Author(Vestnik.Infrastructure.Localization.ContentLanguage.Ru, byline.Slug)),
                (old.StatusCode, old.Headers.Location?.OriginalString));
            var account = await App.WithDbAsync(db => db.Users.AsNoTracking().SingleAsync(u => u.Id == byline.UserId));
            Assert.Null(account.PasswordHash);
        }

        // The cards of the two richest posts, as our Markdown.
        var port = await App.WithDbAsync(db => db.Articles.AsNoTracking().SingleAsync(a => a.Title == "Порт увеличил грузооборот"));
        Assert.Matches(@"!\[Причал утром\]\(</media/[^>]+> ""Причал утром""\)\n!\[Новый кран\]\(</media/[^>]+>\)", port.BodyMarkdown);
        Assert.Contains("\n\nhttps://www.youtube.com/watch?v=dQw4w9WgXcQ\n\n", port.BodyMarkdown, StringComparison.Ordinal);
        Assert.Contains("[Годовой отчёт порта](<https://example.org/port-otchet>)", port.BodyMarkdown, StringComparison.Ordinal);
        var harbour = await App.WithDbAsync(db => db.Articles.AsNoTracking().SingleAsync(a => a.Title == "Harbour traffic hits a record"));
        Assert.Contains("```sql\nSELECT month, teu FROM traffic ORDER BY month;\n```", harbour.BodyMarkdown, StringComparison.Ordinal);
        Assert.Contains("**Next:** the winter season, with *fewer* ships.", harbour.BodyMarkdown, StringComparison.Ordinal);
        Assert.DoesNotContain("not here", harbour.BodyHtml, StringComparison.Ordinal);

        var again = await ImportAsync();
        Assert.Equal((0, 0, posts.Count, 0), (again.Imported, again.Updated, again.Unchanged, again.ImagesImported));
    }
}

public sealed class SqliteRealGhostImportTests(SqliteAppFixture fixture) : RealGhostImportTests(fixture), IClassFixture<SqliteAppFixture>;

public sealed class PostgresRealGhostImportTests(PostgresAppFixture fixture) : RealGhostImportTests(fixture), IClassFixture<PostgresAppFixture>;
