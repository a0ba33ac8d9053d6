using Vestnik.Infrastructure.Operations;

namespace Vestnik.UnitTests.Infrastructure.Operations;

public sealed class ConsoleCommandArgumentsTests
{
    [Fact]
    public void HostSettings_ShouldKeepOnlyTheSettings_AfterACommand()
    {
        string[] args = ["import", "wordpress", "/srv/wp/export.xml", "--media-folder", "/srv/wp/uploads", "--dry-run", "--Vestnik:DataPath=/srv/data"];

        Assert.True(ConsoleCommandArguments.NameACommand(args));
        Assert.Equal(["--Vestnik:DataPath=/srv/data"], ConsoleCommandArguments.HostSettings(args));
    }

    [Theory]
    [InlineData("--Vestnik:DataPath=/srv/data")]
    [InlineData("Vestnik:DataPath=/srv/data")]
    [InlineData("/Vestnik:DataPath", "/srv/data")]
    public void HostSettings_ShouldPassEverything_WhenTheSiteStarts(params string[] args)
    {
        Assert.False(ConsoleCommandArguments.NameACommand(args));
        Assert.Equal(args, ConsoleCommandArguments.HostSettings(args));
    }

    [Fact]
    public void HostSettings_ShouldPassNothing_WhenNothingIsGiven() =>
        Assert.Empty(ConsoleCommandArguments.HostSettings([]));
}
