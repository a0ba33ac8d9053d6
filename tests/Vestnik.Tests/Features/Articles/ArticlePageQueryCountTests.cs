using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Vestnik.Testing;

namespace Vestnik.Tests.Features.Articles;

/// <summary>The uncached article page runs a small, fixed number of queries: no query per author, tag or card.</summary>
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
        using var counter = new CommandCounter(database);
        await client.GetStringAsync($"/articles/{slug}");

        Assert.True(counter.Count is >= 1 and <= MaxQueries, $"{counter.Count} queries");
    }

    /// <summary>Counts EF Core commands sent to one database, from EF's diagnostic events.</summary>
    private sealed class CommandCounter : IObserver<DiagnosticListener>, IObserver<KeyValuePair<string, object?>>, IDisposable
    {
        private readonly string _dataSource;
        private readonly IDisposable _subscription;
        private readonly List<IDisposable> _listeners = [];
        private int _count;

        public CommandCounter(string dataSource)
        {
            _dataSource = dataSource;
            _subscription = DiagnosticListener.AllListeners.Subscribe(this);
        }

        public int Count => Volatile.Read(ref _count);

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
                Interlocked.Increment(ref _count);
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
