using System.Diagnostics;
using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Vestnik.Features.Articles.Model;
using Vestnik.Infrastructure.Localization;
using Vestnik.Testing;

namespace Vestnik.Tests.Features.Api;

/// <summary>
/// The OpenAPI document the app serves: an independent linter (Redocly CLI, from npm) finds no error in it, and every
/// operation it lists answers as its schemas say, both with a key and without one.
/// </summary>
public abstract class OpenApiContractTests(AppFixture fixture)
{
    private VestnikApp App => fixture.App;

    private async Task<JsonElement> DocumentAsync()
    {
        using var response = await App.CreateClient().GetAsync("/openapi/v1.json");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.JsonAsync();
    }

    [Fact]
    public async Task Document_ShouldLintCleanWithAnIndependentLinter()
    {
        var folder = Repository.PathOf("tests", "openapi-lint");
        var node = TestEnvironment.FindExecutable("/usr/bin/node", "node");
        var cli = Path.Combine(folder, "node_modules", "@redocly", "cli", "bin", "cli.js");
        if (node is null || !File.Exists(cli))
        {
            TestEnvironment.Unavailable("the OpenAPI linter is not installed (run tests/openapi-lint/install.sh)");
        }
        using var response = await App.CreateClient().GetAsync("/openapi/v1.json");
        var file = Path.Combine(Path.GetTempPath(), $"vestnik-openapi-{Guid.NewGuid():N}.json");
        try
        {
            await File.WriteAllBytesAsync(file, await response.Content.ReadAsByteArrayAsync());
            var start = new ProcessStartInfo(node!, [cli, "lint", file, "--config", Path.Combine(folder, "redocly.yaml")])
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                WorkingDirectory = folder,
            };
            start.Environment["REDOCLY_TELEMETRY"] = "off";
            start.Environment["REDOCLY_SUPPRESS_UPDATE_NOTICE"] = "true";
            using var process = Process.Start(start)!;
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            await process.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(2));
            Assert.True(process.ExitCode == 0, $"the linter found errors:\n{await output}\n{await error}");
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public async Task EveryOperation_ShouldAnswerAsItsSchemaSays()
    {
        var article = await App.WithDbAsync(db => TestArticles.CreateAsync(db, "Статья для контракта"));
        await App.WithDbAsync(async db =>
        {
            var stored = await db.Articles.Include(a => a.Tags).Include(a => a.Labels).SingleAsync(a => a.Id == article.Id);
            stored.Tags.Add(new Tag { Name = "контракт", Slug = "kontrakt-" + Guid.NewGuid().ToString("N")[..6], Language = ContentLanguage.Ru });
            stored.Labels.Add(await db.Labels.SingleAsync(l => l.Slug == Label.Analysis));
            await db.SaveChangesAsync();
            await PublishedCounts.RecountAsync(db);
        });
        var key = await ApiTestKit.KeyAsync(App);
        var document = await DocumentAsync();
        var reads = 0;
        var admin = new List<(string Path, string Method, JsonElement Operation)>();

        foreach (var path in document.GetProperty("paths").EnumerateObject())
        {
            foreach (var operation in path.Value.EnumerateObject())
            {
                if (path.Name.StartsWith("/api/v1/admin/", StringComparison.Ordinal))
                {
                    admin.Add((path.Name, operation.Name, operation.Value));
                    continue;
                }
                Assert.Equal("get", operation.Name);
                reads++;
                var url = path.Name.Replace("{slug}", article.Slug, StringComparison.Ordinal);
                var required = operation.Value.TryGetProperty("parameters", out var parameters)
                    ? parameters.EnumerateArray().Where(p => p.GetProperty("in").GetString() == "query" && p.TryGetProperty("required", out var r) && r.GetBoolean()).ToList()
                    : [];
                if (required.Count > 0)
                {
                    url += "?" + string.Join('&', required.Select(p => p.GetProperty("name").GetString() + "=статья"));
                }

                using var answered = await App.CreateClient().GetAsync(url, key);
                await AssertMatchesAsync(document, operation.Value, answered, HttpStatusCode.OK, url);
                using var refused = await App.CreateClient().GetAsync(url, null);
                await AssertMatchesAsync(document, operation.Value, refused, HttpStatusCode.Unauthorized, url);
            }
        }
        Assert.Equal(7, reads);
        await AdminOperationsShouldAnswerAsTheirSchemasSayAsync(document, admin);
    }

    /// <summary>
    /// The admin operations change what they act on, so they run in the order of an article's life: created, read,
    /// replaced, patched, submitted, scheduled, published, unpublished; and an image uploaded.
    /// </summary>
    private async Task AdminOperationsShouldAnswerAsTheirSchemasSayAsync(JsonElement document, List<(string Path, string Method, JsonElement Operation)> operations)
    {
        var account = await RoleClients.CreateAccountAsync(App, [Vestnik.Features.Accounts.Roles.Admin]);
        var key = await ApiTestKit.KeyAsync(App, scopes: "articles:write media:write", actsAsUserId: account.Id);
        var section = (await App.WithDbAsync(db => TestArticles.SectionAsync(db))).Slug;
        var fields = new { title = "Статья из контракта", dek = "Подзаголовок", bodyMarkdown = "Текст.", section, tags = new[] { "контракт" } };
        var id = 0;
        var etag = "";
        var steps = new (string OperationId, HttpStatusCode Status, Func<HttpRequestMessage> Request)[]
        {
            ("createArticle", HttpStatusCode.Created, () => Json(HttpMethod.Post, "/api/v1/admin/articles", fields)),
            ("getAdminArticle", HttpStatusCode.OK, () => new HttpRequestMessage(HttpMethod.Get, $"/api/v1/admin/articles/{id}")),
            ("replaceArticle", HttpStatusCode.OK, () => Json(HttpMethod.Put, $"/api/v1/admin/articles/{id}", fields, etag)),
            ("updateArticle", HttpStatusCode.OK, () => Json(HttpMethod.Patch, $"/api/v1/admin/articles/{id}", new { dek = "Другой подзаголовок" }, etag)),
            ("submitArticle", HttpStatusCode.OK, () => new HttpRequestMessage(HttpMethod.Post, $"/api/v1/admin/articles/{id}/submit")),
            ("scheduleArticle", HttpStatusCode.OK, () => Json(HttpMethod.Post, $"/api/v1/admin/articles/{id}/schedule", new { at = DateTimeOffset.UtcNow.AddDays(1) })),
            ("publishArticle", HttpStatusCode.OK, () => new HttpRequestMessage(HttpMethod.Post, $"/api/v1/admin/articles/{id}/publish")),
            ("unpublishArticle", HttpStatusCode.OK, () => new HttpRequestMessage(HttpMethod.Post, $"/api/v1/admin/articles/{id}/unpublish")),
            ("uploadMedia", HttpStatusCode.Created, () => new HttpRequestMessage(HttpMethod.Post, "/api/v1/admin/media")
            {
                Content = new MultipartFormDataContent { { new ByteArrayContent(TestImages.Picture(64, 48)), "file", "contract.jpg" } },
            }),
        };
        Assert.Equal(steps.Select(s => s.OperationId).Order(), operations.Select(o => o.Operation.GetProperty("operationId").GetString()!).Order());
        foreach (var (operationId, status, make) in steps)
        {
            var operation = operations.Single(o => o.Operation.GetProperty("operationId").GetString() == operationId).Operation;
            using var request = make();
            var url = request.RequestUri!.ToString();
            request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", key);
            using var answered = await App.CreateClient().SendAsync(request);
            await AssertMatchesAsync(document, operation, answered, status, url);
            if (answered.Headers.ETag is { } tag)
            {
                etag = tag.Tag;
                id = id == 0 ? (await answered.JsonAsync()).GetProperty("id").GetInt32() : id;
            }
            using var unsigned = make();
            using var refused = await App.CreateClient().SendAsync(unsigned);
            await AssertMatchesAsync(document, operation, refused, HttpStatusCode.Unauthorized, url);
        }
    }

    private static HttpRequestMessage Json(HttpMethod method, string url, object body, string? ifMatch = null)
    {
        var request = new HttpRequestMessage(method, url) { Content = System.Net.Http.Json.JsonContent.Create(body) };
        if (ifMatch is not null)
        {
            request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        }
        return request;
    }

    [Theory]
    [InlineData("/api/docs", "API материалов Вестника")]
    [InlineData("/en/api/docs", "Vestnik content API")]
    public async Task ReferencePage_ShouldListEveryOperationOfTheDocument(string path, string title)
    {
        var document = await DocumentAsync();

        var (response, page) = await App.CreateClient().GetPageAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(title, page.QuerySelector("h1")!.TextContent);
        var ids = document.GetProperty("paths").EnumerateObject()
            .SelectMany(p => p.Value.EnumerateObject().Select(o => o.Value.GetProperty("operationId").GetString()!))
            .Order().ToArray();
        Assert.Equal(ids, page.QuerySelectorAll("section.api-docs__operation").Select(s => s.Id!).Order().ToArray());
        Assert.Empty(page.QuerySelectorAll("script:not([src]):not([type='application/ld+json']), [style]"));
    }

    [Fact]
    public async Task UnknownOperation_ShouldBeAProblemDocument()
    {
        using var response = await App.CreateClient().GetAsync("/api/v1/no-such-operation");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Theory]
    [InlineData("POST", "/api/v1/articles")]
    [InlineData("PUT", "/api/v1/articles/some-article")]
    [InlineData("DELETE", "/api/v1/sections")]
    [InlineData("PATCH", "/api/v1/articles/some-article/related")]
    public async Task MethodTheOperationDoesNotTake_ShouldBe405WithAllow_AsAProblemDocument(string method, string path)
    {
        var key = await ApiTestKit.KeyAsync(App);

        using var response = await App.CreateClient().GetAsync(path, key, request => request.Method = new HttpMethod(method));

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal(["GET", "HEAD", "OPTIONS"], response.Content.Headers.Allow.Order());
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.EndsWith("/method-not-allowed", (await response.JsonAsync()).GetProperty("type").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task MethodOnAnUnknownPath_ShouldStayNotFound()
    {
        using var response = await App.CreateClient().GetAsync("/api/v1/no-such-operation", null, request => request.Method = HttpMethod.Post);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Head_ShouldAnswerAsGet_WithoutTheBody()
    {
        var key = await ApiTestKit.KeyAsync(App);
        var client = App.CreateClient();

        using var get = await client.GetAsync("/api/v1/sections", key);
        using var head = await client.GetAsync("/api/v1/sections", key, request => request.Method = HttpMethod.Head);

        Assert.Equal(HttpStatusCode.OK, head.StatusCode);
        Assert.Equal(get.Headers.ETag, head.Headers.ETag);
        Assert.NotEmpty(await get.Content.ReadAsByteArrayAsync());
        Assert.Empty(await head.Content.ReadAsByteArrayAsync());
        using var refused = await client.GetAsync("/api/v1/sections", null, request => request.Method = HttpMethod.Head);
        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
    }

    private static async Task AssertMatchesAsync(JsonElement document, JsonElement operation, HttpResponseMessage response, HttpStatusCode expected, string url)
    {
        Assert.True(expected == response.StatusCode, $"{url}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        var status = ((int)response.StatusCode).ToString(System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(operation.GetProperty("responses").TryGetProperty(status, out var documented), $"{url}: {status} is not documented");
        var mediaType = response.Content.Headers.ContentType!.MediaType!;
        Assert.True(documented.GetProperty("content").TryGetProperty(mediaType, out var content), $"{url}: {status} {mediaType} is not documented");
        var failures = new SchemaCheck(document).Check(await response.JsonAsync(), content.GetProperty("schema")).Failures;
        Assert.True(failures.Count == 0, $"{url} {status}:\n{string.Join('\n', failures)}");
    }
}

public sealed class SqliteOpenApiContractTests(SqliteAppFixture fixture) : OpenApiContractTests(fixture), IClassFixture<SqliteAppFixture>;

public sealed class PostgresOpenApiContractTests(PostgresAppFixture fixture) : OpenApiContractTests(fixture), IClassFixture<PostgresAppFixture>;
