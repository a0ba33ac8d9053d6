using Microsoft.Extensions.Logging.Abstractions;
using Vestnik.Features.Search.Indexing;

namespace Vestnik.Bench.Search;

/// <summary>A throwaway index in a temp folder, built with the site's own indexing code.</summary>
internal sealed class BenchIndex : IDisposable
{
    public BenchIndex()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "vestnik-bench-" + Guid.NewGuid().ToString("N")[..8]);
        Index = new SearchIndex(Path, NullLogger<SearchIndex>.Instance);
        Index.Open();
    }

    public string Path { get; }

    public SearchIndex Index { get; }

    public void Fill(IEnumerable<IndexableArticle> articles)
    {
        Index.BeginRebuild();
        Index.AddFresh(articles);
        Index.CompleteRebuild(position: 1);
    }

    public void Dispose()
    {
        Index.Dispose();
        Directory.Delete(Path, recursive: true);
    }
}
