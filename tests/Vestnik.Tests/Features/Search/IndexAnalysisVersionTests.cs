using Lucene.Net.Analysis.Core;
using Lucene.Net.Index;
using Lucene.Net.Store;
using Microsoft.Extensions.Logging.Abstractions;
using Vestnik.Data;
using Vestnik.Features.Search.Indexing;
using Vestnik.Testing;
using static Vestnik.Tests.Features.Search.SearchTestData;

namespace Vestnik.Tests.Features.Search;

/// <summary>An index written with another analysis than the running build's is rebuilt, in the background.</summary>
public sealed class IndexAnalysisVersionTests
{
    /// <summary>Leaves an empty index in <paramref name="path"/> whose commit says how far it got and, if given, its analysis.</summary>
    private static void WriteIndex(string path, long position, string? analysis)
    {
        System.IO.Directory.CreateDirectory(path);
        using var directory = FSDirectory.Open(path);
        using var writer = new IndexWriter(directory, new IndexWriterConfig(NewsAnalyzers.Version, new KeywordAnalyzer()));
        var data = new Dictionary<string, string> { ["changelog.position"] = position.ToString(System.Globalization.CultureInfo.InvariantCulture) };
        if (analysis is not null)
        {
            data["analysis.version"] = analysis;
        }
        writer.SetCommitData(data);
        writer.Commit();
    }

    private static string TempPath() => Path.Combine(Path.GetTempPath(), "vestnik-index-" + Guid.NewGuid().ToString("N")[..8]);

    [Theory]
    [InlineData("1-ru-light-stemmer")]
    [InlineData(null)]
    public void AnIndexWrittenWithAnotherAnalysis_ShouldAskForARebuild(string? writtenWith)
    {
        var path = TempPath();
        try
        {
            WriteIndex(path, position: 17, writtenWith);
            using var index = new SearchIndex(path, NullLogger<SearchIndex>.Instance);

            index.Open();

            Assert.True(index.NeedsRebuild);
            Assert.Equal(writtenWith, index.WrittenWithAnalysis);
            index.BeginRebuild();
            index.CompleteRebuild(position: 17);
            Assert.False(index.IsRebuilding);
            Assert.Equal(NewsAnalyzers.AnalysisVersion, index.WrittenWithAnalysis);
        }
        finally
        {
            System.IO.Directory.Delete(path, recursive: true);
        }
    }

    [Fact]
    public void AnIndexWrittenWithThisAnalysis_ShouldBeKept()
    {
        var path = TempPath();
        try
        {
            WriteIndex(path, position: 17, NewsAnalyzers.AnalysisVersion);
            using var index = new SearchIndex(path, NullLogger<SearchIndex>.Instance);

            index.Open();

            Assert.False(index.NeedsRebuild);
            Assert.Equal(17, index.Position);
        }
        finally
        {
            System.IO.Directory.Delete(path, recursive: true);
        }
    }

    [Fact]
    public async Task AtStart_AnIndexFromAnOlderAnalysis_ShouldBeRebuiltInTheBackground()
    {
        await using var app = await VestnikApp.CreateAsync(DatabaseProvider.Sqlite);
        // The old index claims to have applied the change log far beyond anything in it, so without the analysis
        // check the site would keep it and never index the article below.
        WriteIndex(Path.Combine(app.DataPath, "index"), position: 1_000_000, "1-ru-light-stemmer");
        var marker = RussianWord();
        var article = await CreateAsync(app, $"Область получила субсидию {marker}", "Текст.");

        app.StartServer();

        var client = app.CreateClient();
        await EventuallyAsync(async () =>
        {
            var (_, page) = await client.GetPageAsync("/search?q=" + Uri.EscapeDataString($"областью {marker}"));
            return page.QuerySelectorAll(".search-result__title a").Any(a => a.GetAttribute("href") == $"/articles/{article.Slug}");
        }, "the rebuilt index finds the article by another case of its headline");
        Assert.Equal(NewsAnalyzers.AnalysisVersion, app.Service<SearchIndex>().WrittenWithAnalysis);
    }
}
