using Microsoft.Extensions.Logging.Abstractions;
using Vestnik.Features.Search.Indexing;
using Vestnik.Features.Search.Querying;
using Vestnik.Infrastructure.Localization;
using Vestnik.Infrastructure.Time;

namespace Vestnik.UnitTests.Features.Search;

/// <summary>Typo tolerance, the keyboard-layout switch, "did you mean" and completions on a small real index.</summary>
public sealed class CorrectionsTests : IDisposable
{
    private static readonly string[] Headlines =
    [
        "Цены на нефть выросли после решения ОПЕК",
        "Набиуллина объяснила решение по ключевой ставке",
        "Министерство экономики снизило прогноз экономического роста",
        "Президент подписал закон о бюджете",
        "Hello from the newsroom",
        "Наблюдатели за выборами подвели итоги",
    ];

    private readonly string _path = Path.Combine(Path.GetTempPath(), "vestnik-corrections-" + Guid.NewGuid().ToString("N")[..8]);
    private readonly SearchIndex _index;
    private readonly ArticleSearch _search;

    public CorrectionsTests()
    {
        _index = new SearchIndex(_path, NullLogger<SearchIndex>.Instance);
        _index.Open();
        _index.BeginRebuild();
        _index.AddFresh(Headlines.Select((title, i) => new IndexableArticle(
            i + 1, title.StartsWith("Hello", StringComparison.Ordinal) ? ContentLanguage.En : ContentLanguage.Ru,
            title, title, "", "Текст заметки.", $"/articles/{i + 1}", "news", "Новости", [], [], [],
            new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero).AddHours(i), null, null)));
        _index.CompleteRebuild(position: 1);
        _search = new ArticleSearch(_index, new NewsroomTime(TimeZoneInfo.Utc));
    }

    public void Dispose()
    {
        _index.Dispose();
        Directory.Delete(_path, recursive: true);
    }

    private SearchResults Search(string text, bool asTyped = false) =>
        _search.Search(new SearchRequest { Text = text, Language = null, AsTyped = asTyped });

    private static int IdOf(string headline) => Array.IndexOf(Headlines, headline) + 1;

    /// <summary>
    /// A typo that breaks a long ending ("-ого", "-ами") leaves the stemmer nothing to cut, so the stems are two or
    /// more letters apart although the words are one typo apart: only the typed word finds these.
    /// </summary>
    [Theory]
    [InlineData("экономическлго", 2)]
    [InlineData("выборамт", 5)]
    [InlineData("ВЫБОРАМТ", 5)]
    public void ATypoInALongEnding_ShouldFindTheArticle_ByTheWordAsTyped(string typed, int headline)
    {
        var results = Search(typed);

        Assert.Equal([headline + 1], results.Hits.Select(h => h.Id));
        Assert.True(results.TypoTolerant);
    }

    [Theory]
    [InlineData("нефтьи", 0)]
    [InlineData("нефтб", 0)]
    [InlineData("Набиулина", 1)]
    [InlineData("Набиулиной", 1)]
    [InlineData("экономеки", 2)]
    [InlineData("экономикк", 2)]
    [InlineData("президенть", 3)]
    public void ATypoNearTheEnding_ShouldStillFindTheArticle_ByTheWordOrItsStem(string typed, int headline)
    {
        var results = Search(typed);

        Assert.Contains(results.Hits, h => h.Id == headline + 1);
        Assert.Null(results.LayoutSwitchedTo);
    }

    [Theory]
    [InlineData("ytanm", "нефть", 0)]
    [InlineData("ghtpbltyn", "президент", 3)]
    [InlineData("Ghtpbltyn gjlgbcfk", "президент подписал", 3)]
    [InlineData("руддщ", "hello", 4)]
    public void AQueryInTheOtherLayout_ShouldBeSwitched_WhenThatIsWhatTheIndexKnows(string typed, string switchedTo, int headline)
    {
        var results = Search(typed);

        Assert.Equal([headline + 1], results.Hits.Select(h => h.Id));
        Assert.Equal(switchedTo, results.LayoutSwitchedTo?.ToLowerInvariant());
    }

    [Fact]
    public void AQueryThatFindsSomethingAsTyped_ShouldNotBeSwitched_NorWhenAskedForExactlyWhatWasTyped()
    {
        Assert.Null(Search("нефть").LayoutSwitchedTo);
        Assert.Equal(0, Search("ytanm", asTyped: true).Total);
    }

    [Fact]
    public void DidYouMean_ShouldOfferTheIndexedWord_ForATypoAndForAWordInTheOtherLayout()
    {
        Assert.Equal("набиуллина", Search("Набиулина").DidYouMean);
        Assert.Equal("цены нефть", Search("цены ytanm").DidYouMean);
    }

    [Fact]
    public void Completions_ShouldFollowTheSameCorrections()
    {
        var suggestions = new HeadlineSuggestions(_index);

        Assert.Equal([$"/articles/{IdOf(Headlines[0])}"], suggestions.Suggest("ytan", null).Select(s => s.Url));
        Assert.Equal([$"/articles/{IdOf(Headlines[1])}"], suggestions.Suggest("Набиулина объясн", ContentLanguage.Ru).Select(s => s.Url));
        Assert.Equal([$"/articles/{IdOf(Headlines[2])}"], suggestions.Suggest("минестерство эко", ContentLanguage.Ru).Select(s => s.Url));
    }
}
