using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Vestnik.Features.Search.Indexing;
using Vestnik.Features.Search.Querying;

namespace Vestnik.UnitTests.Features.Search;

public sealed class NewsAnalyzersTests
{
    private static List<string> Terms(Analyzer analyzer, string text)
    {
        var terms = new List<string>();
        using var stream = analyzer.GetTokenStream("f", text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            terms.Add(term.ToString());
        }
        stream.End();
        return terms;
    }

    private static string Stem(Analyzer analyzer, string word) => Assert.Single(Terms(analyzer, word));

    [Theory]
    [InlineData("Казахстан", "Казахстане", "Казахстана", "КАЗАХСТАНОМ")]
    [InlineData("выборы", "выборами", "выборах", "выборов")]
    [InlineData("Москва", "Москве", "Москву", "Москвой")]
    [InlineData("Королёв", "Королев", "КОРОЛЁВ")]
    [InlineData("счёт", "счет", "счёта", "счета")]
    [InlineData("санкции", "санкций", "санкциями", "санкциях")]
    public void Russian_ShouldGiveEveryFormOfAWordACommonTerm(params string[] forms)
    {
        using var analyzer = NewsAnalyzers.Russian();

        // A form may have more than one term (two readings, a surname's base); a search for one form finds another
        // when they share a term.
        var shared = forms.Select(f => (IEnumerable<string>)Terms(analyzer, f)).Aggregate((a, b) => a.Intersect(b)).ToList();

        Assert.NotEmpty(shared);
    }

    [Fact]
    public void Russian_ShouldDropStopWords()
    {
        using var analyzer = NewsAnalyzers.Russian();

        Assert.Equal(["москва"], Terms(analyzer, "и в Москве, не только"));
    }

    [Theory]
    [InlineData("Tokayev", "Tokayev's", "TOKAYEV")]
    [InlineData("election", "elections", "Elections")]
    [InlineData("sanction", "sanctions", "sanctioned")]
    public void English_ShouldGiveOneTermToEveryFormOfAWord(params string[] forms)
    {
        using var analyzer = NewsAnalyzers.English();

        var stems = forms.Select(f => Stem(analyzer, f)).Distinct().ToList();

        Assert.Single(stems);
    }

    [Fact]
    public void English_ShouldDropStopWords()
    {
        using var analyzer = NewsAnalyzers.English();

        Assert.Equal(["tokayev", "visit"], Terms(analyzer, "The visit of Tokayev").Order().ToList());
    }

    /// <summary>Headlines whose numbers, dotted names and punctuation a query once cut differently from the index.</summary>
    public static TheoryData<string> TrickyHeadlines =>
    [
        "Инфляция в Турции замедлилась до 36,5% впервые за год",
        "Курс упал на 2.8 процента после решения ЦБ",
        "ВЭБ.РФ выдал кредит на строительство моста",
        "Санкт-Петербург ввёл ограничения из-за COVID-19",
        "«Газпром» и Shell — переговоры о поставках в 2027 году",
        "Ёмкость хранилищ выросла: Королёв о «зелёной» энергетике",
        "Tokayev's visit to Moscow: iPhone 17 и Apple Pay",
    ];

    [Theory]
    [MemberData(nameof(TrickyHeadlines))]
    public void QueryWords_ShouldAnalyseAHeadlineIntoTheTermsTheIndexHolds(string headline)
    {
        foreach (var analyzer in new[] { NewsAnalyzers.Russian(), NewsAnalyzers.English() })
        {
            using (analyzer)
            {
                var indexed = Terms(analyzer, headline);
                var queried = QueryWords.Split(headline).SelectMany(word => Terms(analyzer, word)).ToList();

                Assert.Equal(indexed, queried);
            }
        }
    }

    [Fact]
    public void Words_ShouldFoldCaseAndYoButKeepWordForms()
    {
        using var analyzer = NewsAnalyzers.Words();

        Assert.Equal(["королев", "в", "казахстане"], Terms(analyzer, "Королёв в Казахстане"));
    }
}
