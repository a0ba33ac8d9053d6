using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Vestnik.Features.Search.ReadAlso;
using Vestnik.Testing;
using static Vestnik.Tests.Features.Search.SearchTestData;

namespace Vestnik.Tests.Features.Search;

/// <summary>"Read also": computed on publish and edit, stored, steered by editors, read by the article page.</summary>
public abstract class ReadAlsoTests(AppFixture fixture)
{
    private VestnikApp App => fixture.App;

    /// <summary>A body about one made-up story: articles sharing a story share its rare words.</summary>
    private static string Story(List<string> words, int seed) =>
        string.Join(" ", Enumerable.Range(0, 40).Select(i => words[(i * 7 + seed) % words.Count])) + ".";

    private static List<string> Vocabulary() => Enumerable.Range(0, 8).Select(_ => RussianWord()).ToList();

    /// <summary>Words of one article's own: two articles on one story, not one story told twice (which would be folded into one item).</summary>
    private static string OwnWords() => string.Join(" ", Enumerable.Range(0, 16).Select(_ => RussianWord())) + ".";

    private Task<List<int>> StoredAsync(int articleId) => App.WithDbAsync(db => db.Set<ReadAlsoEntry>()
        .Where(e => e.ArticleId == articleId).OrderBy(e => e.Position).Select(e => e.RelatedArticleId).ToListAsync());

    private Task<DateTimeOffset> ComputedAtAsync(int articleId) => App.WithDbAsync(async db =>
        (await db.Set<ReadAlsoEntry>().Where(e => e.ArticleId == articleId).Select(e => e.ComputedAt).ToListAsync()).Max());

    private async Task<List<int>> StoredEventuallyAsync(int articleId, Func<List<int>, bool> expected, string what)
    {
        List<int> stored = [];
        await EventuallyAsync(async () => expected(stored = await StoredAsync(articleId)), what);
        return stored;
    }

    [Fact]
    public async Task ReadAlso_ShouldBeStoredOnPublish_WithoutTheArticleOrItsTranslation()
    {
        var story = Vocabulary();
        var translation = await CreateAsync(App, $"Перевод {story[0]} {story[1]}", Story(story, 1));
        var sibling = await CreateAsync(App, $"Продолжение {story[0]} {story[2]}", Story(story, 2));
        var article = await CreateAsync(App, $"Главное {story[0]} {story[1]}", Story(story, 0), publish: false);
        await App.WithDbAsync(async db =>
        {
            var tracked = await db.Articles.SingleAsync(a => a.Id == article.Id);
            tracked.TranslationId = translation.Id;
            tracked.Publish(DateTimeOffset.UtcNow);
            await db.SaveChangesAsync();
        });

        var stored = await StoredEventuallyAsync(article.Id, s => s.Contains(sibling.Id), "the sibling story under the article");

        Assert.DoesNotContain(article.Id, stored);
        Assert.DoesNotContain(translation.Id, stored);
        Assert.Equal(sibling.Id, stored[0]);
        Assert.True(stored.Count <= ReadAlsoRefresher.Count);
    }

    [Fact]
    public async Task ReadAlso_ShouldPutANewStoryUnderAnOlderSimilarOne()
    {
        var story = Vocabulary();
        var older = await CreateAsync(App, $"Начало {story[0]} {story[1]}", Story(story, 0), publishedAt: DateTimeOffset.UtcNow.AddDays(-2));
        await EventuallyAsync(async () => (await StoredAsync(older.Id)).Count > 0 || await IndexedAsync(older.Id), "older article indexed");

        var fresh = await CreateAsync(App, $"Новое {story[0]} {story[3]}", Story(story, 3));

        await StoredEventuallyAsync(older.Id, s => s.Contains(fresh.Id), "the fresh story under the older one");
    }

    private Task<bool> IndexedAsync(int id)
    {
        var index = App.Service<Vestnik.Features.Search.Indexing.SearchIndex>();
        var searcher = index.Acquire();
        try
        {
            return Task.FromResult(searcher.Search(new Lucene.Net.Search.TermQuery(Vestnik.Features.Search.Indexing.SearchIndex.IdTerm(id)), 1).TotalHits > 0);
        }
        finally
        {
            index.Release(searcher);
        }
    }

    [Fact]
    public async Task Curation_ShouldPinFirst_AndKeepExcludedOut()
    {
        var story = Vocabulary();
        var similar = await CreateAsync(App, $"Похожая {story[0]} {story[1]}", $"{Story(story, 1)} {OwnWords()}");
        var alsoSimilar = await CreateAsync(App, $"Ещё одна {story[0]} {story[2]}", $"{Story(story, 2)} {OwnWords()}");
        var unrelated = await CreateAsync(App, $"Другое {RussianWord()}", "Совсем другой текст.");
        var article = await CreateAsync(App, $"Статья {story[0]} {story[3]}", Story(story, 0));
        await StoredEventuallyAsync(article.Id, s => s.Contains(similar.Id) && s.Contains(alsoSimilar.Id), "both similar stored");

        await using var scope = App.Services.CreateAsyncScope();
        var curation = scope.ServiceProvider.GetRequiredService<ReadAlsoCurationService>();
        Assert.Equal(CurationResult.Done, await curation.PinAsync(article.Id, unrelated.Id, CancellationToken.None));
        Assert.Equal(CurationResult.Done, await curation.ExcludeAsync(article.Id, similar.Id, CancellationToken.None));
        Assert.Equal(CurationResult.SameArticle, await curation.PinAsync(article.Id, article.Id, CancellationToken.None));
        Assert.Equal(CurationResult.ArticleNotFound, await curation.ExcludeAsync(article.Id, int.MaxValue, CancellationToken.None));

        var stored = await StoredAsync(article.Id);
        Assert.Equal(unrelated.Id, stored[0]);
        Assert.DoesNotContain(similar.Id, stored);
        Assert.Contains(alsoSimilar.Id, stored);
        Assert.Equal(
            [(unrelated.Id, ReadAlsoCurationKind.Pin), (similar.Id, ReadAlsoCurationKind.Exclude)],
            (await curation.ListAsync(article.Id, CancellationToken.None)).Select(c => (c.RelatedArticleId, c.Kind)));

        // Editing the article recomputes its list, and the editor's choices still hold.
        var computedBefore = await ComputedAtAsync(article.Id);
        await App.WithDbAsync(async db =>
        {
            var tracked = await db.Articles.SingleAsync(a => a.Id == article.Id);
            tracked.Dek = "Обновлённое описание.";
            await db.SaveChangesAsync();
        });
        await EventuallyAsync(async () => await ComputedAtAsync(article.Id) > computedBefore, "list recomputed after the edit");
        stored = await StoredAsync(article.Id);
        Assert.Equal(unrelated.Id, stored[0]);
        Assert.DoesNotContain(similar.Id, stored);

        Assert.Equal(CurationResult.Done, await curation.ClearAsync(article.Id, similar.Id, CancellationToken.None));
        Assert.Contains(similar.Id, await StoredAsync(article.Id));
    }

    [Fact]
    public async Task ConcurrentRefreshesOfOneList_ShouldEachReplaceIt_WithoutColliding()
    {
        var story = Vocabulary();
        var neighbour = await CreateAsync(App, $"Соседняя {story[0]} {story[1]}", Story(story, 1));
        var article = await CreateAsync(App, $"Статья {story[0]} {story[2]}", Story(story, 0));
        await StoredEventuallyAsync(article.Id, s => s.Contains(neighbour.Id), "the neighbour indexed and stored");
        var refresher = App.Service<ReadAlsoRefresher>();

        // The background worker, an editor's pin and another node all rewriting one list at the same moment.
        await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(() => refresher.RefreshAsync([article.Id], CancellationToken.None))));

        var stored = await StoredAsync(article.Id);
        Assert.Contains(neighbour.Id, stored);
        Assert.Equal(stored.Distinct().Count(), stored.Count);
    }

    [Fact]
    public async Task ConcurrentRefreshesOfTwoListsNamingEachOther_ShouldNotDeadlock()
    {
        var story = Vocabulary();
        var first = await CreateAsync(App, $"Первая {story[0]} {story[1]}", Story(story, 0));
        var second = await CreateAsync(App, $"Вторая {story[0]} {story[1]}", Story(story, 1));
        await StoredEventuallyAsync(first.Id, s => s.Contains(second.Id), "the second under the first");
        await StoredEventuallyAsync(second.Id, s => s.Contains(first.Id), "the first under the second");
        var refresher = App.Service<ReadAlsoRefresher>();

        // Each refresh locks its own article and, through the new entries' foreign keys, the one it names.
        await Task.WhenAll(Enumerable.Range(0, 16).Select(i =>
            Task.Run(() => refresher.RefreshAsync([i % 2 == 0 ? first.Id : second.Id], CancellationToken.None))));

        Assert.Contains(second.Id, await StoredAsync(first.Id));
        Assert.Contains(first.Id, await StoredAsync(second.Id));
    }

    [Fact]
    public async Task ArticlePage_ShouldShowTheStoredList_AndFallBackToTheSectionWithoutOne()
    {
        var story = Vocabulary();
        var related = await CreateAsync(App, $"Связанная {story[0]} {story[1]}", Story(story, 1), sectionSlug: "science");
        var article = await CreateAsync(App, $"Основная {story[0]} {story[2]}", Story(story, 0), sectionSlug: "politics");
        await StoredEventuallyAsync(article.Id, s => s.Contains(related.Id), "related stored");
        var client = App.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        var (response, page) = await client.GetPageAsync($"/articles/{article.Slug}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains($"/articles/{related.Slug}", page.QuerySelectorAll(".read-also .card__title a").Select(a => a.GetAttribute("href")));

        // A list that holds only withdrawn articles shows the section's latest instead.
        var latestInSection = await CreateAsync(App, $"Свежая {RussianWord()}", "Текст.", sectionSlug: "politics");
        await UnpublishAsync(App, related.Id);
        await App.WithDbAsync(db => db.Set<ReadAlsoEntry>().Where(e => e.ArticleId == article.Id && e.RelatedArticleId != related.Id).ExecuteDeleteAsync());
        (_, page) = await client.GetPageAsync($"/articles/{article.Slug}");
        var shown = page.QuerySelectorAll(".read-also .card__title a").Select(a => a.GetAttribute("href")).ToList();
        Assert.DoesNotContain($"/articles/{related.Slug}", shown);
        Assert.Contains($"/articles/{latestInSection.Slug}", shown);
    }
}

public sealed class SqliteReadAlsoTests(SqliteAppFixture fixture) : ReadAlsoTests(fixture), IClassFixture<SqliteAppFixture>;

public sealed class PostgresReadAlsoTests(PostgresAppFixture fixture) : ReadAlsoTests(fixture), IClassFixture<PostgresAppFixture>;
