using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Vestnik.Data;
using Vestnik.Features.Articles.Model;
using Vestnik.Features.Newsroom;
using Vestnik.Features.Newsroom.Articles.Workflow;
using Vestnik.Infrastructure.Localization;
using Vestnik.Testing;

namespace Vestnik.Tests.Features.Articles;

/// <summary>
/// The tag and author pages read their totals from counts stored on the tag and the author. Every change the workflow
/// makes keeps them equal to a count of the articles, and the pages' totals and pagers follow them.
/// </summary>
public abstract class PublishedCountsTests(AppFixture fixture)
{
    private VestnikApp App => fixture.App;

    private static readonly ArticleActor Editor = new("counts-editor-id", "counts.editor@vestnik.test", NewsroomText.En);

    private readonly string _suffix = Guid.NewGuid().ToString("N")[..6];

    /// <summary>Tags named for this test only, so other tests' articles never touch their counts.</summary>
    private string TagName(string name) => $"{name} {_suffix}";

    [Fact]
    public async Task EveryWorkflowChange_ShouldKeepTagAndAuthorCountsEqualToTheArticles()
    {
        var (first, second) = await AuthorsAsync();
        var (a, b, c) = (TagName("альфа"), TagName("бета"), TagName("гамма"));

        var created = await RunAsync(async (w, db) => await w.SaveAsync(null, await FormAsync(db, [first], a, b), Editor));
        Assert.True(created.Saved, created.Message);
        var id = created.Article!.Id;
        await AssertCountsAsync(new() { [a] = 0, [b] = 0 }, new() { [first] = (0, 0) });

        await ChangeAsync(id, (w, article, form) => w.PublishAsync(article, form, Editor));
        await AssertCountsAsync(new() { [a] = 1, [b] = 1 }, new() { [first] = (1, 0) });

        // Retagging a published article moves the counts of the tags it lost and gained.
        await ChangeAsync(id, (w, article, form) => w.SaveAsync(article, With(form, tags: [b, c]), Editor));
        await AssertCountsAsync(new() { [a] = 0, [b] = 1, [c] = 1 }, new() { [first] = (1, 0) });

        await ChangeAsync(id, (w, article, form) => w.SaveAsync(article, With(form, authors: [second]), Editor));
        await AssertCountsAsync(new() { [b] = 1, [c] = 1 }, new() { [first] = (0, 0), [second] = (1, 0) });

        // In English the article leaves its Russian tags' pages, and moves to the author's English page.
        await ChangeAsync(id, (w, article, form) => w.SaveAsync(article, With(form, language: ContentLanguage.En), Editor));
        await AssertCountsAsync(new() { [b] = 0, [c] = 0 }, new() { [second] = (0, 1) });

        await ChangeAsync(id, (w, article, form) => w.SaveAsync(article, With(form, language: ContentLanguage.Ru, authors: [first, second]), Editor));
        await AssertCountsAsync(new() { [b] = 1, [c] = 1 }, new() { [first] = (1, 0), [second] = (1, 0) });

        await ChangeAsync(id, (w, article, form) => w.UnpublishAsync(article, form, Editor));
        await AssertCountsAsync(new() { [a] = 0, [b] = 0, [c] = 0 }, new() { [first] = (0, 0), [second] = (0, 0) });

        // Published again (a correction on the way changes nothing), then unpublished and deleted.
        await ChangeAsync(id, (w, article, form) => w.PublishAsync(article, form, Editor));
        await ChangeAsync(id, (w, article, form) => w.AddCorrectionAsync(article, form.Version, "Исправлена дата.", Editor));
        await AssertCountsAsync(new() { [b] = 1, [c] = 1 }, new() { [first] = (1, 0), [second] = (1, 0) });
        await ChangeAsync(id, (w, article, form) => w.UnpublishAsync(article, form, Editor));
        await ChangeAsync(id, (w, article, form) => w.DeleteAsync(article, form.Version, Editor));
        Assert.False(await App.WithDbAsync(db => db.Articles.AnyAsync(x => x.Id == id)));
        await AssertCountsAsync(new() { [a] = 0, [b] = 0, [c] = 0 }, new() { [first] = (0, 0), [second] = (0, 0) });
    }

    [Fact]
    public async Task ScheduledPublication_ShouldCountTheArticle()
    {
        var (author, _) = await AuthorsAsync();
        var tag = TagName("расписание");
        var created = await RunAsync(async (w, db) => await w.ScheduleAsync(null, await FormAsync(db, [author], tag), DateTimeOffset.UtcNow.AddDays(1), Editor));
        Assert.True(created.Saved, created.Message);
        await AssertCountsAsync(new() { [tag] = 0 }, new() { [author] = (0, 0) });

        var published = await RunAsync((w, _) => w.PublishScheduledAsync(created.Article!.Id, DateTimeOffset.UtcNow.AddDays(2)));

        Assert.True(published.Saved, published.Message);
        await AssertCountsAsync(new() { [tag] = 1 }, new() { [author] = (1, 0) });
    }

    [Fact]
    public async Task TagAndAuthorPages_ShouldShowTheStoredTotalsAndPageByThem()
    {
        var (author, _) = await AuthorsAsync();
        var tag = TagName("пагинация");
        for (var i = 0; i < 13; i++)
        {
            var published = await RunAsync(async (w, db) => await w.PublishAsync(null, await FormAsync(db, [author], tag), Editor));
            Assert.True(published.Saved, published.Message);
        }
        var (tagSlug, authorSlug) = await App.WithDbAsync(async db => (
            (await db.Tags.SingleAsync(t => t.Name == tag)).Slug,
            (await db.Authors.SingleAsync(a => a.Id == author)).Slug));

        foreach (var path in new[] { $"/tags/{tagSlug}", $"/authors/{authorSlug}" })
        {
            var (response, page) = await App.CreateClient().GetPageAsync(path);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("13 статей", page.QuerySelector(".listing__count")!.TextContent.Trim());
            Assert.Equal(12, page.QuerySelectorAll(".card").Length);
            Assert.Contains("1 / 2", page.QuerySelector(".pager__current")!.TextContent, StringComparison.Ordinal);

            var (second, secondPage) = await App.CreateClient().GetPageAsync(path + "?page=2");
            Assert.Equal(HttpStatusCode.OK, second.StatusCode);
            Assert.Single(secondPage.QuerySelectorAll(".card"));
            Assert.Equal(HttpStatusCode.NotFound, (await App.CreateClient().GetAsync(path + "?page=3")).StatusCode);
        }
        // The English author page counts the author's English articles: none.
        var (english, englishPage) = await App.CreateClient().GetPageAsync($"/en/authors/{authorSlug}");
        Assert.Equal(HttpStatusCode.OK, english.StatusCode);
        Assert.Empty(englishPage.QuerySelectorAll(".card"));
        Assert.StartsWith("0 ", englishPage.QuerySelector(".listing__count")!.TextContent.Trim(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Recount_ShouldRestoreCountsThatDrifted()
    {
        var (author, _) = await AuthorsAsync();
        var tag = TagName("пересчёт");
        Assert.True((await RunAsync(async (w, db) => await w.PublishAsync(null, await FormAsync(db, [author], tag), Editor))).Saved);
        await App.WithDbAsync(async db =>
        {
            await db.Tags.Where(t => t.Name == tag).ExecuteUpdateAsync(s => s.SetProperty(t => t.PublishedArticles, 40));
            await db.Authors.Where(a => a.Id == author).ExecuteUpdateAsync(s => s.SetProperty(a => a.PublishedArticlesEn, 7));
        });

        await App.WithDbAsync(db => PublishedCounts.RecountAsync(db));

        await AssertCountsAsync(new() { [tag] = 1 }, new() { [author] = (1, 0) });
    }

    /// <summary>
    /// Each tag's and author's stored counts equal the figures given and a count of the published articles the tag and
    /// author pages list.
    /// </summary>
    private Task AssertCountsAsync(Dictionary<string, int> tags, Dictionary<int, (int Ru, int En)> authors) => App.WithDbAsync(async db =>
    {
        foreach (var (name, expected) in tags)
        {
            var tag = await db.Tags.AsNoTracking().SingleAsync(t => t.Name == name);
            var counted = await db.Articles.CountAsync(a => a.Status == ArticleStatus.Published && a.Language == tag.Language && a.Tags.Any(t => t.Id == tag.Id));
            Assert.Equal((name, expected), (name, counted));
            Assert.Equal((name, expected), (name, tag.PublishedArticles));
        }
        foreach (var (id, expected) in authors)
        {
            var author = await db.Authors.AsNoTracking().SingleAsync(a => a.Id == id);
            var counted = (
                await CountByAsync(db, id, ContentLanguage.Ru),
                await CountByAsync(db, id, ContentLanguage.En));
            Assert.Equal((id, expected), (id, counted));
            Assert.Equal((id, expected), (id, (author.PublishedArticlesRu, author.PublishedArticlesEn)));
        }
    });

    private static Task<int> CountByAsync(VestnikDbContext db, int author, ContentLanguage language) =>
        db.Articles.CountAsync(a => a.Status == ArticleStatus.Published && a.Language == language && a.Authors.Any(x => x.AuthorId == author));

    private Task<(int First, int Second)> AuthorsAsync() => App.WithDbAsync(async db =>
    {
        var first = db.Authors.Add(new Author { Name = $"Первый {_suffix}", Slug = $"counts-first-{_suffix}" }).Entity;
        var second = db.Authors.Add(new Author { Name = $"Второй {_suffix}", Slug = $"counts-second-{_suffix}" }).Entity;
        await db.SaveChangesAsync();
        return (first.Id, second.Id);
    });

    private static async Task<ArticleForm> FormAsync(VestnikDbContext db, int[] authors, params string[] tags) => new ArticleForm
    {
        Title = $"Статья {Guid.NewGuid():N}",
        Dek = "Подзаголовок",
        Body = "Текст.",
        SectionId = (await TestArticles.SectionAsync(db)).Id,
        AuthorIds = [.. authors.Select(a => (int?)a)],
        Tags = string.Join(", ", tags),
    };

    private static ArticleForm With(ArticleForm form, string[]? tags = null, int[]? authors = null, ContentLanguage? language = null)
    {
        form.Tags = tags is null ? form.Tags : string.Join(", ", tags);
        form.AuthorIds = authors is null ? form.AuthorIds : [.. authors.Select(a => (int?)a)];
        form.Language = language ?? form.Language;
        return form;
    }

    private async Task ChangeAsync(int id, Func<ArticleWorkflow, Article, ArticleForm, Task<ArticleChangeResult>> change)
    {
        var result = await RunAsync(async (w, _) =>
        {
            var article = await w.LoadAsync(id) ?? throw new InvalidOperationException($"no article {id}");
            return await change(w, article, ArticleForm.From(article));
        });
        Assert.True(result.Saved, $"{result.Outcome} {result.Message}");
    }

    /// <summary>Runs <paramref name="work"/> in its own scope, as one request or one scheduler tick would.</summary>
    private async Task<T> RunAsync<T>(Func<ArticleWorkflow, VestnikDbContext, Task<T>> work)
    {
        await using var scope = App.Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<ArticleWorkflow>(), scope.ServiceProvider.GetRequiredService<VestnikDbContext>());
    }
}

public sealed class SqlitePublishedCountsTests(SqliteAppFixture fixture) : PublishedCountsTests(fixture), IClassFixture<SqliteAppFixture>;

public sealed class PostgresPublishedCountsTests(PostgresAppFixture fixture) : PublishedCountsTests(fixture), IClassFixture<PostgresAppFixture>;
