using Lucene.Net.Analysis.TokenAttributes;
using Vestnik.Features.Search.Indexing;
using Vestnik.Features.Search.ReadAlso;
using Vestnik.Infrastructure.Localization;

namespace Vestnik.UnitTests.Features.Search;

/// <summary>
/// How Read also reads an article's words: how often each is used, one use shared by the readings of an ambiguous word,
/// and which of them say which story it tells (names inside sentences, abbreviations, numbers).
/// </summary>
public sealed class ReadAlsoArticleWordsTests
{
    [Fact]
    public void Terms_ShouldHoldNamesInsideSentences_AbbreviationsAndNumbers_AsTheIndexSpellsThem()
    {
        var body = "Вчера Сергей Лавров прилетел в Анкару. Министры обсудили поставки зерна.\n\n«Переговоры» шли 15 часов, сообщил МИД.";

        var terms = ArticleWords.Read([(SearchFields.Body(ContentLanguage.Ru), body)]).Identity;

        // Lower-cased and stemmed like the index: "Анкару" is found under the same term as "Анкара".
        Assert.Contains(Stem("Сергей"), terms);
        Assert.Contains(Stem("Лавров"), terms);
        Assert.Contains(Stem("Анкару"), terms);
        Assert.Contains("15", terms);
        Assert.Contains(Stem("МИД"), terms);
        // First words of sentences and paragraphs, even after a quotation mark, and common words are not names.
        Assert.DoesNotContain(Stem("Вчера"), terms);
        Assert.DoesNotContain(Stem("Министры"), terms);
        Assert.DoesNotContain(Stem("Переговоры"), terms);
        Assert.DoesNotContain(Stem("зерна"), terms);
    }

    [Fact]
    public void Terms_ShouldTreatEnglishTheSameWay()
    {
        var terms = ArticleWords.Read([(SearchFields.Body(ContentLanguage.En), "Shares of Time Warner rose. Analysts at the BBC said so.")]).Identity;

        Assert.Contains("warner", terms);
        Assert.Contains("time", terms);
        Assert.Contains("bbc", terms);
        Assert.DoesNotContain("share", terms);
        Assert.DoesNotContain("analyst", terms);
    }

    [Fact]
    public void Counts_ShouldShareOneUseBetweenTheReadingsOfAWord_AndAddUpEachReadingOverTheFields()
    {
        // "стали" reads as "стать" and as "сталь"; "сталь" is then used once more, alone.
        var words = ArticleWords.Read([
            (SearchFields.Title(ContentLanguage.Ru), "Цены стали выше"),
            (SearchFields.Body(ContentLanguage.Ru), "Сталь подорожала, цены на сталь растут."),
        ]);

        Assert.Equal(0.5, words.Counts["стать"], 3);
        Assert.Equal(2.5, words.Counts["сталь"], 3);
        Assert.Equal(2.0, words.Counts[Stem("цены")], 3);
    }

    /// <summary>The word as the Russian analysis writes it into the index.</summary>
    private static string Stem(string word)
    {
        using var analyzer = NewsAnalyzers.Russian();
        using var stream = analyzer.GetTokenStream("f", word);
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        Assert.True(stream.IncrementToken());
        var stem = term.ToString();
        stream.End();
        return stem;
    }
}
