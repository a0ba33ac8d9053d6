using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Vestnik.Data;
using Vestnik.Data.ChangeLog;
using Vestnik.Features.Articles.Model;
using Vestnik.Infrastructure.Caching;
using Vestnik.Testing;
using Vestnik.Tests.Features.Newsroom;
using Vestnik.Tests.Features.Search;

namespace Vestnik.Tests.Infrastructure.Caching;

/// <summary>The output cache: what is stored, what bypasses it, and that changes evict it within about a second.</summary>
public abstract class ReaderCacheTests(AppFixture fixture)
{
    private static readonly TimeSpan EvictionDeadline = TimeSpan.FromSeconds(3);

    private VestnikApp App => fixture.App;

    private async Task<Article> ArrangeArticleAsync(string title)
    {
        var article = await App.WithDbAsync(db => TestArticles.CreateAsync(db, title));
        await CatchUpWithChangeLogAsync();
        return article;
    }

    /// <summary>
    /// Arranging a test writes to the change log, and the evictor would evict what the test caches next; wait until
    /// it has processed everything written so far.
    /// </summary>
    private async Task CatchUpWithChangeLogAsync()
    {
        var latest = await App.WithDbAsync(db => db.LatestPositionAsync(CancellationToken.None));
        var evictor = App.Service<ChangeLogCacheEvictor>();
        var deadline = DateTime.UtcNow + EvictionDeadline;
        while (evictor.Position < latest)
        {
            Assert.True(DateTime.UtcNow < deadline, "the evictor did not catch up with the change log");
            await Task.Delay(50);
        }
    }

    private HttpClient Client() => App.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });

    private static async Task<string?> EtagOfAsync(HttpClient client, string url, Action<HttpRequestMessage>? configure = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        configure?.Invoke(request);
        using var response = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return response.Headers.ETag?.Tag;
    }

    [Fact]
    public async Task AnonymousArticlePage_ShouldBeServedFromCache_AndAnswer304ToItsETag()
    {
        var article = await ArrangeArticleAsync("Кэшируемая статья");
        var url = $"/articles/{article.Slug}";

        var first = await EtagOfAsync(Client(), url);
        var second = await EtagOfAsync(Client(), url);

        Assert.NotNull(first);
        Assert.Equal(first, second);
        using var conditional = new HttpRequestMessage(HttpMethod.Get, url);
        conditional.Headers.IfNoneMatch.Add(new EntityTagHeaderValue(first!));
        using var notModified = await Client().SendAsync(conditional);
        Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);
    }

    [Fact]
    public async Task UnknownQueryParameters_ShouldShareTheCachedEntry()
    {
        var article = await ArrangeArticleAsync("Статья с метками");
        var url = $"/articles/{article.Slug}";

        var plain = await EtagOfAsync(Client(), url);
        var tagged = await EtagOfAsync(Client(), url + "?utm_source=telegram");
        var random = await EtagOfAsync(Client(), url + "?x=" + Guid.NewGuid());

        Assert.Equal(plain, tagged);
        Assert.Equal(plain, random);
    }

    [Fact]
    public async Task SignedInRequests_ShouldNeitherReadNorFillTheCache()
    {
        var article = await ArrangeArticleAsync("Статья для редактора");
        var url = $"/articles/{article.Slug}";
        void Session(HttpRequestMessage r) => r.Headers.Add("Cookie", "vestnik.auth=any-session");

        var withSession1 = await EtagOfAsync(Client(), url, Session);
        var anonymous1 = await EtagOfAsync(Client(), url);
        var withSession2 = await EtagOfAsync(Client(), url, Session);
        var anonymous2 = await EtagOfAsync(Client(), url);

        Assert.Null(withSession1);
        Assert.Null(withSession2);
        Assert.NotNull(anonymous1);
        Assert.Equal(anonymous1, anonymous2);
    }

    [Fact]
    public async Task ResponsesThatSetCookies_ShouldNotBeCached()
    {
        using var first = await Client().GetAsync("/account/login");
        using var second = await Client().GetAsync("/account/login");

        Assert.True(first.Headers.Contains("Set-Cookie"));
        Assert.True(second.Headers.Contains("Set-Cookie"));
        Assert.NotEqual(first.Headers.ETag?.Tag, second.Headers.ETag?.Tag);
    }

    /// <summary>
    /// A headline edited in the newsroom leaves every cached page that shows it: the article's own page, the home page,
    /// its section, tag and author pages, and another article whose Read also lists it.
    /// </summary>
    [Fact]
    public async Task EditingAHeadlineInTheNewsroom_ShouldEvictEveryCachedPageShowingIt_WithinTwoSeconds()
    {
        var suffix = Guid.NewGuid().ToString("N")[..8];
        var (section, author) = await App.WithDbAsync(async db =>
        {
            var section = db.Sections.Add(new Section { Slug = $"cache-section-{suffix}", NameRu = $"Раздел {suffix}", NameEn = $"Section {suffix}", Position = 100 }).Entity;
            var author = db.Authors.Add(new Author { Name = $"Автор {suffix}", Slug = $"cache-author-{suffix}" }).Entity;
            await db.SaveChangesAsync();
            return (section, author);
        });
        var editor = await RoleClients.EditorAsync(App);
        async Task<List<KeyValuePair<string, string>>> FormAsync(string title, int version) =>
            (await App.WithDbAsync(db => EditorForms.NewAsync(db, title, version: version)))
                .With("Form.SectionId", section.Id.ToString(CultureInfo.InvariantCulture))
                .With("Form.AuthorIds", author.Id.ToString(CultureInfo.InvariantCulture))
                .With("Form.Tags", $"Тег {suffix}");
        var published = await editor.Client.PostFormAsync(EditorForms.Url(null, "Publish"), await FormAsync($"Старый заголовок {suffix}", 0));
        var id = EditorForms.IdFrom(published);
        var article = await App.WithDbAsync(db => db.Articles.AsNoTracking().Include(a => a.Tags).SingleAsync(a => a.Id == id));
        var neighbour = await App.WithDbAsync(db => TestArticles.CreateAsync(db, $"Соседняя статья {suffix}"));
        await ReadAlsoPins.PinAsync(App, neighbour.Id, article.Id);
        await CatchUpWithChangeLogAsync();
        string[] pages =
        [
            $"/articles/{article.Slug}", "/", $"/sections/{section.Slug}", $"/tags/{article.Tags.Single().Slug}", $"/authors/{author.Slug}",
            $"/articles/{neighbour.Slug}",
        ];
        foreach (var page in pages)
        {
            await WaitUntilAsync(async () => (await Client().GetStringAsync(page)).Contains($"Старый заголовок {suffix}", StringComparison.Ordinal), page);
            var etag = await EtagOfAsync(Client(), page);
            Assert.True(etag is not null && etag == await EtagOfAsync(Client(), page), $"{page} is not served from the cache");
        }

        var saved = await editor.Client.PostFormAsync(EditorForms.Url(id, "Save"), await FormAsync($"Новый заголовок {suffix}", article.Version));

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(2);
        foreach (var page in pages)
        {
            await WaitUntilAsync(async () => (await Client().GetStringAsync(page)).Contains($"Новый заголовок {suffix}", StringComparison.Ordinal), page, deadline);
        }
    }

    [Fact]
    public async Task PublishingAnArticle_ShouldEvictTheHomePage()
    {
        Assert.DoesNotContain("Только что опубликовано", await Client().GetStringAsync("/"));

        await App.WithDbAsync(db => TestArticles.CreateAsync(db, "Только что опубликовано"));

        await WaitUntilAsync(async () => (await Client().GetStringAsync("/")).Contains("Только что опубликовано", StringComparison.Ordinal), "/");
    }

    [Fact]
    public async Task UnpublishingAnArticle_ShouldStopServingItsCachedPage()
    {
        var article = await ArrangeArticleAsync("Скоро снимут");
        var url = $"/articles/{article.Slug}";
        Assert.Equal(HttpStatusCode.OK, (await Client().GetAsync(url)).StatusCode);

        await App.WithDbAsync(async db =>
        {
            (await db.Articles.SingleAsync(a => a.Id == article.Id)).Unpublish();
            await db.SaveChangesAsync();
        });

        await WaitUntilAsync(async () => (await Client().GetAsync(url)).StatusCode == HttpStatusCode.Gone, url);
    }

    [Theory]
    [InlineData("br", "br")]
    [InlineData("gzip, deflate", "gzip")]
    [InlineData("gzip;q=0, br;q=0", null)]
    [InlineData("identity", null)]
    public async Task Responses_ShouldBeCompressedOnceAndStoredCompressed(string acceptEncoding, string? expected)
    {
        var article = await ArrangeArticleAsync("Сжатая статья");
        var url = $"/articles/{article.Slug}";
        async Task<(string? Encoding, string? ETag)> FetchAsync()
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, url);
            request.Headers.TryAddWithoutValidation("Accept-Encoding", acceptEncoding);
            using var response = await Client().SendAsync(request);
            return (response.Content.Headers.ContentEncoding.SingleOrDefault(), response.Headers.ETag?.Tag);
        }

        var first = await FetchAsync();
        var second = await FetchAsync();

        Assert.Equal(expected, first.Encoding);
        Assert.Equal(expected, second.Encoding);
        Assert.Equal(first.ETag, second.ETag);
    }

    [Fact]
    public async Task HugeOrOddHeaders_ShouldGetANormalAnswer()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/");
        request.Headers.TryAddWithoutValidation("Accept-Encoding", string.Join(", ", Enumerable.Range(0, 500).Select(i => $"x{i};q=0.{i % 10}")));
        request.Headers.TryAddWithoutValidation("If-None-Match", string.Join(", ", Enumerable.Range(0, 500).Select(i => $"\"{i}\"")));

        using var response = await Client().SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    private static async Task WaitUntilAsync(Func<Task<bool>> condition, string what, DateTime? until = null)
    {
        var deadline = until ?? DateTime.UtcNow + EvictionDeadline;
        while (!await condition())
        {
            Assert.True(DateTime.UtcNow < deadline, $"{what} still served stale content at {deadline:HH:mm:ss.fff}");
            await Task.Delay(100);
        }
    }
}

public sealed class CachedSqliteAppFixture() : AppFixture(DatabaseProvider.Sqlite)
{
    protected override void Configure(VestnikApp app) => app.WithSetting("OutputCache:Enabled", "true");
}

public sealed class CachedPostgresAppFixture() : AppFixture(DatabaseProvider.Postgres)
{
    protected override void Configure(VestnikApp app) => app.WithSetting("OutputCache:Enabled", "true");
}

public sealed class SqliteReaderCacheTests(CachedSqliteAppFixture fixture) : ReaderCacheTests(fixture), IClassFixture<CachedSqliteAppFixture>;

public sealed class PostgresReaderCacheTests(CachedPostgresAppFixture fixture) : ReaderCacheTests(fixture), IClassFixture<CachedPostgresAppFixture>;
