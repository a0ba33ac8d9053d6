using Microsoft.Extensions.Logging.Abstractions;
using Vestnik.Features.Search.Indexing;

namespace Vestnik.Bench.Search;

/// <summary>
/// An index built with the site's own indexing code: a throwaway one in a temp folder, or one kept in a named folder
/// so that repeated speed runs skip the corpus generation and the build.
/// </summary>
internal sealed class BenchIndex : IDisposable
{
    private readonly bool _keep;

    public BenchIndex(string? keptPath = null)
    {
        _keep = keptPath is not null;
        Path = keptPath ?? System.IO.Path.Combine(System.IO.Path.GetTempPath(), "vestnik-bench-" + Guid.NewGuid().ToString("N")[..8]);
        Index = new SearchIndex(Path, NullLogger<SearchIndex>.Instance);
        Index.Open();
    }

    public string Path { get; }

    public SearchIndex Index { get; }

    /// <summary>True when the folder already held a complete index (a kept one from an earlier run).</summary>
    public bool IsFilled => !Index.IsRebuilding;

    public void Fill(IEnumerable<IndexableArticle> articles)
    {
        Index.BeginRebuild();
        Index.AddFresh(articles);
        Index.CompleteRebuild(position: 1);
    }

    public void Dispose()
    {
        Index.Dispose();
        if (!_keep)
        {
            Directory.Delete(Path, recursive: true);
        }
    }
}
