using Vestnik.Infrastructure.Text;

namespace Vestnik.UnitTests.Infrastructure.Text;

public sealed class WordCounterTests
{
    [Theory]
    [InlineData("", 0)]
    [InlineData("   \n\n ", 0)]
    [InlineData("Первый абзац статьи.\n\nВторой абзац.", 5)]
    [InlineData("## Заголовок — и список:\n- один\n- два 2026", 6)]
    [InlineData("Tokayev's reform, 2.5%", 3)]
    public void Count_ShouldCountWordsAsAReaderDoes_NotDashesOrMarkdownMarks(string text, int expected) =>
        Assert.Equal(expected, WordCounter.Count(text));
}
