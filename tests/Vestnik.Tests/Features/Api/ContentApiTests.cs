using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Vestnik.Features.Articles.Model;
using Vestnik.Infrastructure.Localization;
using Vestnik.Testing;

namespace Vestnik.Tests.Features.Api;

/// <summary>The read-only content API: filters, paging, bodies, validators, CORS, limits and every refusal as a problem document.</summary>
public abstract class ContentApiTests(AppFixture fixture)
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    private VestnikApp App => fixture.App;

    private HttpClient Client() => App.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });

    /// <summary>Published articles in a section of their own, oldest first, so a test's list holds only its own.</summary>
    private async Task<(string Section, List<Article> Articles)> ArrangeSectionAsync(int count, string title = "Статья для API")
    {
        var section = "api-" + Guid.NewGuid().ToString("N")[..8];
        var articles = new List<Article>();
        for (var i = 0; i < count; i++)
        {
            articles.Add(await App.WithDbAsync(db => TestArticles.CreateAsync(db, $"{title} {i}", section: section)));
        }
        return (section, articles);
    }

    private static async Task AssertProblemAsync(HttpResponseMessage response, HttpStatusCode status, string type)
    {
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.JsonAsync();
        Assert.Equal((int)status, problem.GetProperty("status").GetInt32());
        Assert.EndsWith("/" + type, problem.GetProperty("type").GetString(), StringComparison.Ordinal);
        Assert.False(string.IsNullOrWhiteSpace(problem.GetProperty("detail").GetString()));
    }

    [Fact]
    public async Task ArticleList_ShouldPageToTheEnd_NewestFirst_WithoutDuplicates()
    {
        var (section, articles) = await ArrangeSectionAsync(5);
        var key = await ApiTestKit.KeyAsync(App);

        var seen = new List<string>();
        string? cursor = null;
        var pages = 0;
        do
        {
            var url = $"/api/v1/articles?section={section}&limit=2" + (cursor is null ? "" : "&cursor=" + cursor);
            using var response = await Client().GetAsync(url, key);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var page = await response.JsonAsync();
            seen.AddRange(ApiTestKit.Slugs(page));
            cursor = page.GetProperty("nextCursor").GetString();
            pages++;
        }
        while (cursor is not null && pages < 10);

        Assert.Equal(3, pages);
        Assert.Equal(articles.Select(a => a.Slug).Reverse(), seen);
    }

    [Fact]
    public async Task ArticleList_ShouldFilterByTagAuthorLanguageLabelAndUpdatedSince()
    {
        var (section, articles) = await ArrangeSectionAsync(2);
        var english = await App.WithDbAsync(db => TestArticles.CreateAsync(db, "API in English", ContentLanguage.En, section: section));
        var tagSlug = "api-tag-" + Guid.NewGuid().ToString("N")[..6];
        var since = DateTimeOffset.UtcNow.AddMinutes(1);
        await App.WithDbAsync(async db =>
        {
            var first = await db.Articles.Include(a => a.Tags).Include(a => a.Labels).SingleAsync(a => a.Id == articles[0].Id);
            first.Tags.Add(new Tag { Name = "тег API", Slug = tagSlug, Language = ContentLanguage.Ru });
            first.Labels.Add(await db.Labels.SingleAsync(l => l.Slug == Label.Exclusive));
            var second = await db.Articles.SingleAsync(a => a.Id == articles[1].Id);
            second.MarkUpdated(since.AddMinutes(1));
            await db.SaveChangesAsync();
        });
        var key = await ApiTestKit.KeyAsync(App);

        async Task<IReadOnlyList<string>> ListAsync(string filter)
        {
            using var response = await Client().GetAsync($"/api/v1/articles?section={section}&{filter}", key);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            return ApiTestKit.Slugs(await response.JsonAsync());
        }

        Assert.Equal([articles[0].Slug], await ListAsync("tag=" + tagSlug));
        Assert.Equal([articles[0].Slug], await ListAsync("label=" + Label.Exclusive));
        Assert.Equal([english.Slug], await ListAsync("language=en"));
        Assert.Equal([articles[1].Slug, articles[0].Slug], await ListAsync("language=ru"));
        Assert.Equal(3, (await ListAsync("author=testova-anna")).Count);
        Assert.Equal([articles[1].Slug], await ListAsync("updated_since=" + Uri.EscapeDataString(since.ToString("O"))));
        Assert.Empty(await ListAsync("tag=no-such-tag"));
    }

    [Fact]
    public async Task Article_ShouldCarryBothBodiesAndAbsoluteUrls_AndOnlyWhenPublished()
    {
        var published = await App.WithDbAsync(db => TestArticles.CreateAsync(db, "Статья с телом", body: "Текст со **смыслом**.\n\n![Мост](/media/2026/bridge/1440.jpg)"));
        var draft = await App.WithDbAsync(db => TestArticles.CreateAsync(db, "Черновик для API", publish: false));
        var key = await ApiTestKit.KeyAsync(App);

        using var response = await Client().GetAsync($"/api/v1/articles/{published.Slug}", key);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var article = await response.JsonAsync();
        Assert.Equal(published.Slug, article.GetProperty("slug").GetString());
        Assert.Equal("ru", article.GetProperty("language").GetString());
        Assert.Equal(published.BodyMarkdown, article.GetProperty("bodyMarkdown").GetString());
        var html = article.GetProperty("bodyHtml").GetString()!;
        Assert.Contains("<strong>смыслом</strong>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("=\"/media/", html, StringComparison.Ordinal);
        var url = new Uri(article.GetProperty("url").GetString()!);
        Assert.True(url.IsAbsoluteUri);
        Assert.Equal($"/articles/{published.Slug}", url.AbsolutePath);
        Assert.True(new Uri(article.GetProperty("section").GetProperty("url").GetString()!).IsAbsoluteUri);
        Assert.Equal("testova-anna", article.GetProperty("authors")[0].GetProperty("slug").GetString());

        using var unpublished = await Client().GetAsync($"/api/v1/articles/{draft.Slug}", key);
        await AssertProblemAsync(unpublished, HttpStatusCode.NotFound, "not-found");
        using var unknown = await Client().GetAsync("/api/v1/articles/no-such-article", key);
        await AssertProblemAsync(unknown, HttpStatusCode.NotFound, "not-found");
    }

    [Fact]
    public async Task Answers_ShouldCarryAnETag_ThatGets304()
    {
        var (section, _) = await ArrangeSectionAsync(1);
        var key = await ApiTestKit.KeyAsync(App);

        foreach (var url in new[] { $"/api/v1/articles?section={section}", "/api/v1/sections" })
        {
            using var first = await Client().GetAsync(url, key);
            var etag = first.Headers.ETag;
            Assert.NotNull(etag);
            using var again = await Client().GetAsync(url, key, r => r.Headers.IfNoneMatch.Add(etag!));
            Assert.Equal(HttpStatusCode.NotModified, again.StatusCode);
            using var other = await Client().GetAsync(url, key, r => r.Headers.IfNoneMatch.Add(new EntityTagHeaderValue("\"0000000000000000\"")));
            Assert.Equal(HttpStatusCode.OK, other.StatusCode);
        }
    }

    [Fact]
    public async Task Publish_ShouldShowInTheCachedList()
    {
        var (section, articles) = await ArrangeSectionAsync(1);
        var key = await ApiTestKit.KeyAsync(App);
        var url = $"/api/v1/articles?section={section}";
        using (var before = await Client().GetAsync(url, key))
        {
            Assert.Equal([articles[0].Slug], ApiTestKit.Slugs(await before.JsonAsync()));
        }

        var later = await App.WithDbAsync(db => TestArticles.CreateAsync(db, "Только что опубликовано", section: section));

        var clock = Stopwatch.StartNew();
        while (true)
        {
            using var response = await Client().GetAsync(url, key);
            var slugs = ApiTestKit.Slugs(await response.JsonAsync());
            if (slugs.Count == 2)
            {
                Assert.Equal([later.Slug, articles[0].Slug], slugs);
                break;
            }
            Assert.True(clock.Elapsed < Patience, "the new article did not reach the cached list");
            await Task.Delay(100);
        }
    }

    [Fact]
    public async Task Refusals_ShouldBeProblemDocuments()
    {
        var key = await ApiTestKit.KeyAsync(App);
        var writeOnly = await ApiTestKit.KeyAsync(App, scopes: "articles:write");
        var revoked = await ApiTestKit.KeyAsync(App);
        await App.WithDbAsync(db => db.Set<Vestnik.Features.Api.Keys.ApiKey>()
            .Where(k => k.SecretHash == Vestnik.Features.Api.Keys.ApiKey.HashOf(revoked))
            .ExecuteUpdateAsync(s => s.SetProperty(k => k.RevokedAt, DateTimeOffset.UtcNow)));

        using (var missing = await Client().GetAsync("/api/v1/articles", null))
        {
            await AssertProblemAsync(missing, HttpStatusCode.Unauthorized, "missing-key");
            Assert.Equal("Bearer", missing.Headers.WwwAuthenticate.Single().Scheme);
        }
        await AssertProblemAsync(await Client().GetAsync("/api/v1/articles", "vk_not-a-key"), HttpStatusCode.Unauthorized, "bad-key");
        await AssertProblemAsync(await Client().GetAsync("/api/v1/articles", revoked), HttpStatusCode.Unauthorized, "bad-key");
        await AssertProblemAsync(await Client().GetAsync("/api/v1/articles", writeOnly), HttpStatusCode.Forbidden, "missing-scope");
        using (var header = await Client().GetAsync("/api/v1/sections", null, r => r.Headers.Add("X-Api-Key", key)))
        {
            Assert.Equal(HttpStatusCode.OK, header.StatusCode);
        }
        foreach (var query in new[] { "language=de", "limit=0", "limit=101", "limit=ten", "section=Не-слаг", "updated_since=вчера", "sort=title", "cursor=abc", "limit=1&limit=2" })
        {
            await AssertProblemAsync(await Client().GetAsync("/api/v1/articles?" + query, key), HttpStatusCode.BadRequest, "bad-request");
        }
        await AssertProblemAsync(await Client().GetAsync("/api/v1/search", key), HttpStatusCode.BadRequest, "bad-request");
        await AssertProblemAsync(await Client().GetAsync("/api/v1/articles/no-such-article/related", key), HttpStatusCode.NotFound, "not-found");
    }

    [Fact]
    public async Task Cursor_ShouldRefuseTampering()
    {
        var (section, _) = await ArrangeSectionAsync(2);
        var key = await ApiTestKit.KeyAsync(App);
        using var first = await Client().GetAsync($"/api/v1/articles?section={section}&limit=1", key);
        var cursor = (await first.JsonAsync()).GetProperty("nextCursor").GetString()!;
        var middle = cursor.Length / 2;
        var tampered = cursor[..middle] + (cursor[middle] == 'A' ? 'B' : 'A') + cursor[(middle + 1)..];

        await AssertProblemAsync(await Client().GetAsync($"/api/v1/articles?limit=1&cursor={tampered}", key), HttpStatusCode.BadRequest, "bad-request");
        // A list's cursor opens only that list.
        await AssertProblemAsync(await Client().GetAsync($"/api/v1/tags?cursor={cursor}", key), HttpStatusCode.BadRequest, "bad-request");
    }

    [Fact]
    public async Task Cors_ShouldAllowOnlyTheKeysOrigins_PreflightToo()
    {
        var key = await ApiTestKit.KeyAsync(App, origins: "https://partner.example");

        using var preflight = new HttpRequestMessage(HttpMethod.Options, "/api/v1/articles");
        preflight.Headers.Add("Origin", "https://partner.example");
        preflight.Headers.Add("Access-Control-Request-Method", "GET");
        preflight.Headers.Add("Access-Control-Request-Headers", "authorization");
        using var allowed = await Client().SendAsync(preflight);
        Assert.Equal(HttpStatusCode.NoContent, allowed.StatusCode);
        Assert.Equal("https://partner.example", allowed.Headers.GetValues("Access-Control-Allow-Origin").Single());
        Assert.Contains("Authorization", allowed.Headers.GetValues("Access-Control-Allow-Headers").Single(), StringComparison.Ordinal);

        using var strangerPreflight = new HttpRequestMessage(HttpMethod.Options, "/api/v1/articles");
        strangerPreflight.Headers.Add("Origin", "https://stranger.example");
        strangerPreflight.Headers.Add("Access-Control-Request-Method", "GET");
        using var refused = await Client().SendAsync(strangerPreflight);
        await AssertProblemAsync(refused, HttpStatusCode.Forbidden, "origin-not-allowed");
        Assert.False(refused.Headers.Contains("Access-Control-Allow-Origin"));

        using var get = await Client().GetAsync("/api/v1/sections", key, r => r.Headers.Add("Origin", "https://partner.example"));
        Assert.Equal(HttpStatusCode.OK, get.StatusCode);
        Assert.Equal("https://partner.example", get.Headers.GetValues("Access-Control-Allow-Origin").Single());
        Assert.Contains("Origin", get.Headers.Vary);

        using var stranger = await Client().GetAsync("/api/v1/sections", key, r => r.Headers.Add("Origin", "https://stranger.example"));
        await AssertProblemAsync(stranger, HttpStatusCode.Forbidden, "origin-not-allowed");
    }

    [Fact]
    public async Task Key_ShouldBeHeldToItsRateLimit()
    {
        var key = await ApiTestKit.KeyAsync(App, requestsPerMinute: 2);
        var other = await ApiTestKit.KeyAsync(App, requestsPerMinute: 2);

        for (var i = 0; i < 2; i++)
        {
            using var ok = await Client().GetAsync("/api/v1/sections", key);
            Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        }
        using var limited = await Client().GetAsync("/api/v1/sections", key);
        await AssertProblemAsync(limited, HttpStatusCode.TooManyRequests, "rate-limited");
        Assert.InRange(limited.Headers.RetryAfter!.Delta!.Value.TotalSeconds, 1, 60);
        using var otherKey = await Client().GetAsync("/api/v1/sections", other);
        Assert.Equal(HttpStatusCode.OK, otherKey.StatusCode);
    }

    [Fact]
    public async Task Catalog_ShouldListSectionsTagsAndAuthorsWithPublishedArticles()
    {
        var (section, articles) = await ArrangeSectionAsync(1);
        var tagSlug = "api-catalog-" + Guid.NewGuid().ToString("N")[..6];
        await App.WithDbAsync(async db =>
        {
            var article = await db.Articles.Include(a => a.Tags).SingleAsync(a => a.Id == articles[0].Id);
            article.Tags.Add(new Tag { Name = "каталог", Slug = tagSlug, Language = ContentLanguage.Ru });
            await db.SaveChangesAsync();
            await PublishedCounts.RecountAsync(db);
        });
        var key = await ApiTestKit.KeyAsync(App);

        using var sections = await Client().GetAsync("/api/v1/sections", key);
        Assert.Contains((await sections.JsonAsync()).EnumerateArray(), s => s.GetProperty("slug").GetString() == section);
        var tags = new List<string>();
        string? cursor = null;
        do
        {
            using var page = await Client().GetAsync("/api/v1/tags?language=ru&limit=1" + (cursor is null ? "" : "&cursor=" + cursor), key);
            var json = await page.JsonAsync();
            tags.AddRange(ApiTestKit.Slugs(json));
            cursor = json.GetProperty("nextCursor").GetString();
        }
        while (cursor is not null);
        Assert.Contains(tagSlug, tags);
        Assert.Equal(tags.Count, tags.Distinct().Count());
        using var authors = await Client().GetAsync("/api/v1/authors", key);
        Assert.Contains("testova-anna", ApiTestKit.Slugs(await authors.JsonAsync()));
    }

    [Fact]
    public async Task SearchAndReadAlso_ShouldAnswerWithArticles()
    {
        var word = "апишность" + Guid.NewGuid().ToString("N")[..4];
        var article = await App.WithDbAsync(db => TestArticles.CreateAsync(db, $"Поиск {word} через API"));
        var key = await ApiTestKit.KeyAsync(App);

        var clock = Stopwatch.StartNew();
        while (true)
        {
            using var response = await Client().GetAsync($"/api/v1/search?q={Uri.EscapeDataString(word)}", key);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var page = await response.JsonAsync();
            if (page.GetProperty("total").GetInt32() > 0)
            {
                Assert.Equal([article.Slug], ApiTestKit.Slugs(page));
                break;
            }
            Assert.True(clock.Elapsed < Patience, "the article did not reach the search index");
            await Task.Delay(200);
        }
        using var related = await Client().GetAsync($"/api/v1/articles/{article.Slug}/related", key);
        Assert.Equal(HttpStatusCode.OK, related.StatusCode);
        Assert.Equal(System.Text.Json.JsonValueKind.Array, (await related.JsonAsync()).GetProperty("items").ValueKind);
    }
}

public sealed class SqliteContentApiTests(ApiSqliteAppFixture fixture) : ContentApiTests(fixture), IClassFixture<ApiSqliteAppFixture>;

public sealed class PostgresContentApiTests(ApiPostgresAppFixture fixture) : ContentApiTests(fixture), IClassFixture<ApiPostgresAppFixture>;
