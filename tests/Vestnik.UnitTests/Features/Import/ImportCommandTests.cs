using Vestnik.Features.Import;
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
}
