using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using Vestnik.Data;
using Vestnik.Features.Search.Indexing;
using Vestnik.Testing;
using static Vestnik.Tests.Features.Search.SearchTestData;

namespace Vestnik.Tests.Features.Search;

/// <summary>A missing, garbled or failing index never breaks search: readers get a notice while it is rebuilt.</summary>
public abstract class IndexRecoveryTests(DatabaseProvider provider)
{
    private static HttpClient Client(VestnikApp app) => app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    private static async Task<(HttpStatusCode Status, bool Notice, int Results)> SearchAsync(VestnikApp app, string query)
    {
        var (response, page) = await Client(app).GetPageAsync("/search?q=" + Uri.EscapeDataString(query));
        return (response.StatusCode, page.QuerySelector(".search-notice") is not null, page.QuerySelectorAll(".search-result").Length);
    }

    [Fact]
    public async Task GarbledIndexAtStart_ShouldBeRebuiltInTheBackground()
    {
        await using var app = await VestnikApp.CreateAsync(provider);
        var indexPath = Path.Combine(app.DataPath, "index");
        Directory.CreateDirectory(indexPath);
        await File.WriteAllBytesAsync(Path.Combine(indexPath, "segments_3"), [0x3f, 0xd7, 0x6c, 0x17, 1, 2, 3, 4, 5], TestContext.Current.CancellationToken);
        await File.WriteAllTextAsync(Path.Combine(indexPath, "_0.cfs"), "not an index", TestContext.Current.CancellationToken);
        await File.WriteAllTextAsync(Path.Combine(indexPath, "segments.gen"), "garbage", TestContext.Current.CancellationToken);

        app.StartServer();
        var first = await SearchAsync(app, "заголовок");
        Assert.Equal(HttpStatusCode.OK, first.Status);

        var marker = RussianWord();
        await CreateAsync(app, $"После восстановления {marker}", "Текст.");
        await EventuallyAsync(async () => await SearchAsync(app, marker) is { Notice: false, Results: 1 }, "rebuilt index answers without the notice");
        // The garbled commit point goes at the rebuilt index's next commit. When the rebuild already took the article
        // above, no change follows it: another article makes one.
        await CreateAsync(app, $"Ещё одна статья {RussianWord()}", "Текст.");
        await EventuallyAsync(() => Task.FromResult(!File.Exists(Path.Combine(indexPath, "segments_3"))), "garbled files removed");
    }

    [Fact]
    public async Task DamageFoundWhileRunning_ShouldShowTheNotice_ThenRecover()
    {
        // A slow poll keeps the rebuild from starting before the first search below.
        await using var app = await VestnikApp.CreateAsync(provider, a => a.WithSetting("Search:PollIntervalMs", "3000"));
        app.StartServer();
        var marker = RussianWord();
        await CreateAsync(app, $"До повреждения {marker}", "Текст.");
        await EventuallyAsync(async () => (await SearchAsync(app, marker)).Results == 1, "indexed");

        app.Service<SearchIndex>().MarkDamaged(new IOException("read past EOF"));
        var during = await SearchAsync(app, marker);

        Assert.Equal(HttpStatusCode.OK, during.Status);
        Assert.True(during.Notice);
        await EventuallyAsync(async () => await SearchAsync(app, marker) is { Notice: false, Results: 1 }, "rebuilt", seconds: 60);
    }

    [Fact]
    public void OpeningAGarbledIndex_ShouldStartEmpty_AndAskForARebuild()
    {
        var path = Path.Combine(Path.GetTempPath(), "vestnik-index-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(path);
        try
        {
            File.WriteAllText(Path.Combine(path, "segments_1"), "garbage");
            using var index = new SearchIndex(path, Microsoft.Extensions.Logging.Abstractions.NullLogger<SearchIndex>.Instance);

            index.Open();

            Assert.True(index.IsRebuilding);
            Assert.Equal(0, index.Position);
            index.BeginRebuild();
            index.CompleteRebuild(position: 42);
            Assert.False(index.IsRebuilding);
            Assert.Equal(42, index.Position);
        }
        finally
        {
            Directory.Delete(path, recursive: true);
        }
    }
}

public sealed class SqliteIndexRecoveryTests() : IndexRecoveryTests(DatabaseProvider.Sqlite);

public sealed class PostgresIndexRecoveryTests() : IndexRecoveryTests(DatabaseProvider.Postgres);
