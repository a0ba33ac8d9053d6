using Vestnik.Features.Newsroom.Articles.Retelling;

namespace Vestnik.UnitTests.Features.Newsroom;

public sealed class VerbatimOverlapTests
{
    // Twenty-seven words in the first sentence, fifteen in the second.
    private const string Source =
        "Мэрия Москвы в понедельник объявила, что с первого января все новые автобусы на городских маршрутах будут только электрическими, "
        + "а старые дизельные машины спишут до конца следующего года. "
        + "Представитель транспортного комплекса добавил: на закупку ещё четырёхсот электробусов город потратит около тридцати миллиардов рублей.";

    private const string FirstSentence =
        "Мэрия Москвы в понедельник объявила, что с первого января все новые автобусы на городских маршрутах будут только электрическими, "
        + "а старые дизельные машины спишут до конца следующего года.";

    [Fact]
    public void Find_ShouldFlagACopiedSentence_AndCountItsShareOfTheDraft()
    {
        var draft = "Город меняет транспорт. " + FirstSentence + " Пассажиры пока не знают, как это скажется на тарифах.";

        var report = VerbatimOverlap.Find(draft, Source);

        var passage = Assert.Single(report.Passages);
        Assert.Equal(27, passage.Words);
        Assert.False(passage.Quoted);
        Assert.True(passage.Flagged);
        Assert.Equal(3 + 27 + 9, report.DraftWords);
        Assert.Equal(27, report.RepeatedWords);
        Assert.Equal(69, report.SharePercent);
        Assert.Equal(1, report.FlaggedPassages);
        Assert.Equal(FirstSentence.TrimEnd('.'), Source.Substring(passage.Source.Start, passage.Source.Length));
        Assert.Equal(FirstSentence.TrimEnd('.'), draft.Substring(passage.Draft.Start, passage.Draft.Length));
        Assert.Equal("Мэрия Москвы в понедельник объявила, что…", passage.FirstWords);
    }

    [Fact]
    public void Find_ShouldIgnoreCaseYoPunctuationAndQuoteStyles()
    {
        const string source = "Он сказал: «Ещё вчера всё шло по плану, и никто не ждал, что мост закроют на ремонт».";
        const string draft = "он сказал — \"еще вчера все шло по плану; и никто не ждал: что МОСТ закроют на ремонт\"!";

        var passage = Assert.Single(VerbatimOverlap.Find(draft, source).Passages);

        Assert.Equal(17, passage.Words);
    }

    [Theory]
    [InlineData("Как сообщили в мэрии, «{0}» Решение обсуждают.")]
    [InlineData("Как сообщили в мэрии, “{0}” Решение обсуждают.")]
    [InlineData("Как сообщили в мэрии, „{0}“ Решение обсуждают.")]
    [InlineData("Как сообщили в мэрии:\n\n> {0}\n\nРешение обсуждают.")]
    public void Find_ShouldSeeAPassageInQuotationMarksOrABlockquote_AsQuoted(string template)
    {
        var report = VerbatimOverlap.Find(string.Format(System.Globalization.CultureInfo.InvariantCulture, template, FirstSentence), Source);

        var passage = Assert.Single(report.Passages);
        Assert.True(passage.Quoted);
        Assert.False(passage.Flagged);
        Assert.Equal(0, report.FlaggedPassages);
    }

    [Fact]
    public void Find_ShouldKeepABlockquoteAcrossItsLazyContinuationLines()
    {
        var draft = "> " + FirstSentence[..60] + "\n" + FirstSentence[60..] + "\n\nДальше свой текст.";

        Assert.True(Assert.Single(VerbatimOverlap.Find(draft, Source).Passages).Quoted);
    }

    [Fact]
    public void Find_ShouldNotTreatAPassageAsQuoted_WhenTheQuoteClosesInsideIt()
    {
        var draft = "«Мэрия Москвы в понедельник объявила», что с первого января все новые автобусы на городских маршрутах будут только электрическими, "
            + "а старые дизельные машины спишут до конца следующего года.";

        var passage = Assert.Single(VerbatimOverlap.Find(draft, Source).Passages);

        Assert.False(passage.Quoted);
        Assert.True(passage.Flagged);
    }

    [Fact]
    public void Find_ShouldCloseAStrayQuoteAtTheEndOfItsParagraph()
    {
        var draft = "Он сказал \"нет и ушёл.\n\n" + FirstSentence;

        Assert.False(Assert.Single(VerbatimOverlap.Find(draft, Source).Passages).Quoted);
    }

    [Fact]
    public void Find_ShouldNeedEightSharedWords_SoSetPhrasesAreNotPassages()
    {
        // Seven words shared with the source: a phrase any retelling of the story would use.
        const string seven = "Как стало известно, мэрия Москвы в понедельник объявила, что меняет планы.";
        // Eight: the source's sentence is starting to be copied.
        const string eight = "Как стало известно, мэрия Москвы в понедельник объявила, что с первого марта всё изменится.";

        Assert.Empty(VerbatimOverlap.Find(seven, Source).Passages);
        var passage = Assert.Single(VerbatimOverlap.Find(eight, Source).Passages);
        Assert.Equal(VerbatimOverlap.MinPassageWords, passage.Words);
        Assert.False(passage.Flagged);
    }

    [Fact]
    public void Find_ShouldFindNothing_InARetellingInItsOwnWords()
    {
        const string retelling = "С января столичные власти будут закупать для городских маршрутов только электробусы. "
            + "Дизельные автобусы уйдут с линий за два года, а на новые машины потратят примерно 30 млрд рублей, сообщили в транспортном комплексе.";

        var report = VerbatimOverlap.Find(retelling, Source);

        Assert.Empty(report.Passages);
        Assert.Equal(0, report.SharePercent);
    }

    [Theory]
    [InlineData("", Source)]
    [InlineData(FirstSentence, "")]
    [InlineData("   \n\n ", "  ")]
    [InlineData("…!?", "— «»")]
    public void Find_ShouldReportNothing_WhenEitherTextHasNoWords(string draft, string source)
    {
        var report = VerbatimOverlap.Find(draft, source);

        Assert.Empty(report.Passages);
        Assert.Equal(0, report.SharePercent);
    }

    [Fact]
    public void Find_ShouldMergeMatchesThatContinueTheSameStretch_WhenAWordWasChanged()
    {
        // "автобусы" became "машины": the copied sentence is still one passage of 27 words.
        var draft = FirstSentence.Replace("новые автобусы", "новые машины", StringComparison.Ordinal);

        var passage = Assert.Single(VerbatimOverlap.Find(draft, Source).Passages);

        Assert.Equal(27, passage.Words);
        Assert.True(passage.Flagged);
    }

    [Fact]
    public void Find_ShouldKeepCopiesOfDifferentPartsOfTheSourceApart()
    {
        var draft = "Представитель транспортного комплекса добавил: на закупку ещё четырёхсот электробусов город потратит около тридцати миллиардов рублей. "
            + "Ранее " + FirstSentence;

        var report = VerbatimOverlap.Find(draft, Source);

        Assert.Equal([15, 27], report.Passages.Select(p => p.Words));
        Assert.True(report.Passages[0].Source.Start > report.Passages[1].Source.Start);
    }

    [Fact]
    public void Find_ShouldReadACopiedSentenceWithALinkInsideAsOnePassage()
    {
        var draft = FirstSentence.Replace("Мэрия Москвы", "[Мэрия Москвы](https://www.mos.ru/news/item/12345/)", StringComparison.Ordinal);

        Assert.Equal(27, Assert.Single(VerbatimOverlap.Find(draft, Source).Passages).Words);
    }

    [Fact]
    public void Find_ShouldReadEmojiAsSpaces_AndSkipDirectionMarksInsideWords()
    {
        const string source = "قال المتحدث باسم الحكومة إن الاجتماع المقبل 🤝 سيعقد في القاهرة يوم الخميس لبحث اتفاق الهدنة الجديد";
        // The same words without the emoji, one of them carrying a right-to-left mark pasted from a web page.
        const string draft = "قال المتحدث باسم الحكو\u200Fمة إن الاجتماع المقبل سيعقد في القاهرة يوم الخميس لبحث اتفاق الهدنة الجديد";

        var passage = Assert.Single(VerbatimOverlap.Find(draft, source).Passages);

        Assert.Equal(16, passage.Words);
        Assert.Equal(draft.Length, passage.Draft.Length);
    }

    [Fact]
    public void Find_ShouldFindACopiedPassage_InAFiveThousandWordDraftAgainstAFiveThousandWordSource()
    {
        var random = new Random(18);
        string Words(int count) => string.Join(' ', Enumerable.Range(0, count).Select(_ => "слово" + random.Next(2000)));
        var copied = Words(100);
        var source = Words(2500) + " " + copied + " " + Words(2400);
        var draft = Words(3000) + " " + copied + " " + Words(1900);

        var report = VerbatimOverlap.Find(draft, source);

        var passage = Assert.Single(report.Passages, p => p.Words >= 100);
        Assert.Equal(copied, source.Substring(passage.Source.Start, passage.Source.Length));
        Assert.Equal(5000, report.DraftWords);
    }

    [Fact]
    public void Find_ShouldCoverARepetitiveDraftAsOnePassage_WithoutTryingEveryPlaceOfTheSource()
    {
        var repeated = string.Join(' ', Enumerable.Repeat("да", 20_000));

        var report = VerbatimOverlap.Find(repeated, repeated);

        Assert.Equal(20_000, Assert.Single(report.Passages).Words);
        Assert.Equal(100, report.SharePercent);
    }
}
