using Vestnik.Features.Search.Querying;

namespace Vestnik.UnitTests.Features.Search;

public sealed class KeyboardLayoutTests
{
    [Theory]
    [InlineData("ytanm", "нефть")]
    [InlineData("ghtpbltyn", "президент")]
    [InlineData("руддщ", "hello")]
    [InlineData("Ghtpbltyn Hjccbb", "Президент России")]
    [InlineData("yjds[ ;tyobys", "новых женщины")]
    [InlineData("k.,jdm", "любовь")]
    [InlineData("{jkjlyfz djqyf", "Холодная война")]
    [InlineData("ЦщкдвЦфк 2", "WorldWar 2")]
    public void Switch_ShouldGiveTheSameKeysInTheOtherLayout(string typed, string expected)
    {
        Assert.Equal(expected, KeyboardLayout.Switch(typed));
    }

    [Theory]
    [InlineData("нефть ufp")]
    [InlineData("2024")]
    [InlineData("  ")]
    [InlineData(null)]
    public void Switch_ShouldLeaveMixedOrLetterlessTextAlone(string? typed)
    {
        Assert.Null(KeyboardLayout.Switch(typed));
    }
}
