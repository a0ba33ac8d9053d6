namespace Vestnik.Testing;

/// <summary>
/// The clone the tests were built from: the folder above the test binaries that holds <c>Vestnik.slnx</c>. Tests read
/// files only from inside it, so a clone with nothing beside it passes.
/// </summary>
public static class Repository
{
    private static readonly Lazy<string> RootFolder = new(FindRoot);

    public static string Root => RootFolder.Value;

    /// <summary>A path inside the repository, e.g. <c>PathOf("tests", "data")</c>.</summary>
    public static string PathOf(params string[] relativePath) => Path.Combine([Root, .. relativePath]);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Vestnik.slnx")))
            {
                return dir.FullName;
            }
        }
        throw new DirectoryNotFoundException($"no Vestnik.slnx above {AppContext.BaseDirectory}: run the tests from inside the repository");
    }
}
