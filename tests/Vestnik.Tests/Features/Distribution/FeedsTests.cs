using System.Net;
using System.Net.Http.Headers;
using System.ServiceModel.Syndication;
using System.Text.Json;
using System.Xml;
using Microsoft.AspNetCore.Mvc.Testing;
using Vestnik.Features.Articles.Model;
using Vestnik.Testing;

namespace Vestnik.Tests.Features.Distribution;

/// <summary>RSS, Atom and JSON Feed, read back by System.ServiceModel.Syndication and by an independent Node.js parser.</summary>
public abstract class FeedsTests(DistributionAppFixture fixture)
{
    private const string CleanTitle = "Тест «кавычки» & \"прямые\" <b>теги</b> 🚀  ёлка";

    private VestnikApp App => fixture.App;

    private HttpClient Client() => App.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    private async Task<byte[]> GetAsync(string url, string expectedType)
    {
        var response = await Client().GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(expectedType, response.Content.Headers.ContentType!.MediaType);
        return await response.Content.ReadAsByteArrayAsync();
    }

    private static SyndicationFeed Load(byte[] xml)
    {
        using var reader = XmlReader.Create(new MemoryStream(xml));
        return SyndicationFeed.Load(reader);
    }

    [Fact]
    public async Task Rss_ShouldCarryFullTextEnclosureAuthorAndCategories()
    {
        var article = await DistributionTestData.ArticleAsync(App, DistributionTestData.HostileTitle);

        var feed = Load(await GetAsync("/rss.xml", "application/rss+xml"));

        var item = Assert.Single(feed.Items, i => i.Links[0].Uri.ToString().EndsWith($"/articles/{article.Slug}", StringComparison.Ordinal));
        Assert.Equal(CleanTitle, item.Title.Text);
        var enclosure = Assert.Single(item.Links, l => l.RelationshipType == "enclosure");
        Assert.Equal("image/png", enclosure.MediaType);
        Assert.StartsWith("http://localhost/media/test/lead.png", enclosure.Uri.ToString());
        var content = item.ElementExtensions.ReadElementExtensions<string>("encoded", "http://purl.org/rss/1.0/modules/content/").Single();
        Assert.Contains("Полный текст статьи", content);
        Assert.Contains("href=\"http://localhost/sections/inline-link\"", content);
        Assert.Equal(article.Authors[0].Author.Name,
            item.ElementExtensions.ReadElementExtensions<string>("creator", "http://purl.org/dc/elements/1.1/").Single());
        Assert.Contains(item.Categories, c => c.Name == article.Section.NameRu);
        Assert.Contains(item.Categories, c => c.Name == article.Tags[0].Name);
        Assert.Equal(article.PublishedAt!.Value.ToUnixTimeSeconds(), item.PublishDate.ToUnixTimeSeconds());
    }

    [Fact]
    public async Task Atom_ShouldBeReadableBySyndication_WithHtmlContentAndAuthors()
    {
        var article = await DistributionTestData.ArticleAsync(App, DistributionTestData.HostileTitle);

        var feed = Load(await GetAsync("/atom.xml", "application/atom+xml"));

        Assert.Equal("ru", feed.Language);
        var entry = Assert.Single(feed.Items, i => i.Id.EndsWith($"/articles/{article.Slug}", StringComparison.Ordinal));
        Assert.Equal(CleanTitle, entry.Title.Text);
        Assert.Contains("Полный текст статьи", ((TextSyndicationContent)entry.Content).Text);
        Assert.Equal(article.Authors[0].Author.Name, entry.Authors.Single().Name);
        Assert.True(entry.LastUpdatedTime >= entry.PublishDate);
    }

    [Fact]
    public async Task JsonFeed_ShouldFollowVersion11()
    {
        var article = await DistributionTestData.ArticleAsync(App, DistributionTestData.HostileTitle);

        var json = JsonDocument.Parse(await GetAsync("/feed.json", "application/feed+json")).RootElement;

        Assert.Equal("https://jsonfeed.org/version/1.1", json.GetProperty("version").GetString());
        Assert.Equal("http://localhost/feed.json", json.GetProperty("feed_url").GetString());
        var item = json.GetProperty("items").EnumerateArray()
            .Single(i => i.GetProperty("url").GetString()!.EndsWith($"/articles/{article.Slug}", StringComparison.Ordinal));
        Assert.Equal(DistributionTestData.HostileTitle, item.GetProperty("title").GetString());
        Assert.Contains("Полный текст статьи", item.GetProperty("content_html").GetString());
        Assert.Equal("http://localhost/media/test/lead.png", item.GetProperty("image").GetString());
        Assert.Equal(article.Authors[0].Author.Name, item.GetProperty("authors")[0].GetProperty("name").GetString());
        Assert.True(DateTimeOffset.TryParse(item.GetProperty("date_published").GetString(), out _));
    }

    [Theory]
    [InlineData("rss", "/rss.xml")]
    [InlineData("atom", "/atom.xml")]
    [InlineData("json", "/feed.json")]
    public async Task EveryFormat_ShouldBeUnderstoodByAnIndependentParser(string format, string url)
    {
        var title = $"Независимая проверка «ленты» & ещё ({format})";
        var article = await DistributionTestData.ArticleAsync(App, title);
        var body = await Client().GetByteArrayAsync(url);

        var parsed = await IndependentFeedParser.ParseAsync(format, body);

        var entry = parsed.GetProperty("entries").EnumerateArray()
            .Single(e => e.GetProperty("link").GetString()!.EndsWith($"/articles/{article.Slug}", StringComparison.Ordinal));
        Assert.Equal(title, entry.GetProperty("title").GetString());
        Assert.Contains("Полный текст статьи", entry.GetProperty("content").GetString());
        Assert.False(string.IsNullOrEmpty(entry.GetProperty("published").GetString()));
        Assert.False(string.IsNullOrEmpty(parsed.GetProperty("title").GetString()));
    }

    [Theory]
    [InlineData("/rss.xml")]
    [InlineData("/atom.xml")]
    [InlineData("/feed.json")]
    public async Task RepeatedConditionalGet_ShouldAnswer304(string url)
    {
        await DistributionTestData.ArticleAsync(App, "Условный запрос");
        var first = await Client().GetAsync(url);
        var etag = first.Headers.ETag!;
        var lastModified = first.Content.Headers.LastModified!.Value;

        var byEtag = new HttpRequestMessage(HttpMethod.Get, url);
        byEtag.Headers.IfNoneMatch.Add(etag);
        var byDate = new HttpRequestMessage(HttpMethod.Get, url);
        byDate.Headers.IfModifiedSince = lastModified;
        var stale = new HttpRequestMessage(HttpMethod.Get, url);
        stale.Headers.IfNoneMatch.Add(new EntityTagHeaderValue("\"something-else\""));

        Assert.Equal(HttpStatusCode.NotModified, (await Client().SendAsync(byEtag)).StatusCode);
        Assert.Equal(HttpStatusCode.NotModified, (await Client().SendAsync(byDate)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await Client().SendAsync(stale)).StatusCode);
    }

    [Fact]
    public async Task ConditionalGet_ShouldAnswer200_AfterANewArticle()
    {
        await DistributionTestData.ArticleAsync(App, "До");
        var etag = (await Client().GetAsync("/rss.xml")).Headers.ETag!;
        await DistributionTestData.ArticleAsync(App, "После");

        var request = new HttpRequestMessage(HttpMethod.Get, "/rss.xml");
        request.Headers.IfNoneMatch.Add(etag);

        Assert.Equal(HttpStatusCode.OK, (await Client().SendAsync(request)).StatusCode);
    }

    [Fact]
    public async Task SectionTagAndAuthorFeeds_ShouldCarryTheirArticles()
    {
        var article = await DistributionTestData.ArticleAsync(App, "Лента рубрики");
        var author = article.Authors[0].Author.Slug;

        foreach (var url in new[] { $"/sections/{article.Section.Slug}/rss.xml", $"/tags/{article.Tags[0].Slug}/atom.xml", $"/authors/{author}/rss.xml" })
        {
            var feed = Load(await GetAsync(url, url.EndsWith("rss.xml", StringComparison.Ordinal) ? "application/rss+xml" : "application/atom+xml"));
            Assert.Contains(feed.Items, i => i.Title.Text == "Лента рубрики");
        }
        var tagJson = JsonDocument.Parse(await GetAsync($"/tags/{article.Tags[0].Slug}/feed.json", "application/feed+json")).RootElement;
        Assert.Single(tagJson.GetProperty("items").EnumerateArray());
    }

    [Fact]
    public async Task EnglishFeed_ShouldCarryOnlyEnglishArticles()
    {
        var english = await App.WithDbAsync(db => TestArticles.CreateAsync(db, "An English story", Vestnik.Infrastructure.Localization.ContentLanguage.En));

        var en = Load(await GetAsync("/en/rss.xml", "application/rss+xml"));
        var ru = Load(await GetAsync("/rss.xml", "application/rss+xml"));

        Assert.Contains(en.Items, i => i.Title.Text == english.Title);
        Assert.DoesNotContain(ru.Items, i => i.Title.Text == english.Title);
        Assert.Equal("en", en.Language);
    }

    [Theory]
    [InlineData("/sections/no-such-section/rss.xml", HttpStatusCode.NotFound)]
    [InlineData("/tags/no-such-tag/feed.json", HttpStatusCode.NotFound)]
    [InlineData("/authors/nobody/atom.xml", HttpStatusCode.NotFound)]
    [InlineData("/rss.xml?page=-1&x[]=%00&utm_source=%ZZ", HttpStatusCode.OK)]
    [InlineData("/feed.json?format=xml&&&", HttpStatusCode.OK)]
    public async Task OddRequests_ShouldAnswerTheDocumentOr404(string url, HttpStatusCode expected)
    {
        Assert.Equal(expected, (await Client().GetAsync(url)).StatusCode);
    }

    [Fact]
    public async Task UnpublishedArticles_ShouldNotBeInFeeds()
    {
        var draft = await App.WithDbAsync(db => TestArticles.CreateAsync(db, "Черновик для ленты", publish: false));

        var feed = Load(await GetAsync("/rss.xml", "application/rss+xml"));

        Assert.DoesNotContain(feed.Items, i => i.Title.Text == draft.Title);
        Assert.NotEqual(ArticleStatus.Published, draft.Status);
    }

    [Fact]
    public async Task Pages_ShouldAdvertiseTheirFeeds()
    {
        var article = await DistributionTestData.ArticleAsync(App, "Автообнаружение");

        var (_, home) = await Client().GetPageAsync("/");
        var (_, section) = await Client().GetPageAsync($"/sections/{article.Section.Slug}");

        var homeFeeds = home.QuerySelectorAll("head link[rel=alternate][type]").Select(l => l.GetAttribute("href")).ToList();
        Assert.Equal(["/rss.xml", "/atom.xml", "/feed.json"], homeFeeds);
        var sectionFeeds = section.QuerySelectorAll("head link[rel=alternate][type]").Select(l => l.GetAttribute("href")).ToList();
        Assert.Contains($"/sections/{article.Section.Slug}/rss.xml", sectionFeeds);
        Assert.Contains($"/sections/{article.Section.Slug}/feed.json", sectionFeeds);
    }
}

public sealed class SqliteFeedsTests(SqliteDistributionFixture fixture) : FeedsTests(fixture), IClassFixture<SqliteDistributionFixture>;

public sealed class PostgresFeedsTests(PostgresDistributionFixture fixture) : FeedsTests(fixture), IClassFixture<PostgresDistributionFixture>;
