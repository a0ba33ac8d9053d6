using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Vestnik.Features.Search.ReadAlso;
using Vestnik.Testing;
using static Vestnik.Tests.Features.Search.SearchTestData;

namespace Vestnik.Tests.Features.Search;

/// <summary>
/// Which articles "Read also" picks, and in what order: the words that identify a story over common vocabulary, one
/// item per story (the newest telling), the fresher of two equals, and the editor's pins and exclusions above all.
/// Every word that matters is made up for the test, so only these articles share it.
/// </summary>
public abstract class ReadAlsoRankingTests(AppFixture fixture)
{
    private VestnikApp App => fixture.App;

    private static List<string> Words(int count) => Enumerable.Range(0, count).Select(_ => RussianWord()).ToList();

    private static string Capitalized(string word) => char.ToUpperInvariant(word[0]) + word[1..];

    private static string Sentence(IEnumerable<string> words) => string.Join(" ", words) + ".";

    private Task<List<int>> StoredAsync(int articleId) => App.WithDbAsync(db => db.Set<ReadAlsoEntry>()
        .Where(e => e.ArticleId == articleId).OrderBy(e => e.Position).Select(e => e.RelatedArticleId).ToListAsync());

    private async Task<List<int>> StoredEventuallyAsync(int articleId, Func<List<int>, bool> expected, string what)
    {
        List<int> stored = [];
        await EventuallyAsync(async () => expected(stored = await StoredAsync(articleId)), what);
        return stored;
    }

    [Fact]
    public async Task TwoTellingsOfOneStory_ShouldCollapseToTheNewest_WhilePinsAndExclusionsStillHold()
    {
        var story = Words(8);
        var telling = Words(10);
        var otherAngle = Words(20);
        // The same report twice (an agency text run again a day later), and a different piece on the same subject.
        var older = await CreateAsync(App, RussianWord(), Sentence(story.Concat(telling)), publishedAt: DateTimeOffset.UtcNow.AddDays(-2));
        var newer = await CreateAsync(App, RussianWord(), Sentence(story.Concat(telling)), publishedAt: DateTimeOffset.UtcNow.AddDays(-1));
        var angle = await CreateAsync(App, RussianWord(), Sentence(story.Concat(otherAngle)), publishedAt: DateTimeOffset.UtcNow.AddDays(-3));
        var article = await CreateAsync(App, RussianWord(), Sentence(story.Concat(Words(10))));

        var stored = await StoredEventuallyAsync(article.Id, s => s.Contains(newer.Id) && s.Contains(angle.Id), "the newer telling and the other angle listed");

        Assert.DoesNotContain(older.Id, stored);

        await using var scope = App.Services.CreateAsyncScope();
        var curation = scope.ServiceProvider.GetRequiredService<ReadAlsoCurationService>();
        Assert.Equal(CurationResult.Done, await curation.PinAsync(article.Id, older.Id, CancellationToken.None));
        Assert.Equal(CurationResult.Done, await curation.ExcludeAsync(article.Id, angle.Id, CancellationToken.None));
        stored = await StoredAsync(article.Id);
        Assert.Equal(older.Id, stored[0]);
        Assert.Contains(newer.Id, stored);
        Assert.DoesNotContain(angle.Id, stored);
    }

    [Fact]
    public async Task AnArticleNamingTheSamePerson_ShouldRankAboveOneSharingOnlyACommonWord()
    {
        var person = Capitalized(RussianWord());
        var common = RussianWord();
        // Each shares one word with the article, as often and as rare in the index: only what the word is differs.
        // The one sharing the common word is the fresher, so without the name's weight it would come first.
        var naming = await CreateAsync(App, RussianWord(), Sentence(Words(6).Append(person).Concat(Words(6))),
            publishedAt: DateTimeOffset.UtcNow.AddHours(-2));
        var sharingAWord = await CreateAsync(App, RussianWord(), Sentence(Words(6).Append(common).Concat(Words(6))),
            publishedAt: DateTimeOffset.UtcNow.AddHours(-1));
        var article = await CreateAsync(App, RussianWord(), $"Сегодня {person} говорил {common} {Sentence(Words(10))}");

        var stored = await StoredEventuallyAsync(article.Id, s => s.Contains(naming.Id) && s.Contains(sharingAWord.Id), "both listed");

        Assert.True(stored.IndexOf(naming.Id) < stored.IndexOf(sharingAWord.Id), $"the article naming {person} comes first: {string.Join(", ", stored)}");
    }

    [Fact]
    public async Task AnArticleNamingTheSamePersonInAnotherCase_ShouldRankAboveOneSharingACommonWordInAnotherForm()
    {
        // A surname no dictionary lists, met in two cases, and a common noun met in two cases. Each candidate shares
        // one word with the article once, as rare in the index: only whether it names the person differs. The one
        // sharing the common word is the fresher, so without the name's weight it would come first.
        var surname = Capitalized(RussianWord()) + "ов";
        var common = RussianWord();
        var naming = await CreateAsync(App, RussianWord(), Sentence(Words(6).Append(surname + "ым").Concat(Words(6))),
            publishedAt: DateTimeOffset.UtcNow.AddHours(-2));
        var sharingAWord = await CreateAsync(App, RussianWord(), Sentence(Words(6).Append(common + "ами").Concat(Words(6))),
            publishedAt: DateTimeOffset.UtcNow.AddHours(-1));
        var article = await CreateAsync(App, RussianWord(), $"Сегодня {surname}у рассказали о {common}ах {Sentence(Words(10))}");

        var stored = await StoredEventuallyAsync(article.Id, s => s.Contains(naming.Id) && s.Contains(sharingAWord.Id), "both listed");

        Assert.True(stored.IndexOf(naming.Id) < stored.IndexOf(sharingAWord.Id), $"the article naming {surname} comes first: {string.Join(", ", stored)}");
    }

    [Fact]
    public async Task OfTwoEquallyRelatedArticles_TheFresherShouldComeFirst()
    {
        var shared = Words(3);
        // As close in time to the article on either side, as similar in text, each with words of its own; the fresher
        // one is created first, so it is not simply the higher id.
        var fresher = await CreateAsync(App, RussianWord(), Sentence(shared.Concat(Words(15))));
        var older = await CreateAsync(App, RussianWord(), Sentence(shared.Concat(Words(15))), publishedAt: DateTimeOffset.UtcNow.AddDays(-2));
        var article = await CreateAsync(App, RussianWord(), Sentence(shared.Concat(Words(15))), publishedAt: DateTimeOffset.UtcNow.AddDays(-1));

        var stored = await StoredEventuallyAsync(article.Id, s => s.Contains(fresher.Id) && s.Contains(older.Id), "both listed");

        Assert.True(stored.IndexOf(fresher.Id) < stored.IndexOf(older.Id), $"the fresher comes first: {string.Join(", ", stored)}");
    }
}

public sealed class SqliteReadAlsoRankingTests(SqliteAppFixture fixture) : ReadAlsoRankingTests(fixture), IClassFixture<SqliteAppFixture>;

public sealed class PostgresReadAlsoRankingTests(PostgresAppFixture fixture) : ReadAlsoRankingTests(fixture), IClassFixture<PostgresAppFixture>;
