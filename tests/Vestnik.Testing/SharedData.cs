namespace Vestnik.Testing;

/// <summary>Third-party test data beside the repository in <c>../shared/data</c> (never copied into it).</summary>
public static class SharedData
{
    public static string Root
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "shared", "data");
                if (Directory.Exists(candidate))
                {
                    return candidate;
                }
                candidate = Path.Combine(dir.FullName, "..", "shared", "data");
                if (Directory.Exists(candidate) && File.Exists(Path.Combine(dir.FullName, "Vestnik.slnx")))
                {
                    return Path.GetFullPath(candidate);
                }
            }
            throw new DirectoryNotFoundException("../shared/data was not found next to the repository");
        }
    }

    /// <summary>Every line of the XSS payload lists.</summary>
    public static IEnumerable<string> XssPayloads() =>
        Directory.EnumerateFiles(Path.Combine(Root, "xss"), "*.txt", SearchOption.AllDirectories)
            .Where(file => !Path.GetFileName(file).StartsWith("LICENSE", StringComparison.Ordinal))
            .SelectMany(File.ReadLines)
            .Where(line => line.Length > 0);

    /// <summary>The Big List of Naughty Strings, without its comment lines.</summary>
    public static IEnumerable<string> NaughtyStrings() =>
        File.ReadLines(Path.Combine(Root, "blns", "blns.txt"))
            .Where(line => line.Length > 0 && !line.StartsWith('#'));
}
