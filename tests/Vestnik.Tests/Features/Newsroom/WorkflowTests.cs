using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Vestnik.Features.Accounts.Audit;
using Vestnik.Features.Articles.Model;
using Vestnik.Features.Newsroom.Revisions;
using Vestnik.Features.Newsroom.Scheduling;
using Vestnik.Testing;

namespace Vestnik.Tests.Features.Newsroom;

/// <summary>Draft → review → scheduled → published → unpublished → draft, through the editor as staff use it.</summary>
public abstract class WorkflowTests(AppFixture fixture)
{
    private VestnikApp App => fixture.App;

    private static string EditUrl(int id) => $"/newsroom/articles/edit/{id}";

    private Task<Article> ArticleAsync(int id) => App.WithDbAsync(db => db.Articles.AsNoTracking().Include(a => a.Tags).SingleAsync(a => a.Id == id));

    private async Task<int> CreateAsync(SignedIn staff, string title, string body = "Текст статьи.")
    {
        var form = await App.WithDbAsync(db => EditorForms.NewAsync(db, title, body));
        var response = await staff.Client.PostFormAsync(EditorForms.Url(null, "Save"), form);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return EditorForms.IdFrom(response);
    }

    /// <summary>Posts the editor's form, as it stands in the database, to one of the page's handlers.</summary>
    private async Task<HttpResponseMessage> CommandAsync(SignedIn staff, int id, string handler, Func<List<KeyValuePair<string, string>>, List<KeyValuePair<string, string>>>? change = null)
    {
        var article = await ArticleAsync(id);
        var form = await App.WithDbAsync(db => EditorForms.NewAsync(db, article.Title, article.BodyMarkdown, article.Version));
        return await staff.Client.PostFormAsync(EditorForms.Url(id, handler), change is null ? form : change(form));
    }

    [Fact]
    public async Task Author_ShouldWriteAndSubmit_ButNotPublish()
    {
        var author = await RoleClients.AuthorAsync(App);
        var id = await CreateAsync(author, "Черновик автора 🚀");

        var draft = await ArticleAsync(id);
        Assert.Equal(ArticleStatus.Draft, draft.Status);
        Assert.Equal(["Выборы", "новый тег"], draft.Tags.Select(t => t.Name).Order().ToArray());

        var publish = await CommandAsync(author, id, "Publish");
        Assert.True(publish.StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.Redirect);
        Assert.Contains("access-denied", publish.Headers.Location?.ToString() ?? "access-denied", StringComparison.Ordinal);
        Assert.Equal(ArticleStatus.Draft, (await ArticleAsync(id)).Status);

        Assert.Equal(HttpStatusCode.Redirect, (await CommandAsync(author, id, "Submit")).StatusCode);
        Assert.Equal(ArticleStatus.InReview, (await ArticleAsync(id)).Status);

        // In review the text is the editors' now.
        var edit = await CommandAsync(author, id, "Save");
        Assert.Contains("access-denied", edit.Headers.Location?.ToString() ?? "", StringComparison.Ordinal);
    }

    [Fact]
    public async Task Author_ShouldNotEditSomeoneElsesDraft()
    {
        var owner = await RoleClients.AuthorAsync(App);
        var other = await RoleClients.AuthorAsync(App);
        var id = await CreateAsync(owner, "Чужой черновик");

        var response = await CommandAsync(other, id, "Save");

        Assert.Contains("access-denied", response.Headers.Location?.ToString() ?? "", StringComparison.Ordinal);
    }

    [Fact]
    public async Task Editor_ShouldPublishUnpublishAndReturnToDraft_WithAuditAndReaderStatus()
    {
        var editor = await RoleClients.EditorAsync(App);
        var id = await CreateAsync(editor, "Редакторская публикация");

        Assert.Equal(HttpStatusCode.Redirect, (await CommandAsync(editor, id, "Publish")).StatusCode);
        var published = await ArticleAsync(id);
        Assert.Equal(ArticleStatus.Published, published.Status);
        Assert.NotNull(published.PublishedAt);
        Assert.Null(published.UpdatedAt);
        var reader = RoleClients.Anonymous(App);
        Assert.Equal(HttpStatusCode.OK, (await reader.GetAsync($"/articles/{published.Slug}")).StatusCode);

        Assert.Equal(HttpStatusCode.Redirect, (await CommandAsync(editor, id, "Save", f => f.With("Form.Body", "Новый текст"))).StatusCode);
        Assert.NotNull((await ArticleAsync(id)).UpdatedAt);

        Assert.Equal(HttpStatusCode.Redirect, (await CommandAsync(editor, id, "Unpublish")).StatusCode);
        Assert.Equal(ArticleStatus.Unpublished, (await ArticleAsync(id)).Status);
        Assert.Equal(HttpStatusCode.Gone, (await reader.GetAsync($"/articles/{published.Slug}")).StatusCode);

        Assert.Equal(HttpStatusCode.Redirect, (await CommandAsync(editor, id, "ReturnToDraft")).StatusCode);
        Assert.Equal(ArticleStatus.Draft, (await ArticleAsync(id)).Status);

        var audit = await App.WithDbAsync(db => db.Set<AuditEntry>().Where(e => e.Subject.Contains($"article #{id} ")).Select(e => e.Action).ToListAsync());
        Assert.Contains(AuditActions.Publish, audit);
        Assert.Contains(AuditActions.Unpublish, audit);
        Assert.All(await App.WithDbAsync(db => db.Set<AuditEntry>().Where(e => e.Subject.Contains($"article #{id} ")).ToListAsync()),
            e => Assert.Equal(editor.Email, e.UserName));
    }

    [Fact]
    public async Task Editor_ShouldAddAPublicCorrection()
    {
        var editor = await RoleClients.EditorAsync(App);
        var id = await CreateAsync(editor, "Статья с исправлением");
        await CommandAsync(editor, id, "Publish");

        await CommandAsync(editor, id, "Correction", f => f.With("Form.Correction", "Исправлена дата события."));

        var slug = (await ArticleAsync(id)).Slug;
        var (_, page) = await RoleClients.Anonymous(App).GetPageAsync($"/articles/{slug}");
        Assert.Contains("Исправлена дата события.", page.Body!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Schedule_ShouldRefuseAPastTime_AndTheSchedulerShouldPublishOnce_WhenTwoNodesRace()
    {
        var editor = await RoleClients.EditorAsync(App);
        var id = await CreateAsync(editor, "Запланированная статья");

        var past = await CommandAsync(editor, id, "Schedule", f => f.With("Form.ScheduleAt", "2020-01-01T10:00"));
        Assert.Equal(HttpStatusCode.BadRequest, past.StatusCode);

        var at = DateTimeOffset.UtcNow.AddHours(3);
        var local = TimeZoneInfo.ConvertTime(at, TimeZoneInfo.FindSystemTimeZoneById("Europe/Moscow"));
        var scheduled = await CommandAsync(editor, id, "Schedule", f => f.With("Form.ScheduleAt", local.ToString("yyyy-MM-ddTHH:mm", System.Globalization.CultureInfo.InvariantCulture)));
        Assert.Equal(HttpStatusCode.Redirect, scheduled.StatusCode);
        var article = await ArticleAsync(id);
        Assert.Equal(ArticleStatus.Scheduled, article.Status);
        Assert.InRange(article.ScheduledFor!.Value, at.AddMinutes(-1), at.AddMinutes(1));

        // Not yet due: nothing happens.
        var now = NewPublisher(TimeSpan.Zero);
        await PublishDueAsync(now);
        Assert.Equal(ArticleStatus.Scheduled, (await ArticleAsync(id)).Status);

        // Two nodes whose clocks are past the time race for the same article.
        var nodes = Enumerable.Range(0, 4).Select(_ => NewPublisher(TimeSpan.FromHours(4))).ToList();
        await Task.WhenAll(nodes.Select(PublishDueAsync));

        var published = await ArticleAsync(id);
        Assert.Equal(ArticleStatus.Published, published.Status);
        Assert.Equal(article.ScheduledFor, published.PublishedAt);
        var publications = await App.WithDbAsync(db => db.Set<AuditEntry>().CountAsync(e => e.Action == AuditActions.Publish && e.Subject.Contains($"article #{id} ")));
        Assert.Equal(1, publications);
        var revisions = await App.WithDbAsync(db => db.Set<ArticleRevision>().CountAsync(r => r.ArticleId == id && r.SavedByName == "scheduler"));
        Assert.Equal(1, revisions);
    }

    [Fact]
    public async Task Schedule_TypedInTheSiteZoneIn24Hours_ShouldPublishAtThatUtcInstant()
    {
        var editor = await RoleClients.EditorAsync(App);
        var id = await CreateAsync(editor, "Статья ко времени");
        var (_, editorPage) = await editor.Client.GetPageAsync(EditUrl(id));
        var field = editorPage.QuerySelector("#Form_ScheduleAt")!;
        Assert.Equal(("text", "дд.мм.гггг чч:мм"), (field.GetAttribute("type"), field.GetAttribute("placeholder")));
        Assert.Contains("Europe/Moscow, UTC+03:00", editorPage.QuerySelector("#schedule-hint")!.TextContent, StringComparison.Ordinal);

        var unreadable = await CommandAsync(editor, id, "Schedule", f => f.With("Form.ScheduleAt", "12/31/2030 6:30 PM"));
        Assert.Equal(HttpStatusCode.BadRequest, unreadable.StatusCode);
        var refused = Html.Parse(await unreadable.Content.ReadAsStringAsync());
        Assert.Contains("дд.мм.гггг чч:мм", refused.Body!.TextContent, StringComparison.Ordinal);
        Assert.Equal("12/31/2030 6:30 PM", refused.QuerySelector("#Form_ScheduleAt")!.GetAttribute("value"));

        // 18:30 on a winter evening in Moscow (UTC+3, no daylight saving) two days ahead is 15:30 UTC.
        var day = DateTime.UtcNow.Date.AddDays(2);
        var typed = day.AddHours(18).AddMinutes(30).ToString("dd.MM.yyyy HH:mm", System.Globalization.CultureInfo.InvariantCulture);
        var instant = new DateTimeOffset(day.AddHours(15).AddMinutes(30), TimeSpan.Zero);
        var scheduled = await CommandAsync(editor, id, "Schedule", f => f.With("Form.ScheduleAt", typed));
        Assert.Equal(HttpStatusCode.Redirect, scheduled.StatusCode);
        Assert.Equal(instant, (await ArticleAsync(id)).ScheduledFor);
        // The editor shows the schedule as it was typed, to be changed rather than retyped.
        var (_, scheduledPage) = await editor.Client.GetPageAsync(EditUrl(id));
        Assert.Equal(typed, scheduledPage.QuerySelector("#Form_ScheduleAt")!.GetAttribute("value"));

        await PublishDueAsync(NewPublisher(instant - DateTimeOffset.UtcNow - TimeSpan.FromMinutes(1)));
        Assert.Equal(ArticleStatus.Scheduled, (await ArticleAsync(id)).Status);
        await PublishDueAsync(NewPublisher(instant - DateTimeOffset.UtcNow + TimeSpan.FromMinutes(1)));
        var published = await ArticleAsync(id);
        Assert.Equal(ArticleStatus.Published, published.Status);
        Assert.Equal(instant, published.PublishedAt);
    }

    private static ScheduledPublisher NewPublisher(TimeSpan ahead) =>
        new(new ShiftedClock(ahead), Options.Create(new SchedulerOptions()), NullLogger<ScheduledPublisher>.Instance);

    private async Task PublishDueAsync(ScheduledPublisher publisher)
    {
        await using var scope = App.Services.CreateAsyncScope();
        await publisher.PublishDueAsync(scope.ServiceProvider, CancellationToken.None);
    }

    [Fact]
    public async Task SecondSave_ShouldBeRefusedWithConflict_KeepingBothVersions()
    {
        var first = await RoleClients.EditorAsync(App);
        var second = await RoleClients.EditorAsync(App);
        var id = await CreateAsync(first, "Спорная статья", "Исходный текст.");
        var opened = (await ArticleAsync(id)).Version;

        var formFirst = await App.WithDbAsync(db => EditorForms.NewAsync(db, "Спорная статья", "Текст первого редактора.", version: opened));
        var formSecond = await App.WithDbAsync(db => EditorForms.NewAsync(db, "Спорная статья", "Текст второго редактора.", version: opened));
        Assert.Equal(HttpStatusCode.Redirect, (await first.Client.PostFormAsync(EditorForms.Url(id, "Save"), formFirst)).StatusCode);
        var conflict = await second.Client.PostFormAsync(EditorForms.Url(id, "Save"), formSecond);

        Assert.Equal(HttpStatusCode.Conflict, conflict.StatusCode);
        var page = Html.Parse(await conflict.Content.ReadAsStringAsync());
        Assert.Equal("Текст второго редактора.", page.QuerySelector("#Form_Body")!.TextContent.Trim());
        Assert.NotNull(page.QuerySelector("#editor-error"));
        Assert.Equal("Текст первого редактора.", (await ArticleAsync(id)).BodyMarkdown);
        var latest = await App.WithDbAsync(db => db.Set<ArticleRevision>().Where(r => r.ArticleId == id).OrderByDescending(r => r.Id).FirstAsync());
        Assert.Equal("Текст первого редактора.", latest.BodyMarkdown);
    }

    [Fact]
    public async Task Revisions_ShouldListDiffAndRestore()
    {
        var editor = await RoleClients.EditorAsync(App);
        var id = await CreateAsync(editor, "Статья с версиями", "Первая строка.\nВторая строка.");
        await CommandAsync(editor, id, "Save", f => f.With("Form.Body", "Первая строка.\nИзменённая строка."));
        var revisions = await App.WithDbAsync(db => db.Set<ArticleRevision>().Where(r => r.ArticleId == id).OrderBy(r => r.Id).ToListAsync());
        Assert.Equal(2, revisions.Count);

        var (response, page) = await editor.Client.GetPageAsync($"/newsroom/articles/{id}/revisions?revision={revisions[0].Id}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Вторая строка.", page.QuerySelector(".nr-diff__removed")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Изменённая строка.", page.QuerySelector(".nr-diff__added")!.TextContent, StringComparison.Ordinal);

        var version = (await ArticleAsync(id)).Version;
        var restore = await editor.Client.PostFormAsync($"/newsroom/articles/{id}/revisions?handler=Restore",
            new Dictionary<string, string> { ["revision"] = revisions[0].Id.ToString(System.Globalization.CultureInfo.InvariantCulture), ["version"] = version.ToString(System.Globalization.CultureInfo.InvariantCulture) },
            $"/newsroom/articles/{id}/revisions?revision={revisions[0].Id}");
        Assert.Equal(HttpStatusCode.Redirect, restore.StatusCode);
        Assert.Equal("Первая строка.\nВторая строка.", (await ArticleAsync(id)).BodyMarkdown);
        Assert.Equal(3, await App.WithDbAsync(db => db.Set<ArticleRevision>().CountAsync(r => r.ArticleId == id)));
    }

    [Fact]
    public async Task Save_ShouldSanitizeMarkdown_AndPreviewShouldMatchTheSite()
    {
        var editor = await RoleClients.EditorAsync(App);
        const string body = "Абзац <script>alert(1)</script> и [ссылка](javascript:alert(1)).\n\n<img src=x onerror=alert(1)>";
        var id = await CreateAsync(editor, "Опасная разметка", body);

        var article = await ArticleAsync(id);
        Assert.DoesNotContain("<script", article.BodyHtml, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("javascript:", article.BodyHtml, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img", article.BodyHtml, StringComparison.OrdinalIgnoreCase);

        var preview = await editor.Client.PostFormAsync($"{EditUrl(id)}?handler=Preview", new Dictionary<string, string> { ["Form.Body"] = body }, EditUrl(id));
        Assert.Equal(article.BodyHtml, await preview.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Save_ShouldStoreTheTextareasCrLfLineBreaksAsLf()
    {
        var editor = await RoleClients.EditorAsync(App);
        var id = await CreateAsync(editor, "Строки из текстового поля", "Первый абзац.\r\n\r\nВторой абзац,\r\nс переносом.");

        var article = await ArticleAsync(id);
        Assert.Equal("Первый абзац.\n\nВторой абзац,\nс переносом.", article.BodyMarkdown);
    }

    [Fact]
    public async Task Slugs_ShouldGetASuffix_OnCollision_AndBadInputShouldKeepTheForm()
    {
        var editor = await RoleClients.EditorAsync(App);
        var a = await CreateAsync(editor, "Одинаковый заголовок");
        var b = await CreateAsync(editor, "Одинаковый заголовок");
        Assert.Equal((await ArticleAsync(a)).Slug + "-2", (await ArticleAsync(b)).Slug);

        var form = await App.WithDbAsync(db => EditorForms.NewAsync(db, new string('Я', 1000), "Мой ценный текст"));
        var response = await editor.Client.PostFormAsync(EditorForms.Url(null, "Save"), form);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var page = Html.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("Мой ценный текст", page.QuerySelector("#Form_Body")!.TextContent.Trim());

        var rtl = await CreateAsync(editor, "عنوان عربي ✓");
        Assert.Equal("article", (await ArticleAsync(rtl)).Slug.Split('-')[0]);
    }

    [Fact]
    public async Task SeoOverrides_ShouldReplaceTitleAndDescription_OnTheReaderPage()
    {
        var editor = await RoleClients.EditorAsync(App);
        var form = (await App.WithDbAsync(db => EditorForms.NewAsync(db, "Обычный заголовок")))
            .With("Form.MetaTitle", "Заголовок для поисковиков").With("Form.MetaDescription", "Описание для поисковиков");
        var id = EditorForms.IdFrom(await editor.Client.PostFormAsync(EditorForms.Url(null, "Publish"), form));

        var (_, page) = await RoleClients.Anonymous(App).GetPageAsync($"/articles/{(await ArticleAsync(id)).Slug}");

        Assert.StartsWith("Заголовок для поисковиков", page.Title, StringComparison.Ordinal);
        Assert.Equal("Описание для поисковиков", page.QuerySelector("meta[name=description]")!.GetAttribute("content"));
        Assert.Equal("Обычный заголовок", page.QuerySelector("h1.article__title")!.TextContent.Trim());
    }

    [Fact]
    public async Task Catalog_ShouldAddAnAuthor_AndRefuseDeletingASectionOrAuthorWithArticles()
    {
        // The article comes first: it takes the first author there is, which must not be the one this test deletes.
        var used = await App.WithDbAsync(db => TestArticles.CreateAsync(db, "Статья в рубрике"));
        var editor = await RoleClients.EditorAsync(App);
        var name = $"Мария Кузнецова {Guid.NewGuid().ToString("N")[..4]}";
        Assert.Equal(HttpStatusCode.Redirect, (await editor.Client.PostFormAsync("/newsroom/catalog?handler=AddAuthor", new Dictionary<string, string> { ["AuthorName"] = name })).StatusCode);
        var author = await App.WithDbAsync(db => db.Authors.SingleAsync(a => a.Name == name));
        Assert.StartsWith("mariya-kuznetsova", author.Slug, StringComparison.Ordinal);

        var section = used.SectionId;
        var refused = await editor.Client.PostFormAsync($"/newsroom/catalog?handler=DeleteSection&id={section}", new Dictionary<string, string>(), "/newsroom/catalog");
        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.NotNull(Html.Parse(await refused.Content.ReadAsStringAsync()).QuerySelector("#catalog-error"));
        Assert.True(await App.WithDbAsync(db => db.Sections.AnyAsync(s => s.Id == section)));

        var deleted = await editor.Client.PostFormAsync($"/newsroom/catalog?handler=DeleteAuthor&id={author.Id}", new Dictionary<string, string>(), "/newsroom/catalog");
        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        Assert.False(await App.WithDbAsync(db => db.Authors.AnyAsync(a => a.Id == author.Id)));
    }

    /// <summary>A clock a fixed distance ahead of the real one, as a second node's would be once the time comes.</summary>
    private sealed class ShiftedClock(TimeSpan ahead) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => base.GetUtcNow() + ahead;
    }
}

public sealed class SqliteWorkflowTests(SqliteAppFixture fixture) : WorkflowTests(fixture), IClassFixture<SqliteAppFixture>;

public sealed class PostgresWorkflowTests(PostgresAppFixture fixture) : WorkflowTests(fixture), IClassFixture<PostgresAppFixture>;
