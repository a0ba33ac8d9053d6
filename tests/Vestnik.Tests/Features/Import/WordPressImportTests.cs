using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Vestnik.Features.Articles.Model;
using Vestnik.Features.Comments.Model;
using Vestnik.Features.Import;
using Vestnik.Features.Import.WordPress;
using Vestnik.Features.Newsroom.Revisions;
using Vestnik.Testing;

namespace Vestnik.Tests.Features.Import;

/// <summary>The hand-written WordPress export imported into a fresh site: every post, thread, image and old address.</summary>
public abstract class WordPressImportTests(AppFixture fixture)
{
    private VestnikApp App => fixture.App;

    private static readonly string Export = TestData.PathOf("import", "handmade", "export.xml");

    private async Task<ImportReport> ImportAsync(WordPressImportOptions options)
    {
        await using var scope = App.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<WordPressImport>().RunAsync(options, null, TestContext.Current.CancellationToken);
    }

    /// <summary>A copy of the old site's uploads folder holding the one image whose file the archive still has.</summary>
    private static string Uploads()
    {
        var folder = Directory.CreateTempSubdirectory("vestnik-uploads-").FullName;
        Directory.CreateDirectory(Path.Combine(folder, "2024", "05"));
        File.WriteAllBytes(Path.Combine(folder, "2024", "05", "photo.jpg"), TestImages.Picture(640, 400));
        return folder;
    }

    private Task<Article> ArticleAsync(string slug) => App.WithDbAsync(db => db.Articles.AsNoTracking()
        .Include(a => a.Authors).ThenInclude(a => a.Author).Include(a => a.Tags).Include(a => a.Section)
        .SingleAsync(a => a.Slug == slug));

    private Task<(int Articles, int Comments, int Revisions, int Media, int Addresses)> CountsAsync() => App.WithDbAsync(async db => (
        await db.Articles.CountAsync(), await db.Set<Comment>().CountAsync(), await db.Set<ArticleRevision>().CountAsync(),
        await db.Set<Vestnik.Features.Newsroom.Media.MediaAsset>().CountAsync(), await db.Set<OldAddress>().CountAsync()));

    [Fact]
    public async Task HandmadeExport_ShouldImportEverything_ChangeNothingTheSecondTime_AndUpdateWhatANewerExportChanged()
    {
        var uploads = Uploads();
        var report = await ImportAsync(new WordPressImportOptions(Export, uploads));

        Assert.Null(report.FatalError);
        Assert.Equal((4, 0, 0, 1), (report.Imported, report.Updated, report.Unchanged, report.Skipped));
        Assert.Contains(report.SkippedItems, s => s.Item.StartsWith("post 14", StringComparison.Ordinal) && s.Reason.Contains("trash", StringComparison.Ordinal));
        Assert.Equal(new Dictionary<string, int> { ["nav_menu_item"] = 1, ["page"] = 1 }, report.IgnoredTypes);
        Assert.Equal((6, 1), (report.CommentsImported, report.ImagesImported));
        Assert.Contains(report.Warnings, w => w.Item.StartsWith("comment 120", StringComparison.Ordinal));

        // Gutenberg post: Cyrillic slug romanized, section, tag, byline with an account that cannot sign in yet.
        var post = await ArticleAsync("privet-mir");
        Assert.Equal(("Привет, мир: сводка «дня»", ArticleStatus.Published, "mir"), (post.Title, post.Status, post.Section.Slug));
        Assert.Equal(new DateTimeOffset(2024, 5, 1, 9, 30, 0, TimeSpan.Zero), post.PublishedAt);
        Assert.Equal("Коротко о главном.", post.Dek);
        Assert.Equal(["ekonomika"], post.Tags.Select(t => t.Slug));
        var byline = Assert.Single(post.Authors).Author;
        Assert.Equal("Иван Петров", byline.Name);
        var account = await App.WithDbAsync(db => db.Users.AsNoTracking().SingleAsync(u => u.Id == byline.UserId));
        Assert.Equal(("ivan@old.example.ru", null), (account.Email, account.PasswordHash));
        Assert.Contains("## Главное за день", post.BodyMarkdown);
        Assert.Contains("> > Мы ждали этого десять лет", post.BodyMarkdown);
        Assert.Contains("\n\nhttps://www.youtube.com/watch?v=dQw4w9WgXcQ\n\n", post.BodyMarkdown);
        Assert.Matches(@"!\[Набережная утром\]\(</media/[0-9]{4}/[0-9]{2}/[0-9a-f]{16}/[0-9]+\.jpg> ""Набережная утром""\)", post.BodyMarkdown);
        Assert.Contains("<figure", post.BodyHtml);
        Assert.NotNull(post.LeadImage?.MediaAssetId);

        // Classic draft: paragraphs, the absent image at its old address, the unknown shortcode left visible.
        var draft = await ArticleAsync("a-classic-post");
        Assert.Equal((ArticleStatus.Draft, Vestnik.Infrastructure.Localization.ContentLanguage.En), (draft.Status, draft.Language));
        Assert.Contains("https://old.example.ru/wp-content/uploads/2024/05/missing.jpg", draft.BodyMarkdown);
        Assert.Contains("\\[contact-form-7", draft.BodyMarkdown);
        Assert.Equal("Anna Smith", Assert.Single(draft.Authors).Author.Name);

        // The same slug again, and hostile markup: numbered, and nothing runs.
        var hostile = await ArticleAsync("privet-mir-2");
        Assert.DoesNotContain("alert", hostile.BodyHtml);
        Assert.DoesNotContain("<script", hostile.BodyHtml);
        Assert.Equal("ghost", Assert.Single((await ArticleAsync("bez-avtora")).Authors).Author.Name);

        // Threads keep their shape and moderation state; the pingback is not a comment.
        var comments = await App.WithDbAsync(db => db.Set<Comment>().AsNoTracking().Where(c => c.ArticleId == post.Id).OrderBy(c => c.CreatedAt).ToListAsync());
        Assert.Equal(["Ольга", "Иван Петров", "Ольга", "Гость", "Casino"], comments.Select(c => c.AuthorName));
        Assert.Equal([0, 1, 2, 0, 0], comments.Select(c => c.Depth));
        Assert.Equal((comments[0].Id, comments[1].Id), (comments[1].ParentId!.Value, comments[2].ParentId!.Value));
        Assert.Equal([CommentStatus.Published, CommentStatus.Published, CommentStatus.Published, CommentStatus.Pending, CommentStatus.Spam], comments.Select(c => c.Status));
        Assert.Equal("Рады стараться.\nПишите ещё.", comments[1].Body);
        Assert.Equal(3, post.CommentCount);
        var orphan = await App.WithDbAsync(db => db.Set<Comment>().AsNoTracking().SingleAsync(c => c.ArticleId == hostile.Id));
        Assert.Equal((null, "Ответ на удалённый комментарий"), (orphan.ParentId, orphan.Body));

        // Every old address answers 301 to the new one.
        var client = App.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        foreach (var (old, current) in new[]
        {
            ("/2024/05/01/%d0%bf%d1%80%d0%b8%d0%b2%d0%b5%d1%82-%d0%bc%d0%b8%d1%80/", "/articles/privet-mir"),
            ("/2024/05/03/privet-mir-hostile/", "/articles/privet-mir-2"),
            ("/2024/05/04/bez-avtora", "/articles/bez-avtora"),
            ("/category/%d0%bc%d0%b8%d1%80/", "/sections/mir"),
            ("/tag/%d1%8d%d0%ba%d0%be%d0%bd%d0%be%d0%bc%d0%b8%d0%ba%d0%b0/", "/tags/ekonomika"),
        })
        {
            var response = await client.GetAsync(new Uri(old, UriKind.Relative), TestContext.Current.CancellationToken);
            Assert.Equal((HttpStatusCode.MovedPermanently, current), (response.StatusCode, response.Headers.Location?.OriginalString));
        }
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(new Uri("/2024/05/09/nothing-here/", UriKind.Relative), TestContext.Current.CancellationToken)).StatusCode);
        var page = await client.GetStringAsync(new Uri("/articles/privet-mir", UriKind.Relative), TestContext.Current.CancellationToken);
        Assert.Contains("Набережная утром", page);
        Assert.Contains("Рады стараться.", page);

        // The same file again changes nothing.
        var before = await CountsAsync();
        var again = await ImportAsync(new WordPressImportOptions(Export, uploads));
        Assert.Equal((0, 0, 4, 0, 0, 0), (again.Imported, again.Updated, again.Unchanged, again.CommentsImported, again.CommentsUpdated, again.ImagesImported));
        Assert.Equal(before, await CountsAsync());
        Assert.Equal(post.Version, (await ArticleAsync("privet-mir")).Version);

        // A newer export: one post retitled, one comment edited, one new reply.
        var newer = Path.Combine(uploads, "newer.xml");
        var text = await File.ReadAllTextAsync(Export, TestContext.Current.CancellationToken);
        text = text.Replace("Без автора в списке", "Без автора: исправлено", StringComparison.Ordinal)
            .Replace("Ждёт модерации.", "Ждёт модерации, поправлено.", StringComparison.Ordinal)
            .Replace("<wp:comment><wp:comment_id>103</wp:comment_id>",
                "<wp:comment><wp:comment_id>106</wp:comment_id><wp:comment_author>Новый</wp:comment_author><wp:comment_date_gmt>2024-05-02 10:00:00</wp:comment_date_gmt><wp:comment_content>Ещё ответ</wp:comment_content><wp:comment_approved>1</wp:comment_approved><wp:comment_type>comment</wp:comment_type><wp:comment_parent>102</wp:comment_parent></wp:comment><wp:comment><wp:comment_id>103</wp:comment_id>",
                StringComparison.Ordinal);
        await File.WriteAllTextAsync(newer, text, TestContext.Current.CancellationToken);
        var update = await ImportAsync(new WordPressImportOptions(newer, uploads));
        Assert.Equal((0, 1, 3, 1, 1), (update.Imported, update.Updated, update.Unchanged, update.CommentsImported, update.CommentsUpdated));
        var retitled = await ArticleAsync("bez-avtora");
        Assert.Equal(("Без автора: исправлено", ArticleStatus.Published), (retitled.Title, retitled.Status));
        var reply = await App.WithDbAsync(db => db.Set<Comment>().AsNoTracking().SingleAsync(c => c.AuthorName == "Новый"));
        Assert.Equal((comments[2].Id, 3), (reply.ParentId!.Value, reply.Depth));
        Assert.Equal(4, (await ArticleAsync("privet-mir")).CommentCount);
        Assert.Equal("/articles/bez-avtora", (await client.GetAsync(new Uri("/2024/05/04/bez-avtora/", UriKind.Relative), TestContext.Current.CancellationToken)).Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task DryRun_ShouldReadAndConvertEverything_AndKeepNothing()
    {
        var before = await CountsAsync();

        var report = await ImportAsync(new WordPressImportOptions(Export, DryRun: true));

        Assert.Null(report.FatalError);
        Assert.Equal(4, report.Imported + report.Unchanged + report.Updated);
        Assert.Equal(before, await CountsAsync());
    }

    [Fact]
    public async Task MalformedFile_ShouldStopWithAReadableReason_AndKeepNothingHalfWritten()
    {
        var file = Path.Combine(Directory.CreateTempSubdirectory("vestnik-import-").FullName, "broken.xml");
        await File.WriteAllTextAsync(file, "<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY a \"aaaa\">]><rss><channel><item><title>&a;</title></item></channel></rss>",
            TestContext.Current.CancellationToken);
        var before = await CountsAsync();

        var report = await ImportAsync(new WordPressImportOptions(file));

        Assert.StartsWith("The file is not a readable WordPress export", report.FatalError);
        Assert.Equal(before, await CountsAsync());
    }
}

public sealed class SqliteWordPressImportTests(SqliteAppFixture fixture) : WordPressImportTests(fixture), IClassFixture<SqliteAppFixture>;

public sealed class PostgresWordPressImportTests(PostgresAppFixture fixture) : WordPressImportTests(fixture), IClassFixture<PostgresAppFixture>;
