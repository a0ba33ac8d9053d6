using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Vestnik.Features.Search.Indexing;
using Vestnik.Features.Search.Querying;

namespace Vestnik.UnitTests.Features.Search;

/// <summary>
/// Every form of a headline word must share a term with its dictionary form, so a reader finds the article whatever
/// case or number either of them uses. A search word matches when any of its terms is one of the article's.
/// </summary>
public sealed class NewsAnalyzersMorphologyTests
{
    private static HashSet<string> Terms(Analyzer analyzer, string word)
    {
        var terms = new HashSet<string>();
        using var stream = analyzer.GetTokenStream("f", word);
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            terms.Add(term.ToString());
        }
        stream.End();
        return terms;
    }

    /// <summary>The dictionary form first, then its forms: six cases in both numbers, genders, tenses.</summary>
    public static TheoryData<string, string> Paradigms => new()
    {
        // Nouns the light stemmer alone missed in some case: "-ью", "долю", "объём".
        { "область", "области областью областям областями областях областей" },
        { "доля", "доли доле долю долей долям долями долях" },
        { "объём", "объёма объёму объёмом объёме объёмы объёмов объёмам объёмами объёмах объем объема" },
        { "рубль", "рубля рублю рублём рубле рубли рублей рублям рублями рублях" },
        { "ставка", "ставки ставке ставку ставкой ставок ставкам ставками ставках" },
        { "президент", "президента президенту президентом президенте президенты президентов президентам президентами" },
        { "санкция", "санкции санкцию санкцией санкций санкциям санкциями санкциях" },
        { "цена", "цены цене цену ценой цен ценам ценами ценах" },
        { "суд", "суда суду судом суде суды судов судам судами судах" },
        { "Москва", "Москвы Москве Москву Москвой" },
        { "Казахстан", "Казахстана Казахстану Казахстаном Казахстане" },
        // Adjectives in every gender and number.
        { "новый", "нового новому новым новом новая новой новую новое новые новых новыми" },
        { "российский", "российского российскому российским российском российская российской российскую российское российские российских российскими" },
        { "центральный", "центрального центральному центральным центральном центральная центральной центральную центральное центральные центральных центральными" },
        // Surnames: mostly unknown to the dictionary, or read by it as other words ("Песков" as "песок").
        { "Гладков", "Гладкова Гладкову Гладковым Гладкове Гладковой Гладковы Гладковых Гладковыми" },
        { "Набиуллина", "Набиуллиной Набиуллину Набиуллин Набиуллиным Набиуллине" },
        { "Песков", "Пескова Пескову Песковым Пескове" },
        { "Лавров", "Лаврова Лаврову Лавровым Лаврове" },
        { "Медведев", "Медведева Медведеву Медведевым Медведеве" },
        { "Собянин", "Собянина Собянину Собяниным Собянине" },
        { "Захарова", "Захаровой Захарову Захаров Захаровым" },
        { "Королёв", "Королёва Королёву Королёвым Королёве Королев Королева" },
        // Verbs: past and future of the perfective, present and past of the imperfective.
        { "заявить", "заявил заявила заявило заявили заявит заявят" },
        { "заявлять", "заявляет заявляют заявлял заявляла заявляли" },
        { "снизить", "снизил снизила снизили снизит снизят" },
        { "снижать", "снижает снижают снижал снижала" },
        { "запретить", "запретил запретила запретили запретит запретят" },
        { "выступать", "выступает выступают выступал выступала выступали" },
        // A root that alternates in the past tense, which the dictionary lists as a headword of its own ("рос").
        { "расти", "растёт растут рос росла росло росли" },
        { "вырасти", "вырос выросла выросли" },
    };

    [Theory]
    [MemberData(nameof(Paradigms))]
    public void Russian_ShouldGiveEveryFormATermOfItsDictionaryForm(string dictionaryForm, string forms)
    {
        using var analyzer = NewsAnalyzers.Russian();
        var expected = Terms(analyzer, dictionaryForm);

        var missed = forms.Split(' ').Where(form => !Terms(analyzer, form).Overlaps(expected)).ToList();

        Assert.Empty(missed);
    }

    [Theory]
    [InlineData("областью", "область")]
    [InlineData("долю", "доля")]
    [InlineData("объёме", "объем")]
    [InlineData("заявила", "заявить")]
    [InlineData("российской", "российский")]
    public void Russian_ShouldIndexKnownWordsByTheirDictionaryForm(string form, string lemma)
    {
        using var analyzer = NewsAnalyzers.Russian();

        Assert.Equal([lemma], Terms(analyzer, form).ToList());
    }

    [Fact]
    public void Russian_ShouldGiveAWordReadTwoWaysBothDictionaryForms()
    {
        using var analyzer = NewsAnalyzers.Russian();

        Assert.Equal(["сталь", "стать"], Terms(analyzer, "стали").Order().ToList());
    }

    [Theory]
    [InlineData("росла", "расти")]
    [InlineData("вывез", "вывезти")]
    [InlineData("затихла", "затихнуть")]
    [InlineData("заперли", "запереть")]
    [InlineData("вытекло", "вытечь")]
    [InlineData("занесла", "занести")]
    public void Russian_ShouldGiveAPastTenseHeadwordItsVerb(string form, string infinitive)
    {
        using var analyzer = NewsAnalyzers.Russian();

        Assert.Contains(infinitive, Terms(analyzer, form));
    }

    [Fact]
    public void Russian_ShouldKeepTheNounApartFromTheVerbOfItsRoot()
    {
        using var analyzer = NewsAnalyzers.Russian();

        Assert.Equal(["рост"], Terms(analyzer, "роста").ToList());
        Assert.DoesNotContain("рост", Terms(analyzer, "росла"));
    }

    [Fact]
    public void TermsByPosition_ShouldPutBothReadingsOfAWordAtItsPosition_AndKeepAStopWordsGap()
    {
        using var analyzer = NewsAnalyzers.Russian();

        var positions = Analysis.TermsByPosition(analyzer, "Цены стали и пила")
            .Select(p => (p.Position, string.Join(",", p.Terms.Order()))).ToList();

        Assert.Equal([(0, "цена"), (1, "сталь,стать"), (3, "пила,пить")], positions);
    }

    [Fact]
    public void Russian_ShouldStemWordsTheDictionaryDoesNotKnow()
    {
        using var analyzer = NewsAnalyzers.Russian();

        Assert.Equal(Terms(analyzer, "коронавирусом"), Terms(analyzer, "коронавирусами"));
        Assert.Equal(["коронавирус"], Terms(analyzer, "коронавирусом").ToList());
    }

    [Fact]
    public void Russian_ShouldAddTheSurnameBase_ToAWordTheDictionaryReadsAsAnother()
    {
        using var analyzer = NewsAnalyzers.Russian();

        Assert.Equal(["песков", "песок"], Terms(analyzer, "Песков").Order().ToList());
        Assert.Equal(["песков"], Terms(analyzer, "Пескову").ToList());
    }

    [Theory]
    [InlineData("гладковыми", "гладков")]
    [InlineData("набиуллиной", "набиуллин")]
    [InlineData("медведеву", "медведев")]
    [InlineData("песков", "песков")]
    [InlineData("казахстане", null)]
    [InlineData("нов", null)]
    [InlineData("коронавирусом", null)]
    public void SurnameBase_ShouldCutOnlyTheCaseEndingOfASurnameShape(string word, string? expected)
    {
        var length = SurnameFormFilter.SurnameBaseLength(word);

        Assert.Equal(expected, length is { } l ? word[..l] : null);
    }
}
