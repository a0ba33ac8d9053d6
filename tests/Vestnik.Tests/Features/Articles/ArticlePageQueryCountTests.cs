using System.Data.Common;
using System.Diagnostics;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Vestnik.Testing;

namespace Vestnik.Tests.Features.Articles;

/// <summary>
/// The uncached article page runs a small, fixed number of queries (no query per author, tag or card), and the lists
/// read only the rows they show.
/// </summary>
public sealed class ArticlePageQueryCountTests(SqliteAppFixture fixture) : IClassFixture<SqliteAppFixture>
{
    // The article with its byline, tags, labels, corrections and translation (split queries), the stored Read also
    // list and its cards, and the comment block (moderation mode, one page of threads). Measured: 15.
    public const int MaxQueries = 16;

    [Fact]
    public async Task ArticlePage_ShouldRunABoundedNumberOfQueries_WhateverTheNumberOfAuthorsTagsAndReadAlsoCards()
    {
        var app = fixture.App;
        var slug = await app.WithDbAsync(async db =>
        {
            var article = await TestArticles.CreateAsync(db, "Статья со многими тегами");
            var stored = await db.Articles.Include(a => a.Tags).Include(a => a.Authors).AsSplitQuery().SingleAsync(a => a.Id == article.Id);
            stored.Tags.AddRange(await db.Tags.Take(6).ToListAsync());
            foreach (var (author, position) in (await db.Authors.Skip(1).Take(3).ToListAsync()).Select((a, i) => (a, i + 1)))
            {
                stored.Authors.Add(new Vestnik.Features.Articles.Model.ArticleAuthor { AuthorId = author.Id, Position = position });
            }
            await db.SaveChangesAsync();
            return stored.Slug;
        });
        var client = app.CreateClient();
        await client.GetStringAsync($"/articles/{slug}"); // warm up: compiled queries and the section menu

        var database = await app.WithDbAsync(db => Task.FromResult(db.Database.GetDbConnection().DataSource));
        using var recorder = new CommandRecorder(database);
        await client.GetStringAsync($"/articles/{slug}");

        Assert.True(recorder.Count is >= 1 and <= MaxQueries, $"{recorder.Count} queries");
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

        using var recorder = new CommandRecorder(database);
        await client.GetStringAsync("/");
        await client.GetStringAsync($"/articles/{slug}");

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

    /// <summary>Records the EF Core commands sent to one database, from EF's diagnostic events.</summary>
    private sealed class CommandRecorder : IObserver<DiagnosticListener>, IObserver<KeyValuePair<string, object?>>, IDisposable
    {
        private readonly string _dataSource;
        private readonly IDisposable _subscription;
        private readonly List<IDisposable> _listeners = [];
        private readonly List<RecordedCommand> _commands = [];

        public CommandRecorder(string dataSource)
        {
            _dataSource = dataSource;
            _subscription = DiagnosticListener.AllListeners.Subscribe(this);
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
                && data.Command.Connection?.DataSource == _dataSource)
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
            lock (_listeners)
            {
                _listeners.ForEach(l => l.Dispose());
            }
        }
    }
}
