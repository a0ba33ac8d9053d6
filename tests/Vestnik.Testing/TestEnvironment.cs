using Xunit;

namespace Vestnik.Testing;

/// <summary>
/// Tests that need a service the machine may lack (PostgreSQL, Chromium) skip with a reason on a developer's
/// laptop, and fail instead when <c>VESTNIK_REQUIRE_ALL=1</c>, which <c>.ci/run</c> sets: CI never passes by skipping.
/// </summary>
public static class TestEnvironment
{
    public static bool RequireAll => Environment.GetEnvironmentVariable("VESTNIK_REQUIRE_ALL") == "1";

    /// <summary>Skips the current test, or fails it when everything is required.</summary>
    public static void Unavailable(string reason)
    {
        if (RequireAll)
        {
            Assert.Fail($"{reason} (VESTNIK_REQUIRE_ALL=1, so this is a failure, not a skip)");
        }
        Assert.Skip(reason);
    }

    /// <summary>The first existing file among the candidates, or any match on PATH for a bare name.</summary>
    public static string? FindExecutable(params string[] candidates)
    {
        foreach (var candidate in candidates)
        {
            if (Path.IsPathRooted(candidate))
            {
                if (File.Exists(candidate))
                {
                    return candidate;
                }
                continue;
            }
            var onPath = (Environment.GetEnvironmentVariable("PATH") ?? "")
                .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
                .Select(dir => Path.Combine(dir, candidate))
                .FirstOrDefault(File.Exists);
            if (onPath is not null)
            {
                return onPath;
            }
        }
        return null;
    }
}
