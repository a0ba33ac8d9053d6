namespace Vestnik.Testing;

/// <summary>Third-party test inputs in the repository's <c>tests/data</c> (its README names sources and licences).</summary>
public static class TestData
{
    /// <summary>A file or folder under <c>tests/data</c>, by its path relative to that folder.</summary>
    public static string PathOf(params string[] relativePath) => Repository.PathOf(["tests", "data", .. relativePath]);

    /// <summary>Every line of the XSS payload lists.</summary>
    public static IEnumerable<string> XssPayloads() =>
        Directory.EnumerateFiles(PathOf("xss"), "*.txt", SearchOption.AllDirectories)
            .Where(file => !Path.GetFileName(file).StartsWith("LICENSE", StringComparison.Ordinal))
            .SelectMany(File.ReadLines)
            .Where(line => line.Length > 0);

    /// <summary>The Big List of Naughty Strings, without its comment lines.</summary>
    public static IEnumerable<string> NaughtyStrings() =>
        File.ReadLines(PathOf("blns", "blns.txt"))
            .Where(line => line.Length > 0 && !line.StartsWith('#'));
}
