using Vestnik.Features.Search.Querying;

namespace Vestnik.UnitTests.Features.Search;

public sealed class SpellingTests
{
    [Theory]
    [InlineData("казахстан", "казахстан", 0)]
    [InlineData("казахстан", "казахтсан", 1)]
    [InlineData("election", "electoin", 1)]
    [InlineData("election", "elektion", 1)]
    [InlineData("election", "elect", 3)]
    public void Distance_ShouldCountEditsWithSwapsAsOne(string a, string b, int expected)
    {
        Assert.Equal(expected, Spelling.Distance(a, b));
    }
}
