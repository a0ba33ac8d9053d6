using System.Data.Common;
using System.Diagnostics;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Vestnik.Features.Articles.Model;
using Vestnik.Testing;
using Vestnik.Tests.Features.Search;

namespace Vestnik.Tests.Features.Articles;

/// <summary>
/// The uncached article page runs a small, fixed number of queries (no query per author, tag or card), and the lists
/// read only the rows they show.
/// </summary>
public sealed class ArticlePageQueryCountTests(SqliteAppFixture fixture) : IClassFixture<SqliteAppFixture>
{
    // The article with its section and translation (1), its byline, tags, labels and corrections in one union (1), the
    // stored Read also cards (1), and the comment block (moderation mode, one page of threads: 2).
    public const int Queries = 5;

    [Fact]
    public async Task ArticlePage_ShouldRunAFixedNumberOfQueries_WhateverTheNumberOfAuthorsTagsAndReadAlsoCards()
    {
        var app = fixture.App;
        var suffix = Guid.NewGuid().ToString("N")[..8];
        var (article, related) = await app.WithDbAsync(async db =>
        {
            var article = await TestArticles.CreateAsync(db, "Статья со многими тегами");
            var stored = await db.Articles.Include(a => a.Tags).Include(a => a.Authors).AsSplitQuery().SingleAsync(a => a.Id == article.Id);
            stored.Tags.AddRange(Enumerable.Range(1, 6).Select(i => new Tag { Name = $"Тег {i} {suffix}", Slug = $"tag-{i}-{suffix}" }));
            for (var position = 1; position <= 3; position++)
            {
                var author = new Author { Name = $"Автор {position} {suffix}", Slug = $"author-{position}-{suffix}" };
                stored.Authors.Add(new ArticleAuthor { Author = author, Position = position });
            }
            await db.SaveChangesAsync();
            List<Article> related = [];
            for (var i = 1; i <= 3; i++)
            {
                related.Add(await TestArticles.CreateAsync(db, $"Связанная статья {i}"));
            }
            return (stored, related);
        });
        // A stored list, so that the page never falls back to the latest of the section (one more query) and the
        // count does not depend on when the background job stores one.
        foreach (var card in related)
        {
            await ReadAlsoPins.PinAsync(app, article.Id, card.Id);
        }
        var slug = article.Slug;
        var client = app.CreateClient();
        await client.GetStringAsync($"/articles/{slug}"); // warm up: compiled queries and the section menu

        using var recorder = new CommandRecorder();
        await recorder.GetStringAsync(client, $"/articles/{slug}");

        Assert.Equal(Queries, recorder.Count);
    }

    // The newest articles for the lead, the latest and every section's block (1), the week's most read (1) and the
    // sections (1).
    public const int HomeQueries = 3;

    [Fact]
    public async Task HomePage_ShouldRunAFixedNumberOfQueries_WhateverTheNumberOfSections()
    {
        var app = fixture.App;
        var suffix = Guid.NewGuid().ToString("N")[..8];
        await app.WithDbAsync(async db =>
        {
            for (var i = 0; i < 8; i++)
            {
                await TestArticles.CreateAsync(db, $"Статья раздела {i}", section: $"home-{i % 4}-{suffix}");
            }
        });
        var client = app.CreateClient();
        await client.GetStringAsync("/"); // warm up: compiled queries and the section menu

        using var recorder = new CommandRecorder();
        await recorder.GetStringAsync(client, "/");

        Assert.Equal(HomeQueries, recorder.Count);
    }

    /// <summary>
    /// A card shows its article's first label. Read as one object, EF numbered the labels of every article in a window
    /// over the whole table, so each list took time in proportion to the number of labelled articles (60 ms per list
    /// with 33,000 of them). Each list's query must look labels up by article instead.
    /// </summary>
    [Fact]
    public async Task Lists_ShouldLookUpLabelsByArticle_NotScanTheLabelsTable()
    {
        var app = fixture.App;
        var slug = await app.WithDbAsync(async db =>
        {
            var article = await TestArticles.CreateAsync(db, "Статья с меткой для списков", publish: false);
            var stored = await db.Articles.Include(a => a.Labels).SingleAsync(a => a.Id == article.Id);
            stored.Labels.Add(await db.Labels.OrderBy(l => l.Id).FirstAsync());
            stored.Publish(DateTimeOffset.UtcNow);
            await db.SaveChangesAsync();
            return stored.Slug;
        });
        var database = await app.WithDbAsync(db => Task.FromResult(db.Database.GetDbConnection().DataSource));
        var client = app.CreateClient();

        using var recorder = new CommandRecorder();
        await recorder.GetStringAsync(client, "/");
        await recorder.GetStringAsync(client, $"/articles/{slug}");

        var readingLabels = recorder.Commands.Where(c => c.Text.Contains("\"ArticleLabels\"", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(readingLabels);
        await using var connection = new SqliteConnection($"Data Source={database};Mode=ReadOnly");
        await connection.OpenAsync();
        foreach (var command in readingLabels)
        {
            var plan = await QueryPlanAsync(connection, command);
            Assert.DoesNotContain(plan, step => step.StartsWith("SCAN", StringComparison.Ordinal) && step.Contains("ArticleLabels", StringComparison.Ordinal));
        }
    }

    private static async Task<List<string>> QueryPlanAsync(SqliteConnection connection, RecordedCommand recorded)
    {
        await using var explain = connection.CreateCommand();
        explain.CommandText = "EXPLAIN QUERY PLAN " + recorded.Text;
        foreach (var (name, value) in recorded.Parameters)
        {
            explain.Parameters.AddWithValue(name, value ?? DBNull.Value);
        }
        var steps = new List<string>();
        await using var reader = await explain.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            steps.Add(reader.GetString(3));
        }
        return steps;
    }

    private sealed record RecordedCommand(string Text, IReadOnlyList<(string Name, object? Value)> Parameters);

    /// <summary>
    /// Records the EF Core commands that the requests it sends run, from EF's diagnostic events. The app's background
    /// jobs (publishing, indexing, cache eviction, outbox) query the same database at any moment, so a command counts
    /// only when it runs under the request's trace: each request carries a <c>traceparent</c> of the recorder's trace,
    /// which ASP.NET Core continues in the request's <see cref="Activity"/> while something listens to its source.
    /// </summary>
    private sealed class CommandRecorder : IObserver<DiagnosticListener>, IObserver<KeyValuePair<string, object?>>, IDisposable
    {
        private readonly ActivityTraceId _trace = ActivityTraceId.CreateRandom();
        private readonly ActivityListener _requests;
        private readonly IDisposable _subscription;
        private readonly List<IDisposable> _listeners = [];
        private readonly List<RecordedCommand> _commands = [];

        public CommandRecorder()
        {
            _requests = new ActivityListener
            {
                ShouldListenTo = source => source.Name == "Microsoft.AspNetCore",
                Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.PropagationData,
            };
            ActivitySource.AddActivityListener(_requests);
            _subscription = DiagnosticListener.AllListeners.Subscribe(this);
        }

        public async Task<string> GetStringAsync(HttpClient client, string url)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, url);
            request.Headers.Add("traceparent", $"00-{_trace.ToHexString()}-{ActivitySpanId.CreateRandom().ToHexString()}-00");
            using var response = await client.SendAsync(request);
            response.EnsureSuccessStatusCode();
            return await response.Content.ReadAsStringAsync();
        }

        public int Count => Commands.Count;

        public IReadOnlyList<RecordedCommand> Commands
        {
            get
            {
                lock (_commands)
                {
                    return [.. _commands];
                }
            }
        }

        public void OnNext(DiagnosticListener listener)
        {
            if (listener.Name == DbLoggerCategory.Name)
            {
                lock (_listeners)
                {
                    _listeners.Add(listener.Subscribe(this));
                }
            }
        }

        public void OnNext(KeyValuePair<string, object?> value)
        {
            if (value.Key == RelationalEventId.CommandExecuted.Name
                && value.Value is CommandExecutedEventData data
                && Activity.Current?.TraceId == _trace)
            {
                var parameters = data.Command.Parameters.Cast<DbParameter>().Select(p => (p.ParameterName, (object?)p.Value)).ToList();
                lock (_commands)
                {
                    _commands.Add(new RecordedCommand(data.Command.CommandText, parameters));
                }
            }
        }

        public void OnCompleted()
        {
        }

        public void OnError(Exception error)
        {
        }

        public void Dispose()
        {
            _subscription.Dispose();
            _requests.Dispose();
            lock (_listeners)
            {
                _listeners.ForEach(l => l.Dispose());
            }
        }
    }
}
