using System.Net;
using Microsoft.EntityFrameworkCore;
using Vestnik.Testing;

namespace Vestnik.Tests.Features.Newsroom;

/// <summary>The editor's "Typography": offered after every save, applied on request, never saved behind the writer's back.</summary>
public abstract class ArticleTypographyTests(AppFixture fixture)
{
    private VestnikApp App => fixture.App;

    private const string Untypeset = "Он сказал \"да\" - и ушёл...";
    private const string Typeset = "Он\u00A0сказал «да»\u00A0— и\u00A0ушёл…";

    [Fact]
    public async Task Typography_ShouldSetTheFormsText_AndShowItUnsaved()
    {
        var editor = await RoleClients.EditorAsync(App);
        var form = await App.WithDbAsync(db => EditorForms.NewAsync(db, "Заголовок \"в кавычках\" - тест", Untypeset));

        var response = await editor.Client.PostFormAsync(EditorForms.Url(null, "Typography"), form);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = Html.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(Typeset, page.QuerySelector("#Form_Body")!.TextContent.Trim());
        Assert.Equal("Заголовок «в\u00A0кавычках»\u00A0— тест", page.QuerySelector("#Form_Title")!.GetAttribute("value"));
        Assert.Contains("Проверьте текст и сохраните", page.QuerySelector("p.nr-notice")!.TextContent, StringComparison.Ordinal);
        Assert.False(await App.WithDbAsync(db => db.Articles.AnyAsync(a => a.Title.StartsWith("Заголовок «"))));
    }

    [Fact]
    public async Task Editor_ShouldOfferTheTypographyLeft_AfterASave_UntilItIsApplied()
    {
        var author = await RoleClients.AuthorAsync(App);
        var form = await App.WithDbAsync(db => EditorForms.NewAsync(db, "Статья для типографики", Untypeset));
        var saved = await author.Client.PostFormAsync(EditorForms.Url(null, "Save"), form);
        var id = EditorForms.IdFrom(saved);

        var before = Html.Parse(await author.Client.GetStringAsync($"/newsroom/articles/edit/{id}"));
        Assert.Equal(Untypeset, before.QuerySelector("#Form_Body")!.TextContent.Trim());
        Assert.Contains("можно исправить 6 мест", before.QuerySelector("#typography-hint")!.TextContent, StringComparison.Ordinal);

        var version = await App.WithDbAsync(db => db.Articles.Where(a => a.Id == id).Select(a => a.Version).SingleAsync());
        var typeset = await author.Client.PostFormAsync(EditorForms.Url(id, "Save"),
            form.With("Form.Body", Typeset).With("Form.Version", version.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        Assert.Equal(HttpStatusCode.Redirect, typeset.StatusCode);

        var after = Html.Parse(await author.Client.GetStringAsync($"/newsroom/articles/edit/{id}"));
        Assert.Null(after.QuerySelector("#typography-hint"));
    }

    [Fact]
    public async Task Typography_ShouldBeRefused_OnSomeoneElsesDraft()
    {
        var owner = await RoleClients.AuthorAsync(App);
        var other = await RoleClients.AuthorAsync(App);
        var form = await App.WithDbAsync(db => EditorForms.NewAsync(db, "Чужой текст", Untypeset));
        var id = EditorForms.IdFrom(await owner.Client.PostFormAsync(EditorForms.Url(null, "Save"), form));

        var response = await other.Client.PostFormAsync(EditorForms.Url(id, "Typography"), form);

        Assert.Contains("access-denied", response.Headers.Location?.ToString() ?? "", StringComparison.Ordinal);
    }
}

public sealed class SqliteArticleTypographyTests(SqliteAppFixture fixture) : ArticleTypographyTests(fixture), IClassFixture<SqliteAppFixture>;

public sealed class PostgresArticleTypographyTests(PostgresAppFixture fixture) : ArticleTypographyTests(fixture), IClassFixture<PostgresAppFixture>;
