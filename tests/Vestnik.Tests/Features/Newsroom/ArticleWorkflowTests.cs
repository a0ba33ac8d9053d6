using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Vestnik.Data;
using Vestnik.Data.ChangeLog;
using Vestnik.Features.Accounts.Audit;
using Vestnik.Features.Articles.Model;
using Vestnik.Features.Inbox.Items;
using Vestnik.Features.Inbox.Model;
using Vestnik.Features.Newsroom;
using Vestnik.Features.Newsroom.Articles.Workflow;
using Vestnik.Features.Newsroom.Revisions;
using Vestnik.Testing;

namespace Vestnik.Tests.Features.Newsroom;

/// <summary>
/// Every way an article changes goes through <see cref="ArticleWorkflow"/>, and each leaves the same trail: the
/// version bumped, one revision, one audit entry naming the actor and one change-log row, all or nothing.
/// </summary>
public abstract class ArticleWorkflowTests(AppFixture fixture)
{
    private VestnikApp App => fixture.App;

    private static readonly ArticleActor Editor = new("workflow-editor-id", "workflow.editor@vestnik.test", NewsroomText.En);

    /// <summary>One kind of change: the article it starts from (null: none, the change creates it) and the change.</summary>
    private sealed record Case(Func<ArticleWorkflowTests, Task<int?>> Arrange, Func<ArticleWorkflowTests, int?, Task<ArticleChangeResult>> Act);

    private static readonly Dictionary<string, Case> Cases = new()
    {
        ["create"] = new(_ => Task.FromResult<int?>(null), (t, _) => t.RunAsync(async (w, db) => await w.SaveAsync(null, await FormAsync(db, "Новая статья"), Editor))),
        ["save"] = new(t => t.DraftAsync(), (t, id) => t.WithFormAsync(id, (w, a, f) => w.SaveAsync(a, f.With(body: "Правка"), Editor))),
        ["autosave"] = new(t => t.DraftAsync(), (t, id) => t.WithFormAsync(id, (w, a, f) => w.AutosaveAsync(a, f.With(body: "Автосохранение"), Editor))),
        ["submit"] = new(t => t.DraftAsync(), (t, id) => t.WithFormAsync(id, (w, a, f) => w.SubmitAsync(a, f, Editor))),
        ["return to draft"] = new(t => t.DraftAsync(ArticleStatus.InReview), (t, id) => t.WithFormAsync(id, (w, a, f) => w.ReturnToDraftAsync(a, f, Editor))),
        ["publish"] = new(t => t.DraftAsync(), (t, id) => t.WithFormAsync(id, (w, a, f) => w.PublishAsync(a, f, Editor))),
        ["schedule"] = new(t => t.DraftAsync(), (t, id) => t.WithFormAsync(id, (w, a, f) => w.ScheduleAsync(a, f, DateTimeOffset.UtcNow.AddDays(1), Editor))),
        ["unpublish"] = new(t => t.DraftAsync(ArticleStatus.Published), (t, id) => t.WithFormAsync(id, (w, a, f) => w.UnpublishAsync(a, f, Editor))),
        ["scheduler publishes"] = new(t => t.DraftAsync(ArticleStatus.Scheduled), (t, id) => t.RunAsync((w, _) => w.PublishScheduledAsync(id!.Value, DateTimeOffset.UtcNow.AddDays(2)))),
        ["correction"] = new(t => t.DraftAsync(ArticleStatus.Published), (t, id) => t.WithFormAsync(id, (w, a, f) => w.AddCorrectionAsync(a, f.Version, "Исправлена дата.", Editor))),
        ["restore"] = new(t => t.DraftAsync(), (t, id) => t.WithFormAsync(id, async (w, a, f) =>
            await w.RestoreAsync(a, await t.App.WithDbAsync(db => db.Set<ArticleRevision>().AsNoTracking().FirstAsync(r => r.ArticleId == id)), f.Version, Editor))),
        ["retell"] = new(_ => Task.FromResult<int?>(null), (t, _) => t.RetellAsync()),
    };

    public static TheoryData<string> Kinds => [.. Cases.Keys];

    [Theory]
    [MemberData(nameof(Kinds))]
    public async Task EveryKindOfChange_ShouldLeaveOneRevisionOneAuditEntryOneChangeLogRow_AndBumpTheVersion(string kind)
    {
        var change = Cases[kind];
        var id = await change.Arrange(this);
        var before = id is null ? null : await TrailAsync(id.Value);

        var result = await change.Act(this, id);

        Assert.True(result.Saved, $"{kind}: {result.Outcome} {result.Message}");
        var after = await TrailAsync(result.Article!.Id);
        Assert.Equal((before?.Version ?? 0) + 1, after.Version);
        Assert.Equal((before?.Revisions ?? 0) + 1, after.Revisions);
        Assert.Equal((before?.ChangeLogRows ?? 0) + 1, after.ChangeLogRows);
        Assert.Equal((before?.AuditEntries.Count ?? 0) + 1, after.AuditEntries.Count);
        var actor = kind == "scheduler publishes" ? ArticleActor.Scheduler : Editor;
        Assert.Equal(actor.Name, after.AuditEntries[^1].UserName);
        Assert.Equal(actor.Name, after.LatestRevision.SavedByName);
        Assert.Equal(after.Version, after.LatestRevision.Version);
    }

    private static readonly Dictionary<string, (ArticleStatus From, string Handler, Func<ArticleWorkflow, Article, ArticleForm, Task<ArticleChangeResult>> Act)> Refusals = new()
    {
        ["unpublish a draft"] = (ArticleStatus.Draft, "Unpublish", (w, a, f) => w.UnpublishAsync(a, f, Editor)),
        ["publish a published article"] = (ArticleStatus.Published, "Publish", (w, a, f) => w.PublishAsync(a, f, Editor)),
        ["submit an article in review"] = (ArticleStatus.InReview, "Submit", (w, a, f) => w.SubmitAsync(a, f, Editor)),
        ["return a draft to draft"] = (ArticleStatus.Draft, "ReturnToDraft", (w, a, f) => w.ReturnToDraftAsync(a, f, Editor)),
        ["schedule a published article"] = (ArticleStatus.Published, "Schedule", (w, a, f) => w.ScheduleAsync(a, f, DateTimeOffset.UtcNow.AddDays(1), Editor)),
        ["correct a draft"] = (ArticleStatus.Draft, "Correction", (w, a, f) => w.AddCorrectionAsync(a, f.Version, "Исправление", Editor)),
    };

    public static TheoryData<string> RefusedMoves => [.. Refusals.Keys];

    [Theory]
    [MemberData(nameof(RefusedMoves))]
    public async Task IllegalStep_ShouldBeRefusedByTheService_AndAnswer409OnTheForm_KeepingTheText(string move)
    {
        var (from, handler, act) = Refusals[move];
        var id = (await DraftAsync(from))!.Value;
        var before = await TrailAsync(id);

        var result = await WithFormAsync(id, (w, a, f) => act(w, a, f));
        Assert.Equal(ChangeOutcome.NotAllowed, result.Outcome);
        Assert.Equal(NewsroomText.En.NotAllowed(from), result.Message);

        var editor = await RoleClients.EditorAsync(App);
        var form = (await App.WithDbAsync(db => EditorForms.NewAsync(db, "Заголовок", "Мой несохранённый текст", before.Version)))
            .With("Form.ScheduleAt", DateTime.UtcNow.AddDays(2).ToString("yyyy-MM-ddTHH:mm", CultureInfo.InvariantCulture))
            .With("Form.Correction", "Исправление");
        var response = await editor.Client.PostFormAsync(EditorForms.Url(id, handler), form);

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        var page = Html.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(NewsroomText.Ru.NotAllowed(from), page.QuerySelector("#editor-error")!.TextContent.Trim());
        Assert.Equal("Мой несохранённый текст", page.QuerySelector("#Form_Body")!.TextContent.Trim());
        var after = await TrailAsync(id);
        Assert.Equal((before.Version, before.Revisions, before.ChangeLogRows, before.AuditEntries.Count, from),
            (after.Version, after.Revisions, after.ChangeLogRows, after.AuditEntries.Count, after.Status));
    }

    [Fact]
    public async Task PublishHandler_ShouldRefuseAnAuthor_AndLetAnEditorPublish()
    {
        var author = await RoleClients.AuthorAsync(App);
        var form = await App.WithDbAsync(db => EditorForms.NewAsync(db, "Авторский черновик"));
        var id = EditorForms.IdFrom(await author.Client.PostFormAsync(EditorForms.Url(null, "Save"), form));
        var version = (await TrailAsync(id)).Version;

        var refused = await author.Client.PostFormAsync(EditorForms.Url(id, "Publish"), form.With("Form.Version", version.ToString(CultureInfo.InvariantCulture)));

        Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
        // The app's answer to a refused page: the access-denied page, which says so with 403.
        var denied = refused.Headers.Location!;
        Assert.Equal("/account/access-denied", denied.AbsolutePath);
        Assert.Equal(HttpStatusCode.Forbidden, (await author.Client.GetAsync(denied)).StatusCode);
        Assert.Equal(ArticleStatus.Draft, (await TrailAsync(id)).Status);

        var editor = await RoleClients.EditorAsync(App);
        var published = await editor.Client.PostFormAsync(EditorForms.Url(id, "Publish"), form.With("Form.Version", version.ToString(CultureInfo.InvariantCulture)));

        Assert.Equal(HttpStatusCode.Redirect, published.StatusCode);
        Assert.Equal(ArticleStatus.Published, (await TrailAsync(id)).Status);
    }

    [Fact]
    public async Task RacingChanges_ShouldCommitExactlyOne_AndTheOtherLeavesNoTrail()
    {
        var id = (await DraftAsync())!.Value;
        var before = await TrailAsync(id);

        // Four editors open the same version, then all save at once.
        var scopes = Enumerable.Range(0, 4).Select(_ => App.Services.CreateAsyncScope()).ToList();
        try
        {
            var opened = new List<(ArticleWorkflow Workflow, Article Article)>();
            foreach (var scope in scopes)
            {
                var workflow = scope.ServiceProvider.GetRequiredService<ArticleWorkflow>();
                opened.Add((workflow, (await workflow.LoadAsync(id))!));
            }
            var results = await Task.WhenAll(opened.Select((o, i) =>
                o.Workflow.SaveAsync(o.Article, ArticleForm.From(o.Article).With(body: $"Правка {i}"), Editor)));

            Assert.Single(results, r => r.Saved);
            Assert.All(results.Where(r => !r.Saved), r => Assert.Equal(ChangeOutcome.Stale, r.Outcome));
        }
        finally
        {
            foreach (var scope in scopes)
            {
                await scope.DisposeAsync();
            }
        }
        var after = await TrailAsync(id);
        Assert.Equal((before.Version + 1, before.Revisions + 1, before.ChangeLogRows + 1, before.AuditEntries.Count + 1),
            (after.Version, after.Revisions, after.ChangeLogRows, after.AuditEntries.Count));
    }

    [Fact]
    public async Task InvalidForm_ShouldBeInvalid_AndWriteNothing()
    {
        var id = (await DraftAsync())!.Value;
        var before = await TrailAsync(id);

        var result = await WithFormAsync(id, (w, a, f) => w.PublishAsync(a, f.With(title: ""), Editor));

        Assert.Equal(ChangeOutcome.Invalid, result.Outcome);
        Assert.Equal(400, result.StatusCode);
        var after = await TrailAsync(id);
        Assert.Equal((before.Version, before.Revisions, ArticleStatus.Draft), (after.Version, after.Revisions, after.Status));
    }

    private sealed record Trail(int Version, ArticleStatus Status, int Revisions, int ChangeLogRows, IReadOnlyList<AuditEntry> AuditEntries, ArticleRevision LatestRevision);

    private Task<Trail> TrailAsync(int id) => App.WithDbAsync(async db =>
    {
        var article = await db.Articles.AsNoTracking().SingleAsync(a => a.Id == id);
        var revisions = db.Set<ArticleRevision>().AsNoTracking().Where(r => r.ArticleId == id);
        var subject = $"article #{id} «";
        return new Trail(
            article.Version,
            article.Status,
            await revisions.CountAsync(),
            await db.ChangeLog.CountAsync(c => c.Topic == ChangeTopics.Article && c.EntityId == id),
            await db.Set<AuditEntry>().AsNoTracking().Where(e => e.Subject.StartsWith(subject)).OrderBy(e => e.Id).ToListAsync(),
            await revisions.OrderByDescending(r => r.Id).FirstAsync());
    });

    /// <summary>Runs <paramref name="work"/> in its own scope, as one request or one scheduler tick would.</summary>
    private async Task<T> RunAsync<T>(Func<ArticleWorkflow, VestnikDbContext, Task<T>> work)
    {
        await using var scope = App.Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<ArticleWorkflow>(), scope.ServiceProvider.GetRequiredService<VestnikDbContext>());
    }

    /// <summary>Loads the article and its form as the editor would open it, then runs <paramref name="work"/>.</summary>
    private Task<ArticleChangeResult> WithFormAsync(int? id, Func<ArticleWorkflow, Article, ArticleForm, Task<ArticleChangeResult>> work) =>
        RunAsync(async (w, _) =>
        {
            var article = await w.LoadAsync(id!.Value) ?? throw new InvalidOperationException($"no article {id}");
            return await work(w, article, ArticleForm.From(article));
        });

    /// <summary>A new article, moved through the workflow to <paramref name="status"/>.</summary>
    private async Task<int?> DraftAsync(ArticleStatus status = ArticleStatus.Draft)
    {
        var created = await RunAsync(async (w, db) => await w.SaveAsync(null, await FormAsync(db, $"Статья {Guid.NewGuid():N}"), Editor));
        var id = created.Article!.Id;
        Func<ArticleWorkflow, Article, ArticleForm, Task<ArticleChangeResult>>? move = status switch
        {
            ArticleStatus.InReview => (w, a, f) => w.SubmitAsync(a, f, Editor),
            ArticleStatus.Scheduled => (w, a, f) => w.ScheduleAsync(a, f, DateTimeOffset.UtcNow.AddDays(1), Editor),
            ArticleStatus.Published => (w, a, f) => w.PublishAsync(a, f, Editor),
            _ => null,
        };
        if (move is not null)
        {
            Assert.True((await WithFormAsync(id, move)).Saved);
        }
        return id;
    }

    private static async Task<ArticleForm> FormAsync(VestnikDbContext db, string title) => new ArticleForm
    {
        Title = title,
        Dek = "Подзаголовок",
        Body = "Первая версия текста.",
        SectionId = (await TestArticles.SectionAsync(db)).Id,
        AuthorIds = [(await TestArticles.AuthorAsync(db)).Id],
    };

    private async Task<ArticleChangeResult> RetellAsync()
    {
        var itemId = await App.WithDbAsync(async db =>
        {
            await TestArticles.SectionAsync(db);
            var link = $"https://outlet.example/{Guid.NewGuid():N}";
            var item = new InboxItem
            {
                Subscription = new FeedSubscription
                {
                    FeedUrl = link + "/rss", OutletName = "The Outlet", PollIntervalMinutes = 15,
                    CreatedAt = DateTimeOffset.UtcNow, NextPollAt = DateTimeOffset.UtcNow.AddHours(1),
                },
                OutletName = "The Outlet", ExternalId = link, Title = "A story to retell", Link = link,
                NormalizedLink = link[8..], TitleKey = "a story to retell", Language = "en",
                FoundAt = DateTimeOffset.UtcNow, SortAt = DateTimeOffset.UtcNow,
            };
            db.Add(item);
            await db.SaveChangesAsync();
            return item.Id;
        });
        await using var scope = App.Services.CreateAsyncScope();
        var retold = await scope.ServiceProvider.GetRequiredService<RetellItem>().HandleAsync(itemId, Editor, CancellationToken.None);
        Assert.True(retold!.Created);
        return new ArticleChangeResult(ChangeOutcome.Saved, await App.WithDbAsync(db => db.Articles.AsNoTracking().SingleAsync(a => a.Id == retold.ArticleId)));
    }
}

/// <summary>Edits a form the way a user does in the editor, field by field.</summary>
file static class FormEdits
{
    public static ArticleForm With(this ArticleForm form, string? title = null, string? body = null)
    {
        form.Title = title ?? form.Title;
        form.Body = body ?? form.Body;
        return form;
    }
}

public sealed class SqliteArticleWorkflowTests(SqliteAppFixture fixture) : ArticleWorkflowTests(fixture), IClassFixture<SqliteAppFixture>;

public sealed class PostgresArticleWorkflowTests(PostgresAppFixture fixture) : ArticleWorkflowTests(fixture), IClassFixture<PostgresAppFixture>;
