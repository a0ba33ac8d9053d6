using Vestnik.Infrastructure.Text;

namespace Vestnik.UnitTests.Infrastructure.Text;

public sealed class RussianPluralTests
{
    [Theory]
    [InlineData(0, "0 комментариев")]
    [InlineData(1, "1 комментарий")]
    [InlineData(2, "2 комментария")]
    [InlineData(4, "4 комментария")]
    [InlineData(5, "5 комментариев")]
    [InlineData(11, "11 комментариев")]
    [InlineData(12, "12 комментариев")]
    [InlineData(14, "14 комментариев")]
    [InlineData(21, "21 комментарий")]
    [InlineData(22, "22 комментария")]
    [InlineData(25, "25 комментариев")]
    [InlineData(101, "101 комментарий")]
    [InlineData(111, "111 комментариев")]
    [InlineData(1_000_002, "1000002 комментария")]
    public void Format_ShouldAgreeWithTheNumber(long count, string expected) =>
        Assert.Equal(expected, RussianPlural.Format(count, "комментарий", "комментария", "комментариев"));
}
