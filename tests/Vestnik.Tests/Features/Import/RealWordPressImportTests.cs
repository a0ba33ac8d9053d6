using System.Net;
using System.Xml;
using System.Xml.Linq;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Vestnik.Features.Articles.Model;
using Vestnik.Features.Comments.Model;
using Vestnik.Features.Import;
using Vestnik.Features.Import.WordPress;
using Vestnik.Features.Site;
using Vestnik.Testing;

namespace Vestnik.Tests.Features.Import;

/// <summary>
/// The export a real WordPress wrote (<c>tests/data/import/wordpress</c>) imported with its uploads folder: every post
/// and page, every comment in its thread, every image and every old address is checked against the file itself.
/// </summary>
public abstract class RealWordPressImportTests(AppFixture fixture)
{
    private static readonly XNamespace Wp = "http://wordpress.org/export/1.2/";
    private static readonly string Export = TestData.PathOf("import", "wordpress", "vestnik-fixture.wordpress.xml");
    private static readonly string Uploads = TestData.PathOf("import", "wordpress", "uploads");

    private VestnikApp App => fixture.App;

    private sealed record ExportedComment(string Id, string Parent, string Approved);

    private sealed record ExportedPost(string Id, string Title, string Status, string Link, string? Category, bool HasThumbnail, IReadOnlyList<ExportedComment> Comments);

    private static List<ExportedPost> ReadExport()
    {
        using var reader = XmlReader.Create(Export, new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit });
        var channel = XDocument.Load(reader).Root!.Element("channel")!;
        return channel.Elements("item")
            .Where(i => (string)i.Element(Wp + "post_type")! is "post" or "page")
            .Select(i => new ExportedPost(
                (string)i.Element(Wp + "post_id")!,
                (string)i.Element("title")!,
                (string)i.Element(Wp + "status")!,
                (string)i.Element("link")!,
                (string?)i.Elements("category").FirstOrDefault(c => (string?)c.Attribute("domain") == "category")?.Attribute("nicename"),
                i.Elements(Wp + "postmeta").Any(m => (string)m.Element(Wp + "meta_key")! == "_thumbnail_id"),
                [.. i.Elements(Wp + "comment").Select(c => new ExportedComment(
                    (string)c.Element(Wp + "comment_id")!, (string)c.Element(Wp + "comment_parent")!, (string)c.Element(Wp + "comment_approved")!))]))
            .ToList();
    }

    private async Task<ImportReport> ImportAsync()
    {
        await using var scope = App.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<WordPressImport>()
            .RunAsync(new WordPressImportOptions(Export, Uploads, IncludePages: true), null, TestContext.Current.CancellationToken);
    }

    private Task<long?> TargetAsync(string kind, string sourceId) => App.WithDbAsync(db => db.Set<ImportedRecord>().AsNoTracking()
        .Where(r => r.Source == ImportSources.WordPress && r.Kind == kind && r.SourceId == sourceId)
        .Select(r => (long?)r.TargetId).SingleOrDefaultAsync());

    [Fact]
    public async Task RealExport_ShouldBringEveryPostCommentThreadImageAndOldAddress()
    {
        var posts = ReadExport();
        Assert.True(posts.Count >= 12, "the fixture lists its posts and pages");

        var report = await ImportAsync();

        Assert.Null(report.FatalError);
        Assert.Empty(report.SkippedItems);
        Assert.Equal(posts.Count, report.Imported + report.Updated + report.Unchanged);
        Assert.Equal(5, report.ImagesImported);

        var client = App.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        foreach (var post in posts)
        {
            var articleId = await TargetAsync(ImportedKinds.Article, post.Id);
            Assert.True(articleId is not null, $"post {post.Id} «{post.Title}» was imported");
            var article = await App.WithDbAsync(db => db.Articles.AsNoTracking().SingleAsync(a => a.Id == articleId));

            Assert.Equal(post.Title, article.Title);
            Assert.Equal(post.Status switch
            {
                "publish" => ArticleStatus.Published,
                "future" => ArticleStatus.Scheduled,
                _ => ArticleStatus.Draft,
            }, article.Status);
            Assert.DoesNotContain("news.example.org/wp-content/uploads", article.BodyMarkdown, StringComparison.Ordinal);
            Assert.DoesNotContain("<!-- wp:", article.BodyMarkdown, StringComparison.Ordinal);
            Assert.Equal(post.HasThumbnail, article.LeadImage?.MediaAssetId is not null);
            if (post.Category is { } category)
            {
                Assert.Equal(await TargetAsync(ImportedKinds.Section, Uri.UnescapeDataString(category)), article.SectionId);
            }

            var published = article.Status == ArticleStatus.Published;
            var address = ReaderUrls.Article(article.Language, article.Slug);
            var page = await client.GetAsync(new Uri(address, UriKind.Relative), TestContext.Current.CancellationToken);
            Assert.Equal(published ? HttpStatusCode.OK : HttpStatusCode.NotFound, page.StatusCode);
            if (published)
            {
                // The old permalink answers with the new address; a draft's or a scheduled post's was never public.
                var old = await client.GetAsync(new Uri(new Uri(post.Link).PathAndQuery, UriKind.Relative), TestContext.Current.CancellationToken);
                Assert.Equal((HttpStatusCode.MovedPermanently, address), (old.StatusCode, old.Headers.Location?.OriginalString));
                // So does WordPress's own link by id, the post's guid and shortlink, which works whatever the permalinks.
                var byId = await client.GetAsync(new Uri($"/?p={post.Id}", UriKind.Relative), TestContext.Current.CancellationToken);
                Assert.Equal((HttpStatusCode.MovedPermanently, address), (byId.StatusCode, byId.Headers.Location?.OriginalString));
            }
            else
            {
                var byId = await client.GetAsync(new Uri($"/?page_id={post.Id}", UriKind.Relative), TestContext.Current.CancellationToken);
                Assert.Equal(HttpStatusCode.OK, byId.StatusCode);
            }

            foreach (var exported in post.Comments)
            {
                var commentId = await TargetAsync(ImportedKinds.Comment, exported.Id);
                Assert.True(commentId is not null, $"comment {exported.Id} on post {post.Id} was imported");
                var comment = await App.WithDbAsync(db => db.Set<Comment>().AsNoTracking().SingleAsync(c => c.Id == commentId));
                Assert.Equal(article.Id, comment.ArticleId);
                Assert.Equal(exported.Approved == "1" ? CommentStatus.Published : CommentStatus.Pending, comment.Status);
                Assert.Equal(exported.Parent == "0" ? null : await TargetAsync(ImportedKinds.Comment, exported.Parent), comment.ParentId);
            }
            Assert.Equal(post.Comments.Count(c => c.Approved == "1"), article.CommentCount);
        }
        foreach (var unknown in new[] { "/?p=987654321", "/?p=12abc", "/?p=" })
        {
            var front = await client.GetAsync(new Uri(unknown, UriKind.Relative), TestContext.Current.CancellationToken);
            Assert.True(front.StatusCode == HttpStatusCode.OK, $"{unknown} is the front page");
        }
        Assert.Contains(posts, p => p.Comments.Any(c => c.Parent != "0" && p.Comments.Any(parent => parent.Id == c.Parent && parent.Parent != "0")));

        var again = await ImportAsync();
        Assert.Equal((0, 0, posts.Count, 0, 0), (again.Imported, again.Updated, again.Unchanged, again.CommentsImported, again.ImagesImported));
    }
}

public sealed class SqliteRealWordPressImportTests(SqliteAppFixture fixture) : RealWordPressImportTests(fixture), IClassFixture<SqliteAppFixture>;

public sealed class PostgresRealWordPressImportTests(PostgresAppFixture fixture) : RealWordPressImportTests(fixture), IClassFixture<PostgresAppFixture>;
