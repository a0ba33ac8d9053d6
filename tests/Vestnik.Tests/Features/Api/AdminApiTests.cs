using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Vestnik.Features.Accounts;
using Vestnik.Features.Accounts.Audit;
using Vestnik.Features.Api.Keys;
using Vestnik.Features.Newsroom.Revisions;
using Vestnik.Testing;

namespace Vestnik.Tests.Features.Api;

/// <summary>
/// The admin API: keys that act as a staff account write through the workflow with that account's rights, and every
/// refusal is a problem document with the right status.
/// </summary>
public abstract class AdminApiTests(AppFixture fixture)
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);
    private const string Writing = ApiScopes.ContentRead + " " + ApiScopes.ArticlesWrite + " " + ApiScopes.MediaWrite;

    private VestnikApp App => fixture.App;

    private HttpClient Client() => App.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });

    /// <summary>A key acting as a new account with <paramref name="role"/>, and a section of the test's own.</summary>
    private async Task<(string Key, TestAccount Account, string Section, string Author)> ArrangeAsync(string role, string scopes = Writing)
    {
        var account = await RoleClients.CreateAccountAsync(App, [role]);
        var key = await ApiTestKit.KeyAsync(App, scopes: scopes, actsAsUserId: account.Id, name: "Бот " + role);
        var section = "admin-" + Guid.NewGuid().ToString("N")[..8];
        var author = await App.WithDbAsync(async db =>
        {
            await TestArticles.SectionAsync(db, section);
            return (await TestArticles.AuthorAsync(db)).Slug;
        });
        return (key, account, section, author);
    }

    private static object Draft(string section, string title, string body = "Текст материала.", params string[] authors) => new
    {
        title,
        dek = "Подзаголовок",
        bodyMarkdown = body,
        section,
        language = "ru",
        tags = new[] { "админ-апи" },
        authors,
        labels = new[] { "analysis" },
    };

    private async Task<HttpResponseMessage> SendAsync(HttpMethod method, string url, string key, object? json = null, string? ifMatch = null)
    {
        using var request = new HttpRequestMessage(method, url);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", key);
        if (json is not null)
        {
            request.Content = JsonContent.Create(json);
        }
        if (ifMatch is not null)
        {
            request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        }
        return await Client().SendAsync(request);
    }

    private async Task<JsonElement> CreatedAsync(string key, object draft)
    {
        using var response = await SendAsync(HttpMethod.Post, "/api/v1/admin/articles", key, draft);
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return await response.JsonAsync();
    }

    private static async Task AssertProblemAsync(HttpResponseMessage response, HttpStatusCode status, string type)
    {
        Assert.True(status == response.StatusCode, $"{(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.JsonAsync();
        Assert.Equal((int)status, problem.GetProperty("status").GetInt32());
        Assert.EndsWith("/" + type, problem.GetProperty("type").GetString(), StringComparison.Ordinal);
    }

    private static async Task EventuallyAsync(Func<Task<bool>> done, string what)
    {
        var clock = Stopwatch.StartNew();
        while (!await done())
        {
            Assert.True(clock.Elapsed < Patience, what);
            await Task.Delay(200);
        }
    }

    [Fact]
    public async Task EditorKey_ShouldCreateUpdateAndPublish_AndTheArticleReachesTheSiteSearchAndTheContentApi()
    {
        var (key, editor, section, author) = await ArrangeAsync(Roles.Editor);
        var word = "админапишность" + Guid.NewGuid().ToString("N")[..4];
        var title = $"Заголовок {word} 🚀 — שלום";

        var created = await CreatedAsync(key, Draft(section, title, $"Текст про {word}.\n\n<script>alert(1)</script>", author));
        var id = created.GetProperty("id").GetInt32();
        Assert.Equal("draft", created.GetProperty("status").GetString());
        Assert.Equal(title, created.GetProperty("title").GetString());
        Assert.Equal(section, created.GetProperty("section").GetProperty("slug").GetString());
        Assert.Equal([author], created.GetProperty("authors").EnumerateArray().Select(a => a.GetProperty("slug").GetString()));
        Assert.Equal(["analysis"], created.GetProperty("labels").EnumerateArray().Select(a => a.GetProperty("slug").GetString()));
        Assert.DoesNotContain("<script", created.GetProperty("bodyHtml").GetString(), StringComparison.OrdinalIgnoreCase);

        using var read = await SendAsync(HttpMethod.Get, $"/api/v1/admin/articles/{id}", key);
        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        var first = read.Headers.ETag!.Tag;

        using var patched = await SendAsync(HttpMethod.Patch, $"/api/v1/admin/articles/{id}", key, new { dek = "Новый подзаголовок" }, first);
        Assert.Equal(HttpStatusCode.OK, patched.StatusCode);
        var second = patched.Headers.ETag!.Tag;
        Assert.NotEqual(first, second);
        Assert.Equal(title, (await patched.JsonAsync()).GetProperty("title").GetString());

        using var stale = await SendAsync(HttpMethod.Put, $"/api/v1/admin/articles/{id}", key, Draft(section, "Чужая правка", "Текст."), first);
        await AssertProblemAsync(stale, HttpStatusCode.PreconditionFailed, "stale-version");
        Assert.Equal(second, stale.Headers.ETag!.Tag);
        Assert.Equal(int.Parse(second.Trim('"'), System.Globalization.CultureInfo.InvariantCulture), (await stale.JsonAsync()).GetProperty("currentVersion").GetInt32());
        using var unconditional = await SendAsync(HttpMethod.Put, $"/api/v1/admin/articles/{id}", key, Draft(section, "Без версии"));
        await AssertProblemAsync(unconditional, HttpStatusCode.PreconditionRequired, "if-match-required");

        using var published = await SendAsync(HttpMethod.Post, $"/api/v1/admin/articles/{id}/publish", key, ifMatch: second);
        Assert.Equal(HttpStatusCode.OK, published.StatusCode);
        var article = await published.JsonAsync();
        Assert.Equal("published", article.GetProperty("status").GetString());
        var slug = article.GetProperty("slug").GetString()!;

        using var page = await Client().GetAsync($"/articles/{slug}");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains(word, await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        await EventuallyAsync(async () =>
        {
            using var list = await Client().GetAsync($"/api/v1/articles?section={section}", key);
            return ApiTestKit.Slugs(await list.JsonAsync()).Contains(slug);
        }, "the article did not reach the content API's list");
        await EventuallyAsync(async () =>
        {
            using var found = await Client().GetAsync($"/api/v1/search?q={Uri.EscapeDataString(word)}", key);
            return ApiTestKit.Slugs(await found.JsonAsync()).Contains(slug);
        }, "the article did not reach search");

        var (audit, revisions, lastUse) = await App.WithDbAsync(async db => (
            await db.Set<AuditEntry>().Where(e => e.Subject.StartsWith($"article #{id} ")).OrderBy(e => e.Id).ToListAsync(),
            await db.Set<ArticleRevision>().CountAsync(r => r.ArticleId == id),
            await db.Set<ApiKey>().Where(k => k.Name == "Бот " + Roles.Editor && k.ActsAsUserId == editor.Id).Select(k => k.LastUsedAt).SingleAsync()));
        Assert.Equal([AuditActions.ArticleCreate, AuditActions.ArticleSave, AuditActions.Publish], audit.Select(e => e.Action));
        Assert.All(audit, e => Assert.Equal(editor.Id, e.UserId));
        Assert.All(audit, e => Assert.Equal($"{editor.DisplayName} via API key «Бот {Roles.Editor}»", e.UserName));
        Assert.Equal(3, revisions);
        Assert.NotNull(lastUse);
    }

    [Fact]
    public async Task AuthorKey_ShouldWriteAndSubmitItsDraft_ButNeitherPublishNorChangeItAfterwards()
    {
        var (key, _, section, _) = await ArrangeAsync(Roles.Author);
        var created = await CreatedAsync(key, Draft(section, "Заметка автора"));
        var id = created.GetProperty("id").GetInt32();
        Assert.Single(created.GetProperty("authors").EnumerateArray());

        using var publish = await SendAsync(HttpMethod.Post, $"/api/v1/admin/articles/{id}/publish", key);
        await AssertProblemAsync(publish, HttpStatusCode.Forbidden, "account-refused");
        using var submitted = await SendAsync(HttpMethod.Post, $"/api/v1/admin/articles/{id}/submit", key);
        Assert.Equal(HttpStatusCode.OK, submitted.StatusCode);
        Assert.Equal("inreview", (await submitted.JsonAsync()).GetProperty("status").GetString());
        using var changed = await SendAsync(HttpMethod.Patch, $"/api/v1/admin/articles/{id}", key, new { title = "Поправка" }, submitted.Headers.ETag!.Tag);
        await AssertProblemAsync(changed, HttpStatusCode.Forbidden, "account-refused");
    }

    [Fact]
    public async Task AdminKey_ShouldScheduleAndUnpublish_AndAStepTheStatusDoesNotAllowIs409()
    {
        var (key, _, section, _) = await ArrangeAsync(Roles.Admin);
        var id = (await CreatedAsync(key, Draft(section, "Материал по расписанию"))).GetProperty("id").GetInt32();

        using var notPublished = await SendAsync(HttpMethod.Post, $"/api/v1/admin/articles/{id}/unpublish", key);
        await AssertProblemAsync(notPublished, HttpStatusCode.Conflict, "not-allowed-now");
        Assert.Contains("draft", (await notPublished.JsonAsync()).GetProperty("detail").GetString(), StringComparison.Ordinal);

        using var past = await SendAsync(HttpMethod.Post, $"/api/v1/admin/articles/{id}/schedule", key, new { at = DateTimeOffset.UtcNow.AddHours(-1) });
        await AssertProblemAsync(past, HttpStatusCode.BadRequest, "bad-request");
        using var noTime = await SendAsync(HttpMethod.Post, $"/api/v1/admin/articles/{id}/schedule", key, new { });
        await AssertProblemAsync(noTime, HttpStatusCode.BadRequest, "invalid");

        var at = DateTimeOffset.UtcNow.AddDays(2);
        using var scheduled = await SendAsync(HttpMethod.Post, $"/api/v1/admin/articles/{id}/schedule", key, new { at });
        Assert.Equal(HttpStatusCode.OK, scheduled.StatusCode);
        var article = await scheduled.JsonAsync();
        Assert.Equal("scheduled", article.GetProperty("status").GetString());
        Assert.Equal(at.ToUnixTimeSeconds(), article.GetProperty("scheduledFor").GetDateTimeOffset().ToUnixTimeSeconds());

        using var published = await SendAsync(HttpMethod.Post, $"/api/v1/admin/articles/{id}/publish", key);
        Assert.Equal(HttpStatusCode.OK, published.StatusCode);
        using var unpublished = await SendAsync(HttpMethod.Post, $"/api/v1/admin/articles/{id}/unpublish", key);
        Assert.Equal("unpublished", (await unpublished.JsonAsync()).GetProperty("status").GetString());
    }

    [Fact]
    public async Task Keys_ShouldBeRefused_WithoutTheScope_WhenRevoked_AndWhenTheirAccountIsLocked()
    {
        var (key, editor, section, _) = await ArrangeAsync(Roles.Editor);
        var readOnly = await ApiTestKit.KeyAsync(App, scopes: ApiScopes.ContentRead, actsAsUserId: editor.Id);
        var articlesOnly = await ApiTestKit.KeyAsync(App, scopes: ApiScopes.ArticlesWrite, actsAsUserId: editor.Id);
        var noAccount = await ApiTestKit.KeyAsync(App, scopes: ApiScopes.ArticlesWrite);

        await AssertProblemAsync(await SendAsync(HttpMethod.Post, "/api/v1/admin/articles", readOnly, Draft(section, "Нет права")), HttpStatusCode.Forbidden, "missing-scope");
        await AssertProblemAsync(await SendAsync(HttpMethod.Get, "/api/v1/admin/articles/1", readOnly), HttpStatusCode.Forbidden, "missing-scope");
        await AssertProblemAsync(await UploadAsync(articlesOnly, TestImages.Picture(40, 30)), HttpStatusCode.Forbidden, "missing-scope");
        await AssertProblemAsync(await SendAsync(HttpMethod.Post, "/api/v1/admin/articles", noAccount, Draft(section, "Ничей ключ")), HttpStatusCode.Forbidden, "account-refused");

        await App.WithDbAsync(async db =>
        {
            var revoked = await db.Set<ApiKey>().SingleAsync(k => k.SecretHash == ApiKey.HashOf(articlesOnly));
            revoked.Revoke(DateTimeOffset.UtcNow);
            await db.SaveChangesAsync();
        });
        App.Services.GetRequiredService<ApiKeyRegistry>().Forget();
        await AssertProblemAsync(await SendAsync(HttpMethod.Post, "/api/v1/admin/articles", articlesOnly, Draft(section, "Отозван")), HttpStatusCode.Unauthorized, "bad-key");

        await using (var scope = App.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
            var user = (await users.FindByIdAsync(editor.Id))!;
            await users.SetLockoutEnabledAsync(user, true);
            await users.SetLockoutEndDateAsync(user, DateTimeOffset.UtcNow.AddDays(1));
        }
        await AssertProblemAsync(await SendAsync(HttpMethod.Post, "/api/v1/admin/articles", key, Draft(section, "Заблокирован")), HttpStatusCode.Forbidden, "account-refused");
    }

    [Fact]
    public async Task BadInput_ShouldBeAProblemDocument_NeverA500()
    {
        var (key, _, section, _) = await ArrangeAsync(Roles.Editor);

        await AssertProblemAsync(await RawAsync(key, "{\"title\": \"Обрыв", "application/json"), HttpStatusCode.BadRequest, "bad-request");
        await AssertProblemAsync(await RawAsync(key, "[1, 2]", "application/json"), HttpStatusCode.BadRequest, "bad-request");
        await AssertProblemAsync(await RawAsync(key, "title=Форма", "application/x-www-form-urlencoded"), HttpStatusCode.UnsupportedMediaType, "unsupported-media-type");
        await AssertProblemAsync(await RawAsync(key, new string('я', (int)(3 * 1024 * 1024 / 2)), "application/json"), HttpStatusCode.RequestEntityTooLarge, "too-large");

        using var wrongType = await RawAsync(key, $"{{\"title\": 5, \"section\": \"{section}\"}}", "application/json");
        await AssertProblemAsync(wrongType, HttpStatusCode.BadRequest, "invalid");
        Assert.True((await wrongType.JsonAsync()).GetProperty("errors").TryGetProperty("title", out _));

        using var unknownSection = await SendAsync(HttpMethod.Post, "/api/v1/admin/articles", key, Draft("no-such-section", "Раздел"));
        await AssertProblemAsync(unknownSection, HttpStatusCode.BadRequest, "invalid");
        Assert.Contains("no-such-section", (await unknownSection.JsonAsync()).GetProperty("errors").GetProperty("section")[0].GetString(), StringComparison.Ordinal);

        using var several = await SendAsync(HttpMethod.Post, "/api/v1/admin/articles", key, new { title = " ", section, authors = new[] { "nobody" }, labels = new[] { "no-label" } });
        var errors = (await several.JsonAsync()).GetProperty("errors");
        Assert.Equal(["authors", "labels", "title"], errors.EnumerateObject().Select(e => e.Name).Order());

        await AssertProblemAsync(await SendAsync(HttpMethod.Get, "/api/v1/admin/articles/999999999", key), HttpStatusCode.NotFound, "not-found");
        await AssertProblemAsync(await SendAsync(HttpMethod.Patch, "/api/v1/admin/articles/999999999", key, new { title = "Нет" }, "\"1\""), HttpStatusCode.NotFound, "not-found");
        var id = (await CreatedAsync(key, Draft(section, "Версия"))).GetProperty("id").GetInt32();
        await AssertProblemAsync(await SendAsync(HttpMethod.Patch, $"/api/v1/admin/articles/{id}", key, new { title = "Нет" }, "вчера"), HttpStatusCode.BadRequest, "bad-request");
    }

    [Fact]
    public async Task Media_ShouldUploadThroughTheLibrary_AndPlaceTheImageInABody()
    {
        var (key, _, section, _) = await ArrangeAsync(Roles.Editor);

        using var uploaded = await UploadAsync(key, TestImages.Picture(1600, 900), "Закат над Невой", "Фото: Вестник", "Солнце садится за мост");
        Assert.True(uploaded.StatusCode == HttpStatusCode.Created, await uploaded.Content.ReadAsStringAsync());
        var media = await uploaded.JsonAsync();
        Assert.Equal([480, 960, 1440], media.GetProperty("renditions").EnumerateArray().Select(r => r.GetProperty("width").GetInt32()));
        using var rendition = await Client().GetAsync(new Uri(media.GetProperty("renditions")[0].GetProperty("webp").GetString()!).PathAndQuery);
        Assert.Equal(HttpStatusCode.OK, rendition.StatusCode);
        var markdown = media.GetProperty("markdown").GetString()!;
        Assert.StartsWith("![Солнце садится за мост](/media/", markdown, StringComparison.Ordinal);

        var article = await CreatedAsync(key, Draft(section, "Фоторепортаж", $"Вечер.\n\n{markdown}\n"));
        var html = article.GetProperty("bodyHtml").GetString()!;
        Assert.Contains("<figure", html, StringComparison.Ordinal);
        Assert.Contains("Закат над Невой", html, StringComparison.Ordinal);
        Assert.Contains("srcset=\"http", html, StringComparison.Ordinal);

        using var notAnImage = await UploadAsync(key, Encoding.UTF8.GetBytes("<svg onload=alert(1)>"));
        await AssertProblemAsync(notAnImage, HttpStatusCode.BadRequest, "invalid");
        using var tooLarge = await UploadAsync(key, new byte[(15 * 1024 * 1024) + 1]);
        await AssertProblemAsync(tooLarge, HttpStatusCode.RequestEntityTooLarge, "too-large");
    }

    private async Task<HttpResponseMessage> RawAsync(string key, string body, string contentType)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/admin/articles") { Content = new StringContent(body, Encoding.UTF8, contentType) };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", key);
        return await Client().SendAsync(request);
    }

    private async Task<HttpResponseMessage> UploadAsync(string key, byte[] image, string caption = "", string credit = "", string alt = "")
    {
        using var form = new MultipartFormDataContent
        {
            { new ByteArrayContent(image), "file", "picture.jpg" },
            { new StringContent(caption), "caption" },
            { new StringContent(credit), "credit" },
            { new StringContent(alt), "alt" },
        };
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/admin/media") { Content = form };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", key);
        return await Client().SendAsync(request);
    }
}

public sealed class SqliteAdminApiTests(ApiSqliteAppFixture fixture) : AdminApiTests(fixture), IClassFixture<ApiSqliteAppFixture>;

public sealed class PostgresAdminApiTests(ApiPostgresAppFixture fixture) : AdminApiTests(fixture), IClassFixture<ApiPostgresAppFixture>;
