using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using AngleSharp.Dom;
using Microsoft.AspNetCore.Http;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Vestnik.Data;
using Vestnik.Features.Accounts;
using Vestnik.Features.Distribution.Webhooks;
using Vestnik.Testing;

namespace Vestnik.Tests.Operations;

/// <summary>
/// SIGKILL in the middle of real writes: readers posting comments and editors publishing and scheduling articles
/// through the site's own forms, while the outbox delivers webhooks and the scheduler publishes. After a restart on
/// the same data folder, everything the site acknowledged is there exactly once, the search index and the
/// background jobs catch up, and nothing is done twice that a receiver could not tell apart.
/// </summary>
public sealed class CrashSafetyUnderWritesTests : IDisposable
{
    private const string CommentPrefix = "Комментарий под нагрузкой ";
    private const string ArticlePrefix = "Статья под нагрузкой ";
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    private static readonly string[] Settings =
    [
        "--RateLimiting:Enabled=false",
        // Tests post faster than people type.
        "--Comments:MinSecondsToSubmit=0", "--Comments:PostsPerMinutePerAccount=100000", "--Comments:PostsPerMinutePerIp=100000",
        "--Vestnik:TimeZone=UTC", "--Newsroom:Scheduler:Interval=00:00:00.500",
        "--Webhooks:AllowPrivateTargets=true", "--Webhooks:PollInterval=00:00:00.300",
        // A delivery claimed by the killed process is retried 3 s after its claim instead of 70 s.
        "--Webhooks:Timeout=00:00:02", "--Webhooks:LeaseMargin=00:00:01",
    ];

    private readonly string _dataPath = Path.Combine(Path.GetTempPath(), "vestnik-crash-writes-" + Guid.NewGuid().ToString("N")[..8]);
    private readonly ConcurrentQueue<(string DeliveryId, string Event, string Body)> _received = new();

    // Writes acknowledged before the kill, at least: fewer would not test much.
    private const int EnoughComments = 5;
    private const int EnoughArticles = 3;

    [Fact]
    public async Task KilledUnderCommentsAndSaves_ShouldKeepEveryAcknowledgedWrite_Once_AndFinishItsJobs()
    {
        var clock = Stopwatch.StartNew();
        await using var receiver = await FakeFeedServer.StartAsync();
        var hook = receiver.Handle("/hooks/vestnik", ReceiveAsync);
        var arranged = await ArrangeAsync(hook);
        var output = TestContext.Current.TestOutputHelper;
        output?.WriteLine($"arranged in {clock.Elapsed.TotalSeconds:F1} s");

        var load = new Load();
        var scheduled = new List<int>();
        DateTimeOffset killAt;
        await using (var app = await AppProcess.StartAsync(_dataPath, Settings))
        {
            using var reader = app.Client();
            using var editor = app.Client();
            await RoleClients.SignInAsync(reader, arranged.Reader.Email, arranged.Reader.Password);
            await RoleClients.SignInAsync(editor, arranged.Editor.Email, arranged.Editor.Password);
            var editorForm = await EditorFormAsync(editor);
            // Both forms are read before the kill's clock starts: a page's first render in a fresh process is slow on a
            // busy machine, and the time before the kill is for writes.
            var commentForm = await CommentFormAsync(reader, arranged.CommentArticleSlug);

            // Scheduled publications fall on both sides of the kill: some published before it, one maybe at it, one after.
            var now = DateTimeOffset.UtcNow;
            killAt = new DateTimeOffset(now.Ticks - now.Ticks % TimeSpan.TicksPerSecond, TimeSpan.Zero).AddSeconds(7);
            foreach (var offset in new[] { -2, -1, 0, 1 })
            {
                var fields = ArticleForm(arranged, "Запланировано " + Marker());
                fields["Form.ScheduleAt"] = killAt.AddSeconds(offset).UtcDateTime.ToString("s", CultureInfo.InvariantCulture);
                var response = await editor.SubmitFormAsync(editorForm, fields, Button(editorForm, "Schedule"));
                Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
                scheduled.Add(IdFrom(response));
            }

            using var stop = new CancellationTokenSource();
            var workers = new List<Task>
            {
                CommentWorkerAsync(reader, commentForm, load, stop.Token),
                CommentWorkerAsync(reader, commentForm, load, stop.Token),
                EditorWorkerAsync(editor, editorForm, arranged, load, stop.Token),
                EditorWorkerAsync(editor, editorForm, arranged, load, stop.Token),
            };
            await Task.Delay(TimeSpan.FromTicks(Math.Max(0, (killAt.AddMilliseconds(200) - DateTimeOffset.UtcNow).Ticks)));
            // On a busy machine the first writes can be answered later than the planned kill: the kill waits for them
            // (the scheduled publications then all fall before it, which the checks below accept).
            var flowing = DateTime.UtcNow.AddSeconds(60);
            while ((load.Comments.Count < EnoughComments || load.Articles.Count < EnoughArticles) && DateTime.UtcNow < flowing)
            {
                await Task.Delay(50);
            }
            await app.KillAsync();
            await stop.CancelAsync();
            await Task.WhenAll(workers);
        }
        output?.WriteLine($"killed at {clock.Elapsed.TotalSeconds:F1} s: {load.Comments.Count} comments and {load.Articles.Count} articles acknowledged, "
            + $"{load.Unanswered.Count} writes unanswered; webhook deliveries received so far: {_received.Count}");
        Assert.DoesNotContain(load.Statuses, s => (int)s >= 500 && s != HttpStatusCode.ServiceUnavailable);
        Assert.True(load.Comments.Count >= EnoughComments, $"only {load.Comments.Count} comments were acknowledged before the kill");
        Assert.True(load.Articles.Count >= EnoughArticles, $"only {load.Articles.Count} articles were acknowledged before the kill");
        Assert.Equal("ok", StorageFailureTests.IntegrityCheck(DatabaseFile));

        await using (var app = await AppProcess.StartAsync(_dataPath, Settings))
        {
            using var client = app.Client();
            output?.WriteLine($"restarted at {clock.Elapsed.TotalSeconds:F1} s");

            // The index resumes from its stored position: articles saved just before the kill become searchable.
            var slugs = await QueryAsync("SELECT Title, Slug FROM Articles WHERE Title LIKE '" + ArticlePrefix + "%'", r => (r.GetString(0), r.GetString(1)));
            foreach (var (title, slug) in slugs)
            {
                await EventuallyAsync(async () => (await client.GetStringAsync("/search?q=" + title[ArticlePrefix.Length..])).Contains(slug, StringComparison.Ordinal),
                    $"the search to find «{title}»");
            }
            output?.WriteLine($"search caught up on {slugs.Count} articles at {clock.Elapsed.TotalSeconds:F1} s");

            // Scheduled articles due around the kill are published, and every publication reaches the webhook.
            await EventuallyAsync(async () => await ScalarAsync($"SELECT COUNT(*) FROM Articles WHERE Status = 3 AND Id IN ({string.Join(',', scheduled)})") == scheduled.Count,
                "the scheduled articles to be published");
            await EventuallyAsync(async () => await ScalarAsync("SELECT COUNT(*) FROM Deliveries WHERE Status <> 1") == 0
                && (await QueryAsync("SELECT Id FROM Deliveries", r => r.GetInt64(0).ToString(CultureInfo.InvariantCulture))).All(id => _received.Any(d => d.DeliveryId == id)),
                "every delivery to be delivered");
            output?.WriteLine($"jobs caught up at {clock.Elapsed.TotalSeconds:F1} s");
            await app.StopAsync(TimeSpan.FromSeconds(20));
        }

        // Acknowledged: exactly once, with the id the answer named. Unanswered: at most once.
        var comments = await QueryAsync($"SELECT Id, Body FROM Comment WHERE Body LIKE '{CommentPrefix}%'", r => (Id: r.GetInt64(0), Marker: r.GetString(1)[CommentPrefix.Length..]));
        foreach (var (marker, id) in load.Comments)
        {
            Assert.Equal([id], comments.Where(c => c.Marker == marker).Select(c => c.Id));
        }
        var articles = await QueryAsync($"SELECT Id, Title FROM Articles WHERE Title LIKE '{ArticlePrefix}%'", r => (Id: (long)r.GetInt32(0), Marker: r.GetString(1)[ArticlePrefix.Length..]));
        foreach (var (marker, id) in load.Articles)
        {
            Assert.Equal([id], articles.Where(a => a.Marker == marker).Select(a => a.Id));
        }
        foreach (var marker in load.Unanswered)
        {
            Assert.True(comments.Count(c => c.Marker == marker) + articles.Count(a => a.Marker == marker) <= 1, $"{marker} is stored twice");
        }
        Assert.Equal(comments.Count, await ScalarAsync($"SELECT CommentCount FROM Articles WHERE Slug = '{arranged.CommentArticleSlug}'")
            + await ScalarAsync($"SELECT COUNT(*) FROM Comment WHERE Body LIKE '{CommentPrefix}%' AND NOT (Status = 0 AND IsShadowed = 0)"));

        // Each scheduled article was published once: one audit entry, one revision by the scheduler.
        foreach (var id in scheduled)
        {
            Assert.Equal(1L, await ScalarAsync($"SELECT COUNT(*) FROM AuditLog WHERE Action = 'publish' AND Subject LIKE 'article #{id} %'"));
            Assert.Equal(1L, await ScalarAsync($"SELECT COUNT(*) FROM ArticleRevision WHERE ArticleId = {id} AND SavedByName = 'scheduler'"));
        }

        // One outbox message per publication, each received; a message sent again after the kill carries the same
        // delivery id and body, so the receiver can drop the copy.
        var published = articles.Select(a => a.Id).Concat(scheduled.Select(id => (long)id)).ToList();
        var messages = await QueryAsync("SELECT Id, ArticleId FROM Deliveries WHERE Event = 'article.published'", r => (Id: r.GetInt64(0), Article: (long)r.GetInt32(1)));
        foreach (var id in published)
        {
            Assert.Single(messages, m => m.Article == id);
        }
        var known = (await QueryAsync("SELECT Id, Event FROM Deliveries", r => (Id: r.GetInt64(0).ToString(CultureInfo.InvariantCulture), Event: r.GetString(1))))
            .ToDictionary(m => m.Id, m => m.Event);
        Assert.All(_received, d => Assert.Equal(known[d.DeliveryId], d.Event));
        var copies = _received.GroupBy(d => d.DeliveryId).Where(g => g.Count() > 1).ToList();
        Assert.All(copies, g => Assert.Single(g.Select(d => d.Body).Distinct()));
        output?.WriteLine($"{messages.Count} publication messages, {_received.Count} requests received, {copies.Count} sent again after the kill; "
            + $"total {clock.Elapsed.TotalSeconds:F1} s");
    }

    private sealed record Arranged(TestAccount Reader, TestAccount Editor, string CommentArticleSlug, int SectionId, int AuthorId);

    /// <summary>What the load needs, written through the app in-process on the same data folder before the real process starts.</summary>
    private async Task<Arranged> ArrangeAsync(Uri hook)
    {
        await using var app = await VestnikApp.CreateAsync(DatabaseProvider.Sqlite, a => a.WithSetting("Vestnik:DataPath", _dataPath));
        var reader = await RoleClients.CreateAccountAsync(app, [], "Читатель под нагрузкой");
        var editor = await RoleClients.CreateAccountAsync(app, [Roles.Editor]);
        return await app.WithDbAsync(async db =>
        {
            var article = await TestArticles.CreateAsync(db, "Статья для комментариев под нагрузкой");
            db.Add(new Webhook { Url = hook.ToString(), CreatedAt = DateTimeOffset.UtcNow });
            await db.SaveChangesAsync();
            return new Arranged(reader, editor, article.Slug,
                await db.Sections.OrderBy(s => s.Id).Select(s => s.Id).FirstAsync(),
                await db.Authors.OrderBy(a => a.Id).Select(a => a.Id).FirstAsync());
        });
    }

    private async Task ReceiveAsync(HttpContext context)
    {
        using var body = new StreamReader(context.Request.Body);
        var text = await body.ReadToEndAsync();
        _received.Enqueue((context.Request.Headers[WebhookSignature.DeliveryHeader].ToString(), context.Request.Headers[WebhookSignature.EventHeader].ToString(), text));
        // A receiver that takes its time widens the window in which the kill lands between sending and recording.
        await Task.Delay(150);
        context.Response.StatusCode = StatusCodes.Status204NoContent;
    }

    /// <summary>What the load sent and what the site answered.</summary>
    private sealed class Load
    {
        public ConcurrentDictionary<string, long> Comments { get; } = new();
        public ConcurrentDictionary<string, long> Articles { get; } = new();
        public ConcurrentBag<string> Unanswered { get; } = [];
        public ConcurrentBag<HttpStatusCode> Statuses { get; } = [];
    }

    private static async Task<IElement> CommentFormAsync(HttpClient reader, string slug) =>
        (await reader.GetPageAsync($"/articles/{slug}")).Document.QuerySelector("#comments > form[data-comment-form]")
            ?? throw new InvalidOperationException("no comment form for the reader");

    private static Task CommentWorkerAsync(HttpClient reader, IElement form, Load load, CancellationToken stop) =>
        RunAsync(load, load.Comments, marker => reader.SubmitFormAsync(form, new() { ["Body"] = CommentPrefix + marker }),
            response => long.Parse(response.Headers.Location!.OriginalString["/comments/".Length..], CultureInfo.InvariantCulture), stop);

    private static Task EditorWorkerAsync(HttpClient editor, IElement editorForm, Arranged arranged, Load load, CancellationToken stop) =>
        RunAsync(load, load.Articles, marker => editor.SubmitFormAsync(editorForm, ArticleForm(arranged, ArticlePrefix + marker), Button(editorForm, "Publish")),
            response => IdFrom(response), stop);

    /// <summary>Sends writes, each with a fresh marker, until the stop or until the site goes away.</summary>
    private static async Task RunAsync(Load load, ConcurrentDictionary<string, long> acknowledged,
        Func<string, Task<HttpResponseMessage>> send, Func<HttpResponseMessage, long> idOf, CancellationToken stop)
    {
        while (!stop.IsCancellationRequested)
        {
            var marker = Marker();
            try
            {
                using var response = await send(marker);
                load.Statuses.Add(response.StatusCode);
                if (response.StatusCode == HttpStatusCode.Redirect)
                {
                    acknowledged[marker] = idOf(response);
                }
                else
                {
                    load.Unanswered.Add(marker);
                }
            }
            catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException)
            {
                load.Unanswered.Add(marker);
                return;
            }
        }
    }

    /// <summary>The editor's button for one page handler, as a journalist would press it.</summary>
    private static IElement Button(IElement form, string handler) =>
        form.QuerySelector($"button[formaction$='handler={handler}']") ?? throw new InvalidOperationException($"The editor has no {handler} button.");

    private static FormValues ArticleForm(Arranged arranged, string title) =>
    [
        new("Form.Version", "0"),
        new("Form.Title", title),
        new("Form.Dek", "Подзаголовок"),
        new("Form.Body", "Текст статьи, сохранённой под нагрузкой: " + title),
        new("Form.Language", "Ru"),
        new("Form.SectionId", arranged.SectionId.ToString(CultureInfo.InvariantCulture)),
        new("Form.AuthorIds", arranged.AuthorId.ToString(CultureInfo.InvariantCulture)),
    ];

    private static int IdFrom(HttpResponseMessage response)
    {
        var path = response.Headers.Location!.OriginalString.Split('?')[0];
        return int.Parse(path[(path.LastIndexOf('/') + 1)..], CultureInfo.InvariantCulture);
    }

    /// <summary>A word no other text contains, letters only so every analyzer keeps it whole.</summary>
    private static string Marker() => "kx" + string.Concat(Guid.NewGuid().ToString("N")[..12].Select(c => (char)('a' + Convert.ToInt32(c.ToString(), 16))));

    /// <summary>The new-article form, read once: the load sends it again and again without reading the page each time.</summary>
    private static async Task<IElement> EditorFormAsync(HttpClient editor) =>
        (await editor.GetPageAsync("/newsroom/articles/edit")).Document.QuerySelector("form#editor")!;

    private string DatabaseFile => Path.Combine(_dataPath, "vestnik.db");

    private async Task<List<T>> QueryAsync<T>(string sql, Func<SqliteDataReader, T> map)
    {
        await using var connection = new SqliteConnection($"Data Source={DatabaseFile};Mode=ReadOnly;Pooling=false");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<T>();
        while (await reader.ReadAsync())
        {
            rows.Add(map(reader));
        }
        return rows;
    }

    private async Task<long> ScalarAsync(string sql) => (await QueryAsync(sql, r => r.GetInt64(0))).Single();

    private static async Task EventuallyAsync(Func<Task<bool>> done, string what)
    {
        var clock = Stopwatch.StartNew();
        while (!await done())
        {
            Assert.True(clock.Elapsed < Patience, $"timed out waiting for {what}");
            await Task.Delay(200);
        }
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(_dataPath))
        {
            Directory.Delete(_dataPath, recursive: true);
        }
    }
}
