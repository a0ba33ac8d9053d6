using System.Globalization;
using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Vestnik.Data;
using Vestnik.Features.Articles.Model;
using Vestnik.Features.Newsroom.Articles.Presence;
using Vestnik.Features.Newsroom.Revisions;
using Vestnik.Testing;

namespace Vestnik.Tests.Features.Newsroom;

/// <summary>
/// The editor's safety net over HTTP: autosave creates and updates a draft without flooding its history, a save that
/// meets a newer version shows both texts and can knowingly save over, and presence tells two editors of each other.
/// </summary>
public abstract class EditorSafetyTests(AppFixture fixture)
{
    private VestnikApp App => fixture.App;

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    [Fact]
    public async Task Autosave_ShouldCreateANewDraft_ThenKeepOneRevisionForItsStretch()
    {
        var author = await RoleClients.AuthorAsync(App);
        var form = await App.WithDbAsync(db => EditorForms.NewAsync(db, "Автосохранённый черновик", "Первая строка"));

        var created = await author.Client.PostFormAsync(EditorForms.Url(null, "Autosave"), form);
        Assert.Equal(HttpStatusCode.OK, created.StatusCode);
        using var first = JsonDocument.Parse(await created.Content.ReadAsStringAsync());
        var id = first.RootElement.GetProperty("id").GetInt32();
        Assert.Equal($"/newsroom/articles/edit/{id}", first.RootElement.GetProperty("url").GetString());
        Assert.Matches(@"^Сохранено \d\d:\d\d$", first.RootElement.GetProperty("message").GetString());

        var version = first.RootElement.GetProperty("version").GetInt32();
        foreach (var body in new[] { "Вторая строка", "Третья строка" })
        {
            var response = await author.Client.PostFormAsync(EditorForms.Url(id, "Autosave"), form.With("Form.Body", body).With("Form.Version", Number(version)));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
            version = json.RootElement.GetProperty("version").GetInt32();
        }

        var (article, revisions) = await App.WithDbAsync(async db => (
            await db.Articles.AsNoTracking().SingleAsync(a => a.Id == id),
            await db.Set<ArticleRevision>().AsNoTracking().Where(r => r.ArticleId == id).OrderBy(r => r.Id).ToListAsync()));
        Assert.Equal((ArticleStatus.Draft, "Третья строка", 3), (article.Status, article.BodyMarkdown, article.Version));
        Assert.Equal(author.Id, article.CreatedByUserId);
        // The creation is one revision; the two autosaves after it share the next, which holds the latest text.
        Assert.Equal([RevisionReasons.Save, RevisionReasons.Autosave], revisions.Select(r => r.Reason));
        Assert.Equal((3, "Третья строка"), (revisions[^1].Version, revisions[^1].BodyMarkdown));
    }

    [Fact]
    public async Task Autosave_ShouldAnswer409WithConflict_WhenSomeoneSavedMeanwhile()
    {
        var (id, _, _) = await TwoEditorsAsync();
        var first = await RoleClients.EditorAsync(App);
        var form = await App.WithDbAsync(db => EditorForms.NewAsync(db, "Общая статья", "Мой текст", version: 1));

        var response = await first.Client.PostFormAsync(EditorForms.Url(id, "Autosave"), form);

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.True(json.RootElement.GetProperty("conflict").GetBoolean());
    }

    [Fact]
    public async Task StaleSave_ShouldShowBothTextsSideBySideNamingWhoSaved_AndKeepMineShouldSaveOver()
    {
        var (id, mine, theirs) = await TwoEditorsAsync();
        var form = await App.WithDbAsync(db => EditorForms.NewAsync(db, "Общая статья", "Общий абзац\nМоя строка", version: 1));

        var refused = await mine.Client.PostFormAsync(EditorForms.Url(id, "Save"), form);

        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        var page = Html.Parse(await refused.Content.ReadAsStringAsync());
        var conflict = page.QuerySelector("#save-conflict") ?? throw new InvalidOperationException("no conflict view");
        Assert.Contains(theirs.Email, conflict.TextContent, StringComparison.Ordinal);
        Assert.Contains("(версия 2)", conflict.TextContent, StringComparison.Ordinal);
        var saved = conflict.QuerySelector("[data-side=saved]")!;
        var own = conflict.QuerySelector("[data-side=mine]")!;
        Assert.Equal("− Их строка", saved.QuerySelector(".nr-diff__removed")!.TextContent.Trim());
        Assert.Equal("+ Моя строка", own.QuerySelector(".nr-diff__added")!.TextContent.Trim());
        Assert.Contains("Общий абзац", saved.QuerySelector(".nr-diff__same")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Общий абзац\nМоя строка", page.QuerySelector("#Form_Body")!.TextContent.Trim().ReplaceLineEndings("\n"));
        Assert.Equal($"/newsroom/articles/edit/{id}", conflict.QuerySelector("#conflict-take-theirs")!.GetAttribute("href"));

        var kept = await mine.Client.SubmitFormAsync(page.QuerySelector("form#editor")!, submitter: conflict.QuerySelector("#conflict-keep-mine"));

        Assert.Equal(HttpStatusCode.Redirect, kept.StatusCode);
        var article = await App.WithDbAsync(db => db.Articles.AsNoTracking().SingleAsync(a => a.Id == id));
        Assert.Equal((3, "Общий абзац\nМоя строка"), (article.Version, article.BodyMarkdown.ReplaceLineEndings("\n")));
    }

    [Fact]
    public async Task Presence_ShouldTellTwoEditorsOfEachOther_InTheNewsroomLanguage()
    {
        var id = await DraftAsync();
        var maria = await RoleClients.EditorAsync(App, "Мария Иванова");
        var pyotr = await RoleClients.EditorAsync(App, "Пётр Смирнов");

        var alone = await BeatAsync(maria.Client, id);
        var pyotrSees = await BeatAsync(pyotr.Client, id);
        var mariaSees = await BeatAsync(maria.Client, id);

        Assert.Equal((HttpStatusCode.OK, null), (alone.Status, alone.Message));
        Assert.Equal("Мария Иванова тоже редактирует этот материал", pyotrSees.Message);
        Assert.Equal("Пётр Смирнов тоже редактирует этот материал", mariaSees.Message);

        var left = await pyotr.Client.PostFormAsync(EditorForms.Url(id, "Leave"), [], tokenFrom: "/newsroom/articles/edit");
        Assert.Equal(HttpStatusCode.NoContent, left.StatusCode);
        Assert.Null((await BeatAsync(maria.Client, id)).Message);
    }

    [Fact]
    public async Task Presence_ShouldForgetAnEditorAfterAMinuteWithoutHeartbeat()
    {
        var id = await DraftAsync();
        var maria = await RoleClients.CreateAccountAsync(App, [Vestnik.Features.Accounts.Roles.Editor], "Мария Иванова");
        var pyotr = await RoleClients.CreateAccountAsync(App, [Vestnik.Features.Accounts.Roles.Editor], "Пётр Смирнов");
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);

        await WithPresenceAsync(clock, p => p.BeatAsync(id, maria.Id, CancellationToken.None));
        clock.Advance(TimeSpan.FromSeconds(40));
        var stillThere = await WithPresenceAsync(clock, p => p.BeatAsync(id, pyotr.Id, CancellationToken.None));
        clock.Advance(EditorPresence.Expiry - TimeSpan.FromSeconds(30));
        var gone = await WithPresenceAsync(clock, p => p.BeatAsync(id, pyotr.Id, CancellationToken.None));

        Assert.Equal(["Мария Иванова"], stillThere);
        Assert.Empty(gone);
        var rows = await App.WithDbAsync(db => db.Set<ArticlePresence>().AsNoTracking().Where(p => p.ArticleId == id).Select(p => p.UserId).ToListAsync());
        Assert.Equal([pyotr.Id], rows);
    }

    [Fact]
    public async Task Presence_ShouldRefuseReadersAnonymousAndAnAuthorOnSomeoneElsesArticle()
    {
        var id = await DraftAsync();
        var author = await RoleClients.AuthorAsync(App);
        var reader = await RoleClients.ReaderAsync(App);
        var anonymous = RoleClients.Anonymous(App);
        var url = EditorForms.Url(id, "Presence");

        var anonymousAnswer = await anonymous.PostAsync(url, new FormUrlEncodedContent([]));
        var readerAnswer = await reader.Client.PostAsync(url, new FormUrlEncodedContent([]));
        var authorAnswer = await BeatAsync(author.Client, id);
        var authorsOwn = await author.Client.PostFormAsync(EditorForms.Url(null, "Save"), await App.WithDbAsync(db => EditorForms.NewAsync(db, "Своё")));
        var ownAnswer = await BeatAsync(author.Client, EditorForms.IdFrom(authorsOwn));

        Assert.Equal(HttpStatusCode.Redirect, anonymousAnswer.StatusCode);
        Assert.Contains("/account/login", anonymousAnswer.Headers.Location?.ToString(), StringComparison.Ordinal);
        Assert.True(readerAnswer.StatusCode == HttpStatusCode.Forbidden
            || readerAnswer.Headers.Location?.ToString().Contains("/account/access-denied", StringComparison.Ordinal) == true,
            $"a reader got {(int)readerAnswer.StatusCode}");
        Assert.True(authorAnswer.Status == HttpStatusCode.Forbidden
            || authorAnswer.Location?.Contains("/account/access-denied", StringComparison.Ordinal) == true,
            $"an author on someone else's draft got {(int)authorAnswer.Status}");
        Assert.Equal(HttpStatusCode.OK, ownAnswer.Status);
        var rows = await App.WithDbAsync(db => db.Set<ArticlePresence>().AsNoTracking().CountAsync(p => p.ArticleId == id));
        Assert.Equal(0, rows);
    }

    [Fact]
    public async Task Editor_ShouldOfferItsLatestRevisions_AndRestoreOneAfterShowingItAgainstTheCurrentText()
    {
        var editor = await RoleClients.EditorAsync(App);
        var form = await App.WithDbAsync(db => EditorForms.NewAsync(db, "Материал с историей", "Первый вариант"));
        var id = EditorForms.IdFrom(await editor.Client.PostFormAsync(EditorForms.Url(null, "Save"), form));
        await editor.Client.PostFormAsync(EditorForms.Url(id, "Save"), form.With("Form.Body", "Второй вариант").With("Form.Version", "1"));
        var firstRevision = await App.WithDbAsync(db => db.Set<ArticleRevision>().Where(r => r.ArticleId == id).MinAsync(r => r.Id));

        var (_, editorPage) = await editor.Client.GetPageAsync($"/newsroom/articles/edit/{id}");
        var offered = editorPage.QuerySelectorAll("#restore-menu li a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(2, offered.Count);
        Assert.Equal($"/newsroom/articles/{id}/revisions?revision={firstRevision}", offered[^1]);

        var (_, preview) = await editor.Client.GetPageAsync(offered[^1]!);
        Assert.Contains("− Первый вариант", preview.QuerySelector(".nr-diff")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(preview.QuerySelector("#restore-confirm"));
        var restored = await editor.Client.SubmitFormAsync(preview.QuerySelector(".nr-diff form")!);

        Assert.Equal(HttpStatusCode.Redirect, restored.StatusCode);
        var article = await App.WithDbAsync(db => db.Articles.AsNoTracking().SingleAsync(a => a.Id == id));
        Assert.Equal((3, "Первый вариант"), (article.Version, article.BodyMarkdown));
    }

    private sealed record Beat(HttpStatusCode Status, string? Message, string? Location);

    private static async Task<Beat> BeatAsync(HttpClient client, int id)
    {
        var response = await client.PostFormAsync(EditorForms.Url(id, "Presence"), [], tokenFrom: "/newsroom/articles/edit");
        if (response.StatusCode != HttpStatusCode.OK)
        {
            return new Beat(response.StatusCode, null, response.Headers.Location?.ToString());
        }
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var message = json.RootElement.GetProperty("message");
        return new Beat(response.StatusCode, message.ValueKind == JsonValueKind.Null ? null : message.GetString(), null);
    }

    private async Task<T> WithPresenceAsync<T>(TimeProvider clock, Func<EditorPresence, Task<T>> work)
    {
        await using var scope = App.Services.CreateAsyncScope();
        return await work(new EditorPresence(scope.ServiceProvider.GetRequiredService<VestnikDbContext>(), clock));
    }

    private async Task<int> DraftAsync() =>
        (await App.WithDbAsync(db => TestArticles.CreateAsync(db, "Черновик на двоих", publish: false))).Id;

    /// <summary>A draft created by one editor (version 1) and saved by another (version 2) with a line of their own.</summary>
    private async Task<(int Id, SignedIn Mine, SignedIn Theirs)> TwoEditorsAsync()
    {
        var mine = await RoleClients.EditorAsync(App);
        var theirs = await RoleClients.EditorAsync(App);
        var form = await App.WithDbAsync(db => EditorForms.NewAsync(db, "Общая статья", "Общий абзац"));
        var id = EditorForms.IdFrom(await mine.Client.PostFormAsync(EditorForms.Url(null, "Save"), form));
        var saved = await theirs.Client.PostFormAsync(EditorForms.Url(id, "Save"), form.With("Form.Body", "Общий абзац\nИх строка").With("Form.Version", "1"));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        return (id, mine, theirs);
    }
}

public sealed class SqliteEditorSafetyTests(SqliteAppFixture fixture) : EditorSafetyTests(fixture), IClassFixture<SqliteAppFixture>;

public sealed class PostgresEditorSafetyTests(PostgresAppFixture fixture) : EditorSafetyTests(fixture), IClassFixture<PostgresAppFixture>;
