using Vestnik.Features.Search.Querying;

namespace Vestnik.UnitTests.Features.Search;

public sealed class QueryWordsTests
{
    [Theory]
    [InlineData("title:(*", new[] { "title" })]
    [InlineData("\"unbalanced", new[] { "unbalanced" })]
    [InlineData("~~~", new string[0])]
    [InlineData("*:*", new string[0])]
    [InlineData("AND OR NOT", new[] { "AND", "OR", "NOT" })]
    [InlineData("Tokayev's visit", new[] { "Tokayev's", "visit" })]
    [InlineData("  выборы\u0000в\tКазахстане\u200b ", new[] { "выборы", "в", "Казахстане" })]
    [InlineData("", new string[0])]
    [InlineData("Инфляция 36,5% и курс 2.8", new[] { "Инфляция", "36,5", "и", "курс", "2.8" })]
    [InlineData("ВЭБ.РФ и Санкт-Петербург", new[] { "ВЭБ.РФ", "и", "Санкт", "Петербург" })]
    [InlineData("со\u00ADкра\u00ADщение", new[] { "сокращение" })]
    public void Split_ShouldKeepOnlyWords(string input, string[] expected)
    {
        Assert.Equal(expected, QueryWords.Split(input));
    }

    [Fact]
    public void Split_ShouldCapLengthAndWordCount()
    {
        var words = QueryWords.Split(string.Join(" ", Enumerable.Repeat("слово", 2000)));

        Assert.Equal(SearchRequest.MaxWords, words.Count);
        Assert.True(QueryWords.Split(new string('я', 10_000)).Single().Length <= 60);
    }
}
