using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Vestnik.Features.Distribution.Sharing;
using Vestnik.Testing;

namespace Vestnik.Tests.Features.Distribution;

/// <summary>The share bars on the article page, the counting redirect and the editors' share counts.</summary>
public abstract class ShareClicksTests(DistributionAppFixture fixture)
{
    private VestnikApp App => fixture.App;

    private HttpClient Client() => App.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    private Task<Dictionary<string, long>> CountsAsync(int articleId) => App.WithDbAsync(db =>
        db.Set<ShareCount>().Where(s => s.ArticleId == articleId).ToDictionaryAsync(s => s.Network, s => s.Clicks));

    [Fact]
    public async Task ArticlePage_ShouldShowTwoShareBars_WithCountingLinksThatOpenSafely()
    {
        var article = await DistributionTestData.ArticleAsync(App, DistributionTestData.HostileTitle);

        var (_, page) = await Client().GetPageAsync($"/articles/{article.Slug}");

        var bars = page.QuerySelectorAll(".share-bar");
        Assert.Equal(2, bars.Length);
        foreach (var bar in bars)
        {
            Assert.Equal("Поделиться", bar.GetAttribute("aria-label"));
            Assert.EndsWith($"/articles/{article.Slug}", bar.GetAttribute("data-share-url"));
            foreach (var link in bar.QuerySelectorAll("a"))
            {
                Assert.Equal($"/share/{link.GetAttribute("data-network")}/{article.Id}", link.GetAttribute("href"));
                Assert.Contains("noopener", link.GetAttribute("rel"));
                Assert.Contains("noreferrer", link.GetAttribute("rel"));
                Assert.StartsWith("Поделиться в ", link.GetAttribute("aria-label"));
            }
            Assert.NotNull(bar.QuerySelector("[data-share-action=copy][hidden] button"));
            Assert.NotNull(bar.QuerySelector("[data-share-action=native][hidden] button"));
        }
    }

    [Fact]
    public async Task EnglishArticle_ShouldNameTheShareBarInEnglish()
    {
        var article = await App.WithDbAsync(db => TestArticles.CreateAsync(db, "Share me", Vestnik.Infrastructure.Localization.ContentLanguage.En));

        var (_, page) = await Client().GetPageAsync($"/en/articles/{article.Slug}");

        Assert.Equal("Share", page.QuerySelector(".share-bar")!.GetAttribute("aria-label"));
        Assert.Equal("Share on VK", page.QuerySelector(".share-bar a")!.GetAttribute("aria-label"));
    }

    [Fact]
    public async Task Click_ShouldCountAndRedirectToTheNetwork()
    {
        var article = await DistributionTestData.ArticleAsync(App, "Кликабельная статья & «кавычки»");

        var first = await Client().GetAsync($"/share/telegram/{article.Id}");
        await Client().GetAsync($"/share/telegram/{article.Id}");
        await Client().GetAsync($"/share/vk/{article.Id}");

        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        var location = first.Headers.Location!;
        Assert.Equal("t.me", location.Host);
        Assert.Contains(Uri.EscapeDataString($"http://localhost/articles/{article.Slug}"), location.OriginalString);
        Assert.Contains(Uri.EscapeDataString("Кликабельная статья & «кавычки»"), location.OriginalString);
        var counts = await CountsAsync(article.Id);
        Assert.Equal(2, counts["telegram"]);
        Assert.Equal(1, counts["vk"]);
    }

    [Fact]
    public async Task Click_ShouldIgnoreAForeignTargetInTheQuery()
    {
        var article = await DistributionTestData.ArticleAsync(App, "Без открытого редиректа");

        var response = await Client().GetAsync($"/share/vk/{article.Id}?url=https://evil.example/&redirect=https://evil.example/&returnUrl=//evil.example");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("vk.com", response.Headers.Location!.Host);
        Assert.DoesNotContain("evil", response.Headers.Location.OriginalString);
    }

    [Fact]
    public async Task Click_ShouldAnswer404_ForUnknownNetworksAndUnpublishedOrMissingArticles()
    {
        var published = await DistributionTestData.ArticleAsync(App, "Опубликована");
        var draft = await App.WithDbAsync(db => TestArticles.CreateAsync(db, "Не опубликована", publish: false));

        foreach (var url in new[]
        {
            $"/share/facebook/{published.Id}", $"/share/VK/{published.Id}", $"/share/https:%2F%2Fevil.example/{published.Id}",
            $"/share/vk/{draft.Id}", "/share/vk/999999999", "/share/vk/abc", "/share/vk/-1",
        })
        {
            var response = await Client().GetAsync(url);
            Assert.True(response.StatusCode == HttpStatusCode.NotFound, $"{url} answered {response.StatusCode}");
            Assert.Null(response.Headers.Location);
        }
        Assert.Empty(await CountsAsync(draft.Id));
        Assert.Empty(await CountsAsync(published.Id));
    }

    [Fact]
    public async Task EditorsPage_ShouldShowCountsPerArticleAndNetwork()
    {
        var article = await DistributionTestData.ArticleAsync(App, "Самая расшариваемая");
        for (var i = 0; i < 3; i++)
        {
            await Client().GetAsync($"/share/whatsapp/{article.Id}");
        }
        var editor = await RoleClients.EditorAsync(App);

        var (response, page) = await editor.Client.GetPageAsync("/newsroom/shares");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var row = page.QuerySelector($"tr[data-article-id='{article.Id}']")!;
        Assert.Equal("3", row.QuerySelector("td[data-network=whatsapp]")!.TextContent);
        Assert.Equal("0", row.QuerySelector("td[data-network=vk]")!.TextContent);
        Assert.Equal("3", row.QuerySelector(".share-counts__total")!.TextContent);
    }

    [Fact]
    public async Task EditorsPage_ShouldBeClosedToReadersAndAuthors()
    {
        var anonymous = await Client().GetAsync("/newsroom/shares");
        var author = await (await RoleClients.AuthorAsync(App)).Client.GetAsync("/newsroom/shares");

        Assert.Equal(HttpStatusCode.Redirect, anonymous.StatusCode);
        Assert.StartsWith("/account/login", anonymous.Headers.Location!.OriginalString.Replace("http://localhost", "", StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.Redirect, author.StatusCode);
        Assert.Contains("/account/access-denied", author.Headers.Location!.OriginalString);
    }
}

public sealed class SqliteShareClicksTests(SqliteDistributionFixture fixture) : ShareClicksTests(fixture), IClassFixture<SqliteDistributionFixture>;

public sealed class PostgresShareClicksTests(PostgresDistributionFixture fixture) : ShareClicksTests(fixture), IClassFixture<PostgresDistributionFixture>;
