using System.Diagnostics;
using Lucene.Net.Store;
using Vestnik.Features.Search.Indexing;
using Vestnik.Features.Search.ReadAlso;
using Vestnik.Infrastructure.Operations;

namespace Vestnik.Features.Search;

/// <summary><c>dotnet run --project src/Vestnik -- reindex</c>: rebuilds this node's search index with a progress bar.</summary>
public static class ReindexCommand
{
    public const string Name = "reindex";

    /// <summary>Runs the command when the arguments ask for it; false means "start the site as usual".</summary>
    public static async Task<bool> TryRunReindexAsync(this WebApplication app, string[] args)
    {
        if (args.Length == 0 || args[0] != Name)
        {
            return false;
        }
        Environment.ExitCode = await RunAsync(app.Services);
        return true;
    }

    private static async Task<int> RunAsync(IServiceProvider services)
    {
        var index = services.GetRequiredService<SearchIndex>();
        try
        {
            index.Open();
        }
        catch (LockObtainFailedException)
        {
            await Console.Error.WriteLineAsync(
                $"The search index in {index.Path} is in use by a running site. Stop it first, or delete the folder and restart the site: it rebuilds the index in the background.");
            return 1;
        }

        var clock = Stopwatch.StartNew();
        Console.WriteLine($"Rebuilding the search index in {index.Path}");
        await services.GetRequiredService<IndexRebuilder>().RebuildAsync(new ConsoleProgressBar("articles"), CancellationToken.None);
        Console.WriteLine();
        Console.WriteLine("Refreshing \"Read also\" lists that are missing");
        await services.GetRequiredService<ReadAlsoRefresher>().FillMissingAsync(CancellationToken.None);
        Console.WriteLine($"Done in {clock.Elapsed.TotalSeconds:0.0} s");
        index.Dispose();
        return 0;
    }
}
