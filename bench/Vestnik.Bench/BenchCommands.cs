using System.Diagnostics;
using System.Globalization;

namespace Vestnik.Bench;

public static class BenchCommands
{
    public static async Task<int> RunAsync(string[] args)
    {
        if (args.Length == 0 || args[0] != "generate")
        {
            Console.Error.WriteLine("usage: generate --data <folder> [--articles 100000] [--comments <10 per article>]");
            return 2;
        }
        var data = Option(args, "--data") ?? throw new ArgumentException("--data is required");
        var articles = int.Parse(Option(args, "--articles") ?? "100000", CultureInfo.InvariantCulture);
        var comments = Option(args, "--comments") is { } given
            ? int.Parse(given, CultureInfo.InvariantCulture)
            : checked(articles * LargeComments.DefaultPerArticle);
        var stopwatch = Stopwatch.StartNew();
        var generated = await LargeDatabase.GenerateAsync(Path.GetFullPath(data), articles, comments);
        Console.WriteLine(
            $"generated {generated.Articles:N0} articles, {generated.Comments:N0} comments ({generated.Likes:N0} likes) by " +
            $"{generated.Readers:N0} readers into {data} in {stopwatch.Elapsed.TotalSeconds:F1} s " +
            $"(articles {generated.ArticleTime.TotalSeconds:F1} s, comments {generated.CommentTime.TotalSeconds:F1} s, " +
            $"their indexes {generated.IndexTime.TotalSeconds:F1} s)");
        return 0;
    }

    private static string? Option(string[] args, string name)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
    }
}
