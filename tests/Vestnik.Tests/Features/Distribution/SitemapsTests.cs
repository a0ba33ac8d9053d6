using System.Net;
using System.Xml.Linq;
using System.Xml.Schema;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Vestnik.Features.Articles.Model;
using Vestnik.Infrastructure.Localization;
using Vestnik.Testing;

namespace Vestnik.Tests.Features.Distribution;

/// <summary>The sitemap index, its pages and the news sitemap, validated against the official XSDs; robots.txt.</summary>
public abstract class SitemapsTests(DistributionAppFixture fixture)
{
    private static readonly XNamespace Sm = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private static readonly XNamespace Xhtml = "http://www.w3.org/1999/xhtml";
    private static readonly XNamespace Image = "http://www.google.com/schemas/sitemap-image/1.1";
    private static readonly XNamespace News = "http://www.google.com/schemas/sitemap-news/0.9";

    private VestnikApp App => fixture.App;

    private HttpClient Client() => App.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    /// <summary>sitemap.xsd and siteindex.xsd share a namespace, so each document kind gets its own schema set.</summary>
    private static XmlSchemaSet Schemas(bool index)
    {
        var folder = TestData.PathOf("sitemap-xsd");
        var set = new XmlSchemaSet();
        set.Add(null, Path.Combine(folder, index ? "siteindex.xsd" : "sitemap.xsd"));
        if (!index)
        {
            set.Add(null, Path.Combine(folder, "sitemap-image.xsd"));
            set.Add(null, Path.Combine(folder, "sitemap-news.xsd"));
            set.Add(null, Path.Combine(AppContext.BaseDirectory, "Features", "Distribution", "xhtml-link.xsd"));
        }
        set.Compile();
        return set;
    }

    private async Task<XDocument> GetValidAsync(string url, bool index = false)
    {
        var response = await Client().GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/xml", response.Content.Headers.ContentType!.MediaType);
        var document = XDocument.Load(await response.Content.ReadAsStreamAsync());
        var errors = new List<string>();
        document.Validate(Schemas(index), (_, e) => errors.Add($"{e.Severity}: {e.Message}"));
        Assert.True(errors.Count == 0, $"{url} is not valid:\n{string.Join('\n', errors)}");
        return document;
    }

    private static string PathOf(string url) => new Uri(url).PathAndQuery;

    [Fact]
    public async Task IndexAndEveryChild_ShouldValidateAgainstTheOfficialSchemas()
    {
        await DistributionTestData.ArticleAsync(App, DistributionTestData.HostileTitle);
        await App.WithDbAsync(async db =>
        {
            for (var i = 0; i < DistributionAppFixture.SitemapPageSize; i++)
            {
                await TestArticles.CreateAsync(db, $"Статья для страниц карты сайта {i}");
            }
        });

        var index = await GetValidAsync("/sitemap.xml", index: true);

        var children = index.Root!.Elements(Sm + "sitemap").Select(s => s.Element(Sm + "loc")!.Value).ToList();
        Assert.Contains("http://localhost/sitemaps/pages.xml", children);
        Assert.Contains("http://localhost/sitemaps/news.xml", children);
        var articlePages = children.Where(c => c.Contains("/sitemaps/articles-", StringComparison.Ordinal)).ToList();
        Assert.True(articlePages.Count >= 2, "the articles span several pages of 20");
        foreach (var child in children)
        {
            var document = await GetValidAsync(PathOf(child));
            Assert.InRange(document.Root!.Elements(Sm + "url").Count(), 1, DistributionAppFixture.SitemapPageSize * 10);
        }
        foreach (var page in articlePages)
        {
            var document = await GetValidAsync(PathOf(page));
            Assert.InRange(document.Root!.Elements(Sm + "url").Count(), 1, DistributionAppFixture.SitemapPageSize);
        }
    }

    [Fact]
    public async Task ArticleSitemaps_ShouldListEveryPublishedArticleOnce_WithLastmodImagesAndAlternates()
    {
        var ru = await DistributionTestData.ArticleAsync(App, "Статья с переводом");
        var en = await App.WithDbAsync(async db =>
        {
            var english = await TestArticles.CreateAsync(db, "An article with a translation", ContentLanguage.En);
            var tracked = await db.Articles.SingleAsync(a => a.Id == ru.Id);
            tracked.TranslationId = english.Id;
            english.TranslationId = ru.Id;
            await db.SaveChangesAsync();
            return english;
        });
        var draft = await App.WithDbAsync(db => TestArticles.CreateAsync(db, "Черновик не в карте", publish: false));

        var index = await GetValidAsync("/sitemap.xml", index: true);
        var urls = new List<XElement>();
        foreach (var page in index.Root!.Elements(Sm + "sitemap").Select(s => s.Element(Sm + "loc")!.Value).Where(l => l.Contains("articles-", StringComparison.Ordinal)))
        {
            urls.AddRange((await GetValidAsync(PathOf(page))).Root!.Elements(Sm + "url"));
        }

        var published = await App.WithDbAsync(db => db.Articles.CountAsync(a => a.Status == ArticleStatus.Published));
        Assert.Equal(published, urls.Count);
        Assert.Equal(urls.Count, urls.Select(u => u.Element(Sm + "loc")!.Value).Distinct().Count());
        Assert.DoesNotContain(urls, u => u.Element(Sm + "loc")!.Value.EndsWith(draft.Slug, StringComparison.Ordinal));
        var ruEntry = urls.Single(u => u.Element(Sm + "loc")!.Value == $"http://localhost/articles/{ru.Slug}");
        Assert.NotNull(ruEntry.Element(Sm + "lastmod"));
        Assert.Equal("http://localhost/media/test/lead.png", ruEntry.Element(Image + "image")!.Element(Image + "loc")!.Value);
        var alternates = ruEntry.Elements(Xhtml + "link").ToDictionary(l => l.Attribute("hreflang")!.Value, l => l.Attribute("href")!.Value);
        Assert.Equal($"http://localhost/articles/{ru.Slug}", alternates["ru"]);
        Assert.Equal($"http://localhost/en/articles/{en.Slug}", alternates["en"]);
    }

    [Fact]
    public async Task NewsSitemap_ShouldListOnlyTheLast48Hours()
    {
        var fresh = await DistributionTestData.ArticleAsync(App, "Свежая новость");
        var old = await App.WithDbAsync(async db =>
        {
            var article = await TestArticles.CreateAsync(db, "Старая новость", publish: false);
            article.Publish(DateTimeOffset.UtcNow.AddHours(-49));
            await db.SaveChangesAsync();
            return article;
        });

        var news = await GetValidAsync("/sitemaps/news.xml");

        var entries = news.Root!.Elements(Sm + "url").ToList();
        var entry = entries.Single(u => u.Element(Sm + "loc")!.Value.EndsWith(fresh.Slug, StringComparison.Ordinal));
        Assert.Equal("Свежая новость", entry.Element(News + "news")!.Element(News + "title")!.Value);
        Assert.Equal("ru", entry.Descendants(News + "language").Single().Value);
        Assert.DoesNotContain(entries, u => u.Element(Sm + "loc")!.Value.EndsWith(old.Slug, StringComparison.Ordinal));
    }

    [Fact]
    public async Task PagesSitemap_ShouldPairLanguageVersions()
    {
        var pages = await GetValidAsync("/sitemaps/pages.xml");

        var home = pages.Root!.Elements(Sm + "url").Single(u => u.Element(Sm + "loc")!.Value == "http://localhost/");
        Assert.Equal(["ru", "en"], home.Elements(Xhtml + "link").Select(l => l.Attribute("hreflang")!.Value).ToArray());
        Assert.Contains(pages.Root!.Elements(Sm + "url"), u => u.Element(Sm + "loc")!.Value == "http://localhost/en");
    }

    [Theory]
    [InlineData("/sitemaps/articles-0.xml", HttpStatusCode.NotFound)]
    [InlineData("/sitemaps/articles-99999.xml", HttpStatusCode.NotFound)]
    [InlineData("/sitemaps/articles-x.xml", HttpStatusCode.NotFound)]
    [InlineData("/sitemaps/articles-99999999999999.xml", HttpStatusCode.NotFound)]
    [InlineData("/sitemap.xml?page=%00&x=<script>", HttpStatusCode.OK)]
    [InlineData("/sitemaps/news.xml?&&=", HttpStatusCode.OK)]
    public async Task OddRequests_ShouldAnswerTheDocumentOr404(string url, HttpStatusCode expected)
    {
        Assert.Equal(expected, (await Client().GetAsync(url)).StatusCode);
    }

    [Fact]
    public async Task Robots_ShouldNameTheSitemapAndKeepTheNewsroomOut()
    {
        var response = await Client().GetAsync("/robots.txt");
        var text = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/plain", response.Content.Headers.ContentType!.MediaType);
        Assert.Contains("Sitemap: http://localhost/sitemap.xml", text);
        Assert.Contains("Disallow: /newsroom", text);
        Assert.Contains("Disallow: /account", text);
    }
}

public sealed class SqliteSitemapsTests(SqliteDistributionFixture fixture) : SitemapsTests(fixture), IClassFixture<SqliteDistributionFixture>;

public sealed class PostgresSitemapsTests(PostgresDistributionFixture fixture) : SitemapsTests(fixture), IClassFixture<PostgresDistributionFixture>;
