using Vestnik.Features.Import;
using Vestnik.Features.Import.Ghost;
using Vestnik.Features.Import.WordPress;

namespace Vestnik.UnitTests.Features.Import;

public sealed class ImportCommandTests
{
    [Fact]
    public void Parse_ShouldReadTheOptions_AndLeaveConfigurationOverridesToTheHost() =>
        Assert.Equal(new WordPressImportOptions("export.xml", "uploads", DryRun: true, IncludePages: true),
            ImportCommand.Parse(["wordpress", "export.xml", "--media-folder", "uploads", "--dry-run", "--pages", "--Vestnik:DataPath=/srv/data"]));

    [Theory]
    [InlineData("")]
    [InlineData("ghost export.json")]
    [InlineData("wordpress")]
    [InlineData("wordpress export.xml --media-folder")]
    [InlineData("wordpress export.xml --force")]
    public void Parse_ShouldRefuseWhatItDoesNotKnow(string args) =>
        Assert.Null(ImportCommand.Parse(args.Split(' ', StringSplitOptions.RemoveEmptyEntries)));

    [Fact]
    public void ParseGhost_ShouldReadTheOptions_AndLeaveConfigurationOverridesToTheHost() =>
        Assert.Equal(new GhostImportOptions("export.json", "content/images", "https://old.example", DryRun: true, IncludePages: true),
            ImportCommand.ParseGhost(["ghost", "export.json", "--images-folder", "content/images", "--site-url", "https://old.example", "--dry-run", "--pages", "--Vestnik:DataPath=/srv/data"]));

    [Theory]
    [InlineData("wordpress export.xml")]
    [InlineData("ghost")]
    [InlineData("ghost export.json --images-folder")]
    [InlineData("ghost export.json --site-url javascript:alert(1)")]
    [InlineData("ghost export.json --media-folder uploads")]
    public void ParseGhost_ShouldRefuseWhatItDoesNotKnow(string args) =>
        Assert.Null(ImportCommand.ParseGhost(args.Split(' ', StringSplitOptions.RemoveEmptyEntries)));
}
