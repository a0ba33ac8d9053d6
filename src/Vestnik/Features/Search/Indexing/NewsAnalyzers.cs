using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Ru;
using Vestnik.Infrastructure.Localization;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.Util;
using Lucene.Net.Util;

namespace Vestnik.Features.Search.Indexing;

/// <summary>
/// Text analysis per document language. Russian words become their dictionary form (lemma) from the Russian
/// Hunspell dictionary: "областью", "долю", "объёме" and "заявила" index as "область", "доля", "объем" and
/// "заявить". A word form the dictionary reads two ways ("стали": "стать", "сталь") gives both lemmas at one position.
/// Words it does not know, names and new words, go to the light stemmer (not Snowball: Snowball reads the final
/// "-н" of "Казахстан" as a verb ending). A word shaped like a surname also gets its surname base
/// (<see cref="SurnameFormFilter"/>), so "Песков" and "Пескову" meet even where the dictionary reads one as "песок".
/// </summary>
public static class NewsAnalyzers
{
    public const LuceneVersion Version = LuceneVersion.LUCENE_48;

    /// <summary>
    /// The version of the analysis the index is written with, kept in the index's commit data. Raise it whenever a
    /// change here (or a new dictionary) would give a text other terms: every node then rebuilds its index at start,
    /// in the background, as it rebuilds a missing one.
    /// </summary>
    public const string AnalysisVersion = "3-ru-hunspell-lebedev-7.5-past";

    public static Analyzer Russian() => new RussianNewsAnalyzer();

    public static Analyzer English() => new EnglishNewsAnalyzer();

    /// <summary>Lower-cased, ё-folded, unstemmed words: the vocabulary for "did you mean" and headline completion.</summary>
    public static Analyzer Words() => new WordsAnalyzer();

    /// <summary>The analyzer the index writes with: each field name says which analysis it gets.</summary>
    public static Analyzer ForIndex() => new PerFieldAnalyzerWrapper(
        new KeywordAnalyzer(),
        new Dictionary<string, Analyzer>
        {
            [SearchFields.Title(ContentLanguage.Ru)] = Russian(),
            [SearchFields.Dek(ContentLanguage.Ru)] = Russian(),
            [SearchFields.TagText(ContentLanguage.Ru)] = Russian(),
            [SearchFields.Body(ContentLanguage.Ru)] = Russian(),
            [SearchFields.Title(ContentLanguage.En)] = English(),
            [SearchFields.Dek(ContentLanguage.En)] = English(),
            [SearchFields.TagText(ContentLanguage.En)] = English(),
            [SearchFields.Body(ContentLanguage.En)] = English(),
            [SearchFields.Words] = Words(),
            [SearchFields.HeadlineWords] = Words(),
        });

    private sealed class RussianNewsAnalyzer : Analyzer
    {
        protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
        {
            var source = new StandardTokenizer(Version, reader);
            TokenStream stream = new LowerCaseFilter(Version, source);
            stream = new YoFoldingFilter(stream);
            stream = new StopFilter(Version, stream, RussianStopWords);
            stream = new SurnameFormFilter(stream);
            stream = new DictionaryFormFilter(stream, RussianLexicon.Instance);
            stream = new RussianLightStemFilter(stream);
            stream = new RemoveDuplicatesTokenFilter(stream);
            return new TokenStreamComponents(source, stream);
        }
    }

    private sealed class EnglishNewsAnalyzer : Analyzer
    {
        protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
        {
            var source = new StandardTokenizer(Version, reader);
            TokenStream stream = new EnglishPossessiveFilter(Version, source);
            stream = new LowerCaseFilter(Version, stream);
            stream = new StopFilter(Version, stream, EnglishAnalyzer.DefaultStopSet);
            stream = new PorterStemFilter(stream);
            return new TokenStreamComponents(source, stream);
        }
    }

    private sealed class WordsAnalyzer : Analyzer
    {
        protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
        {
            var source = new StandardTokenizer(Version, reader);
            TokenStream stream = new EnglishPossessiveFilter(Version, source);
            stream = new LowerCaseFilter(Version, stream);
            stream = new YoFoldingFilter(stream);
            return new TokenStreamComponents(source, stream);
        }
    }

    /// <summary>Russian stop words with "ё" folded, as the tokens reaching the stop filter are.</summary>
    private static readonly CharArraySet RussianStopWords = FoldedRussianStopWords();

    private static CharArraySet FoldedRussianStopWords()
    {
        var set = new CharArraySet(Version, RussianAnalyzer.DefaultStopSet.Count, ignoreCase: false);
        foreach (var word in RussianAnalyzer.DefaultStopSet)
        {
            set.Add(word.Replace('ё', 'е'));
        }
        return set;
    }
}
