using System.Diagnostics;
using System.Text.Json;
using Vestnik.Testing;

namespace Vestnik.Tests.Features.Distribution;

/// <summary>
/// Runs the Node.js feed reader in <c>tests/feed-parser</c> (@extractus/feed-extractor, installed by its
/// <c>install.sh</c>, which <c>.ci/run</c> calls) on a feed, so our feeds are checked by code we did not write.
/// </summary>
public static class IndependentFeedParser
{
    public static async Task<JsonElement> ParseAsync(string format, byte[] feed)
    {
        var folder = Repository.PathOf("tests", "feed-parser");
        var node = TestEnvironment.FindExecutable("/usr/bin/node", "node");
        if (node is null || !Directory.Exists(Path.Combine(folder, "node_modules", "@extractus")))
        {
            TestEnvironment.Unavailable("the Node.js feed parser is not installed (run tests/feed-parser/install.sh)");
        }
        var file = Path.GetTempFileName();
        try
        {
            await File.WriteAllBytesAsync(file, feed);
            var start = new ProcessStartInfo(node!, [Path.Combine(folder, "parse.mjs"), format, file])
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                WorkingDirectory = folder,
            };
            using var process = Process.Start(start)!;
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            await process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(60));
            Assert.True(process.ExitCode == 0, $"the feed parser failed: {await error}");
            return JsonDocument.Parse(await output).RootElement.Clone();
        }
        finally
        {
            File.Delete(file);
        }
    }
}
