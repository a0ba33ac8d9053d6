using Vestnik.Infrastructure.Localization;
using Vestnik.Infrastructure.Text.Typography;

namespace Vestnik.UnitTests.Infrastructure.Text;

public sealed class TypographerTests
{
    // Written with ~ for the non-breaking space so the expectations can be read.
    private static string Ru(string text) => Typographer.Plain(text, ContentLanguage.Ru).Text.Replace('\u00A0', '~');
    private static string En(string text) => Typographer.Plain(text, ContentLanguage.En).Text.Replace('\u00A0', '~');
    private static string RuMarkdown(string text) => Typographer.Markdown(text, ContentLanguage.Ru).Text.Replace('\u00A0', '~');

    [Theory]
    [InlineData("Он сказал \"да\".", "Он~сказал «да».")]
    [InlineData("\"Газпром\" и \"Роснефть\"", "«Газпром» и~«Роснефть»")]
    [InlineData("Книга \"Рассказы о \"Чапаеве\" и других\"", "Книга «Рассказы о~„Чапаеве“ и~других»")]
    [InlineData("Пресс-служба (\"Аэрофлот\")", "Пресс-служба («Аэрофлот»)")]
    [InlineData("Текст “в английских кавычках”", "Текст «в~английских кавычках»")]
    public void Plain_ShouldPairRussianQuotes_NestingTheInnerPair(string text, string expected) =>
        Assert.Equal(expected, Ru(text));

    [Theory]
    [InlineData("He said \"yes\".", "He said “yes”.")]
    [InlineData("\"The \"Times\" wrote\"", "“The ‘Times’ wrote”")]
    [InlineData("It's O'Brien's", "It’s O’Brien’s")]
    public void Plain_ShouldUseEnglishQuotes_InEnglishText(string text, string expected) =>
        Assert.Equal(expected, En(text));

    [Theory]
    [InlineData("Открытые \"кавычки без пары")]
    [InlineData("Лишняя закрывающая\" кавычка")]
    [InlineData("12\" экран и \"текст")]
    public void Plain_ShouldLeaveQuotesAlone_WhenTheyDoNotPair(string text) =>
        Assert.Equal(text.Count(c => c == '"'), Ru(text).Count(c => c == '"'));

    [Theory]
    [InlineData("Москва - столица", "Москва~— столица")]
    [InlineData("Москва — столица", "Москва~— столица")]
    [InlineData("Москва -- столица", "Москва~— столица")]
    [InlineData("Подождите...", "Подождите…")]
    [InlineData("Пресс-секретарь", "Пресс-секретарь")]
    [InlineData("1941-1945", "1941-1945")]
    public void Plain_ShouldSetRussianDashesAndEllipses(string text, string expected) =>
        Assert.Equal(expected, Ru(text));

    [Theory]
    [InlineData("London - the capital", "London — the~capital")]
    [InlineData("London – the capital", "London – the~capital")]
    [InlineData("Wait...", "Wait…")]
    public void Plain_ShouldSetEnglishDashes_KeepingTheSpacedEnDash(string text, string expected) =>
        Assert.Equal(expected, En(text));

    [Theory]
    [InlineData("в Москве и в Казани", "в~Москве и~в~Казани")]
    [InlineData("Он же сказал бы", "Он~же сказал~бы")]
    [InlineData("А. С. Пушкин", "А.~С.~Пушкин")]
    [InlineData("12 500 рублей", "12~500 рублей")]
    [InlineData("1 200 000 человек", "1~200~000 человек")]
    [InlineData("рост на 15 %", "рост на~15~%")]
    [InlineData("в 2024 г. и в 2025 году", "в~2024~г. и~в~2025 году")]
    [InlineData("дом № 5", "дом №~5")]
    [InlineData("Итоги 2024 150 участников", "Итоги 2024 150 участников")]
    public void Plain_ShouldKeepShortWordsNumbersAndInitialsTogether_InRussian(string text, string expected) =>
        Assert.Equal(expected, Ru(text));

    [Theory]
    [InlineData("a report by J. K. Rowling", "a~report by J.~K.~Rowling")]
    [InlineData("I think the end is near", "I~think the~end is near")]
    public void Plain_ShouldKeepArticlesAndInitialsTogether_InEnglish(string text, string expected) =>
        Assert.Equal(expected, En(text));

    [Theory]
    [InlineData("Он сказал \"да\" - и ушёл... В 2024 г. А. С. Пушкин \"жил\" в Москве, 12 500 жителей.")]
    [InlineData("«Газпром» и «Роснефть» — компании")]
    [InlineData("")]
    [InlineData("👍 مرحبا \"עברית\" 🇷🇺")]
    public void Plain_ShouldChangeNothing_WhenTheTextIsAlreadySet(string text)
    {
        var once = Typographer.Plain(text, ContentLanguage.Ru);
        var twice = Typographer.Plain(once.Text, ContentLanguage.Ru);

        Assert.Equal(once.Text, twice.Text);
        Assert.Equal(0, twice.Fixes);
    }

    [Fact]
    public void Plain_ShouldCountEachReplacement()
    {
        var result = Typographer.Plain("\"да\" - нет...", ContentLanguage.Ru);

        Assert.Equal("«да»\u00A0— нет…", result.Text);
        Assert.Equal(4, result.Fixes);
    }

    [Fact]
    public void Markdown_ShouldSetProse_AndLeaveCodeUrlsAndEscapesAsWritten()
    {
        const string markdown =
            "## Итоги \"года\"\n\n" +
            "Текст \"с **жирным**\" и [ссылкой \"тут\"](https://example.org/a--b...c \"title\") - конец...\n\n" +
            "Код `\"x\" - y...` и адрес https://example.org/x--y и <https://example.org/\"q\">.\n\n" +
            "Прямая \\\"кавычка\\\" остаётся.\n\n" +
            "```\nconst s = \"a\" - b...;\n```\n\n" +
            "| Кто | Что |\n|---|---|\n| \"Он\" | в доме |\n";

        var result = RuMarkdown(markdown);

        Assert.Equal(
            "## Итоги «года»\n\n" +
            "Текст «с~**жирным**» и~[ссылкой «тут»](https://example.org/a--b...c \"title\")~— конец…\n\n" +
            "Код `\"x\" - y...` и~адрес https://example.org/x--y и <https://example.org/\"q\">.\n\n" +
            "Прямая \\\"кавычка\\\" остаётся.\n\n" +
            "```\nconst s = \"a\" - b...;\n```\n\n" +
            "| Кто | Что |\n|---|---|\n| «Он» | в~доме |\n",
            result);
    }

    [Fact]
    public void Markdown_ShouldNotJoinLinesOfAParagraph()
    {
        Assert.Equal("Первая строка и\nвторая - тоже", RuMarkdown("Первая строка и\nвторая - тоже").Replace("~—", " -"));
        Assert.Equal("слово~— дальше\nи~ещё", RuMarkdown("слово - дальше\nи ещё"));
    }

    [Fact]
    public void Markdown_ShouldTypesetAHugeTextQuickly_AndIdempotently()
    {
        var paragraph = "Он сказал \"да\" - и ушёл... В 2024 г. в Москве жили 12 500 человек.\n\n";
        var markdown = string.Concat(Enumerable.Repeat(paragraph, 2_000));

        var once = Typographer.Markdown(markdown, ContentLanguage.Ru);
        var twice = Typographer.Markdown(once.Text, ContentLanguage.Ru);

        Assert.Equal(0, twice.Fixes);
        Assert.Equal(once.Text, twice.Text);
        Assert.True(once.Fixes >= 2_000 * 8);
    }
}
