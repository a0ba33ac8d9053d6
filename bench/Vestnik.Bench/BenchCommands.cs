using System.Diagnostics;

namespace Vestnik.Bench;

public static class BenchCommands
{
    public static async Task<int> RunAsync(string[] args)
    {
        if (args.Length == 0 || args[0] != "generate")
        {
            Console.Error.WriteLine("usage: generate --data <folder> [--articles 100000] [--comments 0]");
            return 2;
        }
        var data = Option(args, "--data") ?? throw new ArgumentException("--data is required");
        var articles = int.Parse(Option(args, "--articles") ?? "100000", System.Globalization.CultureInfo.InvariantCulture);
        var stopwatch = Stopwatch.StartNew();
        var generated = await LargeDatabase.GenerateAsync(Path.GetFullPath(data), articles);
        Console.WriteLine($"generated {generated:N0} articles into {data} in {stopwatch.Elapsed.TotalSeconds:F1} s");
        return 0;
    }

    private static string? Option(string[] args, string name)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
    }
}
