using System.Net;
using System.Net.Http.Json;
using Vestnik.Features.Accounts;
using Vestnik.Testing;

namespace Vestnik.Tests.Features.Api;

/// <summary>
/// The admins' key page: a key is shown once, works at once, shows its last use, and stops working when revoked; a
/// writing key acts as the account picked for it, with that account's rights.
/// </summary>
public abstract class ApiKeysPageTests(AppFixture fixture)
{
    private VestnikApp App => fixture.App;

    [Fact]
    public async Task CreatedKey_ShouldBeShownOnce_Work_AndStopWhenRevoked()
    {
        var admin = await RoleClients.AdminAsync(App);
        var name = "Мобильное приложение " + Guid.NewGuid().ToString("N")[..6];

        using var created = await admin.Client.SubmitFormAsync("/newsroom/api-keys", "form.api-key-form", new()
        {
            ["Name"] = name,
            ["Origins"] = "https://app.example/\nhttp://localhost:3000",
            ["RequestsPerMinute"] = "120",
        });
        Assert.Equal(HttpStatusCode.OK, created.StatusCode);
        var page = Html.Parse(await created.Content.ReadAsStringAsync());
        var secret = page.QuerySelector("code.api-key-secret")!.TextContent;
        Assert.StartsWith("vk_", secret, StringComparison.Ordinal);
        var id = page.QuerySelector("code.api-key-secret")!.GetAttribute("data-key-id");

        using var api = await App.CreateClient().GetAsync("/api/v1/sections", secret);
        Assert.Equal(HttpStatusCode.OK, api.StatusCode);

        var (_, list) = await admin.Client.GetPageAsync("/newsroom/api-keys");
        Assert.DoesNotContain(secret, list.DocumentElement.OuterHtml, StringComparison.Ordinal);
        var row = list.QuerySelector($"tr[data-key-id='{id}']")!;
        Assert.Contains(name, row.TextContent, StringComparison.Ordinal);
        Assert.Contains("https://app.example, http://localhost:3000", row.TextContent, StringComparison.Ordinal);
        Assert.NotEqual("не было", row.QuerySelector(".api-key-last-used")!.TextContent.Trim());

        using var revoked = await admin.Client.SubmitFormAsync("/newsroom/api-keys", $"tr[data-key-id='{id}'] form");
        Assert.Equal(HttpStatusCode.Redirect, revoked.StatusCode);
        using var refused = await App.CreateClient().GetAsync("/api/v1/sections", secret);
        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        var (_, after) = await admin.Client.GetPageAsync("/newsroom/api-keys");
        Assert.Empty(after.QuerySelectorAll($"tr[data-key-id='{id}'] form"));
    }

    [Fact]
    public async Task CreatingAndRevokingAKey_ShouldBeInTheAuditLog_InTheNewsroomsLanguage()
    {
        var admin = await RoleClients.AdminAsync(App);
        var name = "Партнёрский виджет " + Guid.NewGuid().ToString("N")[..6];
        using var created = await admin.Client.SubmitFormAsync("/newsroom/api-keys", "form.api-key-form", new()
        {
            ["Name"] = name,
            ["Origins"] = "https://widget.example",
            ["RequestsPerMinute"] = "60",
        });
        var secret = Html.Parse(await created.Content.ReadAsStringAsync()).QuerySelector("code.api-key-secret")!;
        var id = secret.GetAttribute("data-key-id");
        using var revoked = await admin.Client.SubmitFormAsync("/newsroom/api-keys", $"tr[data-key-id='{id}'] form");
        Assert.Equal(HttpStatusCode.Redirect, revoked.StatusCode);

        var (_, russian) = await admin.Client.GetPageAsync($"/newsroom/audit?q={Uri.EscapeDataString(name)}");
        Assert.Equal([("отзыв ключа API", $"#{id} «{name}»"), ("новый ключ API", $"#{id} «{name}»")], AuditRows(russian));
        Assert.DoesNotContain(secret.TextContent, russian.DocumentElement.OuterHtml, StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.Redirect, (await admin.Client.GetAsync("/newsroom/language?to=en&returnUrl=/newsroom")).StatusCode);
        var (_, english) = await admin.Client.GetPageAsync($"/newsroom/audit?q={Uri.EscapeDataString(name)}");
        Assert.Equal([("API key revoked", $"#{id} «{name}»"), ("API key created", $"#{id} «{name}»")], AuditRows(english));
    }

    [Fact]
    public async Task WritingKey_ShouldActAsThePickedAccount_WithThatAccountsRightsOnly()
    {
        var admin = await RoleClients.AdminAsync(App);
        var author = await RoleClients.CreateAccountAsync(App, [Roles.Author], "Автор ключа " + Guid.NewGuid().ToString("N")[..6]);
        var (_, form) = await admin.Client.GetPageAsync("/newsroom/api-keys");
        Assert.Equal(admin.Id, form.QuerySelector("#api-key-acts-as option[selected]")!.GetAttribute("value"));
        Assert.Equal(["content:read"], form.QuerySelectorAll("input[name=Scopes][checked]").Select(i => i.GetAttribute("value")));
        Assert.Contains(author.Id, form.QuerySelectorAll("#api-key-acts-as option").Select(o => o.GetAttribute("value")));

        using var created = await admin.Client.SubmitFormAsync("/newsroom/api-keys", "form.api-key-form", new List<KeyValuePair<string, string>>
        {
            new("Name", "Импорт ленты"), new("Origins", ""), new("RequestsPerMinute", "60"),
            new("Scopes", "articles:write"), new("Scopes", "media:write"), new("ActsAsUserId", author.Id),
        });
        Assert.Equal(HttpStatusCode.OK, created.StatusCode);
        var page = Html.Parse(await created.Content.ReadAsStringAsync());
        var secret = page.QuerySelector("code.api-key-secret")!;
        var row = page.QuerySelector($"tr[data-key-id='{secret.GetAttribute("data-key-id")}']")!;
        Assert.Contains("articles:write media:write", row.TextContent, StringComparison.Ordinal);
        Assert.Equal(author.DisplayName, row.QuerySelector(".api-key-acts-as")!.TextContent);

        var section = (await App.WithDbAsync(db => TestArticles.SectionAsync(db))).Slug;
        using var draft = new HttpRequestMessage(HttpMethod.Post, "/api/v1/admin/articles") { Content = JsonContent.Create(new { title = "Из ленты", section }) };
        draft.Headers.Authorization = new("Bearer", secret.TextContent);
        using var written = await App.CreateClient().SendAsync(draft);
        Assert.Equal(HttpStatusCode.Created, written.StatusCode);
        var id = (await written.JsonAsync()).GetProperty("id").GetInt32();
        using var publish = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/admin/articles/{id}/publish");
        publish.Headers.Authorization = new("Bearer", secret.TextContent);
        Assert.Equal(HttpStatusCode.Forbidden, (await App.CreateClient().SendAsync(publish)).StatusCode);
        using var read = await App.CreateClient().GetAsync("/api/v1/sections", secret.TextContent);
        Assert.Equal(HttpStatusCode.Forbidden, read.StatusCode);
    }

    [Fact]
    public async Task KeyWithoutScopes_ShouldBeRefused_AndKeepWhatWasTyped()
    {
        var admin = await RoleClients.AdminAsync(App);

        using var response = await admin.Client.SubmitFormAsync("/newsroom/api-keys", "form.api-key-form", new()
        {
            ["Name"] = "Пустой ключ",
            ["Scopes"] = "",
        });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var page = Html.Parse(await response.Content.ReadAsStringAsync());
        Assert.Contains("право", page.QuerySelector("#api-key-error")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Пустой ключ", page.QuerySelector("#api-key-name")!.GetAttribute("value"));
    }

    private static List<(string Action, string Subject)> AuditRows(AngleSharp.Html.Dom.IHtmlDocument page) =>
        [.. page.QuerySelectorAll(".nr-audit tbody tr").Cast<AngleSharp.Html.Dom.IHtmlTableRowElement>()
            .Select(row => (row.Cells[2].TextContent, row.Cells[3].TextContent))];

    [Fact]
    public async Task KeyWithoutSites_ShouldBeCreated_ForServerToServerUse()
    {
        var admin = await RoleClients.AdminAsync(App);

        using var created = await admin.Client.SubmitFormAsync("/newsroom/api-keys", "form.api-key-form", new()
        {
            ["Name"] = "Бот редакции",
            ["Origins"] = "",
            ["RequestsPerMinute"] = "60",
        });

        Assert.Equal(HttpStatusCode.OK, created.StatusCode);
        var secret = Html.Parse(await created.Content.ReadAsStringAsync()).QuerySelector("code.api-key-secret")!.TextContent;
        using var api = await App.CreateClient().GetAsync("/api/v1/sections", secret);
        Assert.Equal(HttpStatusCode.OK, api.StatusCode);
    }

    [Theory]
    [InlineData("", "https://app.example", "60", "Укажите название")]
    [InlineData("Ключ", "ftp://app.example", "60", "ftp://app.example")]
    [InlineData("Ключ", "https://app.example/path", "60", "https://app.example/path")]
    [InlineData("Ключ", "", "0", "Лимит")]
    [InlineData("Ключ", "", "много", "Лимит")]
    public async Task BadForm_ShouldSayWhy_AndKeepWhatWasTyped(string name, string origins, string rate, string message)
    {
        var admin = await RoleClients.AdminAsync(App);

        using var response = await admin.Client.SubmitFormAsync("/newsroom/api-keys", "form.api-key-form", new()
        {
            ["Name"] = name,
            ["Origins"] = origins,
            ["RequestsPerMinute"] = rate,
        });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var page = Html.Parse(await response.Content.ReadAsStringAsync());
        Assert.Contains(message, page.QuerySelector("#api-key-error")!.TextContent, StringComparison.Ordinal);
        Assert.Null(page.QuerySelector("code.api-key-secret"));
        Assert.Equal(origins, page.QuerySelector("#api-key-origins")!.TextContent);
        Assert.Equal(name, page.QuerySelector("#api-key-name")!.GetAttribute("value") ?? "");
    }
}

public sealed class SqliteApiKeysPageTests(SqliteAppFixture fixture) : ApiKeysPageTests(fixture), IClassFixture<SqliteAppFixture>;

public sealed class PostgresApiKeysPageTests(PostgresAppFixture fixture) : ApiKeysPageTests(fixture), IClassFixture<PostgresAppFixture>;
