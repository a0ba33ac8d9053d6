using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Vestnik.Features.Articles.Home;
using Vestnik.Features.Articles.Model;
using Vestnik.Features.Search.ReadAlso;
using Vestnik.Features.Site;
using Vestnik.Infrastructure.Localization;
using Vestnik.Testing;
using Vestnik.Tests.Features.Search;

namespace Vestnik.Tests.Features.Articles;

/// <summary>The reader site's pages on one database provider; run once per provider by the subclasses below.</summary>
public abstract class ReaderPagesTests(AppFixture fixture)
{
    private VestnikApp App => fixture.App;

    private HttpClient Client() => App.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    /// <summary>
    /// A published retelling with everything the reference article page shows: a source, a label, a lead image and,
    /// once the background refresher has stored it, an earlier story on the same subject under "Read also".
    /// </summary>
    private async Task<Article> RetellingAsync()
    {
        var story = string.Join(' ', Enumerable.Range(0, 6).Select(_ => SearchTestData.RussianWord()));
        var earlier = await SearchTestData.CreateAsync(App, $"Предыстория {story}", $"{story}. {story}.");
        var id = await App.WithDbAsync(async db =>
        {
            var article = await TestArticles.CreateAsync(db, $"Пересказ {story}", publish: false, outlet: "Тестовые ведомости", body: $"{story}. {story}.");
            article.Labels.Add(await db.Labels.OrderBy(l => l.Id).FirstAsync());
            article.LeadImage = new LeadImage { Url = "/media/test/lead.png", Width = 1200, Height = 800, Caption = "Подпись", AltText = "Снимок" };
            article.Publish(DateTimeOffset.UtcNow);
            await db.SaveChangesAsync();
            return article.Id;
        });
        await SearchTestData.EventuallyAsync(
            () => App.WithDbAsync(db => db.Set<ReadAlsoEntry>().AnyAsync(e => e.ArticleId == id && e.RelatedArticleId == earlier.Id)),
            "the earlier story under the retelling's Read also");
        return await App.WithDbAsync(db => db.Articles
            .AsSplitQuery()
            .Include(a => a.Authors).ThenInclude(a => a.Author)
            .Include(a => a.Labels)
            .SingleAsync(a => a.Id == id));
    }

    [Fact]
    public async Task Home_ShouldShowLeadLatestAndSectionBlocks()
    {
        // An app of its own: the header's section menu is kept for a minute, so its sections must be there first.
        await using var app = await VestnikApp.CreateAsync(fixture.Provider);
        await app.WithDbAsync(async db =>
        {
            // Two in each of five sections, with pictures: the lead has one, and is left out of the blocks below it.
            for (var i = 0; i < 10; i++)
            {
                var article = await TestArticles.CreateAsync(db, $"Статья рубрики {i}", section: $"rubric-{i % 5}");
                article.LeadImage = new LeadImage { Url = "/media/test/lead.png", Width = 1200, Height = 800 };
            }
            await db.SaveChangesAsync();
        });

        var (response, page) = await app.CreateClient().GetPageAsync("/");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("ru", page.DocumentElement.GetAttribute("lang"));
        Assert.NotNull(page.QuerySelector(".lead-card h2 a"));
        Assert.True(page.QuerySelectorAll(".home__latest .card").Length >= 5);
        Assert.True(page.QuerySelectorAll(".section-block").Length >= 5);
        Assert.True(page.QuerySelectorAll(".site-nav a").Length >= 5);
        Assert.NotNull(page.QuerySelector("link[rel=canonical]"));
    }

    [Fact]
    public async Task Home_ShouldShowASectionsBlock_WhenItsArticlesAreOlderThanTheNewestOfTheOthers()
    {
        // An app of its own: the test publishes more articles than the front page reads at once.
        await using var app = await VestnikApp.CreateAsync(fixture.Provider);
        var (quiet, busy) = await app.WithDbAsync(async db =>
        {
            var quiet = await TestArticles.CreateAsync(db, "Давняя статья тихой рубрики", publish: false, section: "quiet");
            quiet.Publish(DateTimeOffset.UtcNow.AddDays(-30));
            await db.SaveChangesAsync();
            var busy = new List<Article>();
            for (var i = 0; i <= HomePageQuery.Newest; i++)
            {
                busy.Add(await TestArticles.CreateAsync(db, $"Статья людной рубрики {i}", section: "busy"));
            }
            return (ReaderUrls.Article(ContentLanguage.Ru, quiet.Slug), busy);
        });

        var (_, page) = await app.CreateClient().GetPageAsync("/");

        var blocks = page.QuerySelectorAll(".section-block")
            .ToDictionary(b => b.QuerySelector("h2 a")!.GetAttribute("href")!, b => b.QuerySelectorAll(".card__title a").Select(a => a.GetAttribute("href")).ToList());
        Assert.Equal([quiet], blocks[ReaderUrls.Section(ContentLanguage.Ru, "quiet")]);
        Assert.Equal(HomePageQuery.PerSection, blocks[ReaderUrls.Section(ContentLanguage.Ru, "busy")].Count);
        Assert.Contains(ReaderUrls.Article(ContentLanguage.Ru, busy[^1].Slug), page.QuerySelectorAll(".home__latest .card__title a").Select(a => a.GetAttribute("href")));
    }

    [Fact]
    public async Task Home_ShouldListTheWeeksMostReadArticles_MostViewedFirst()
    {
        var (first, second) = await App.WithDbAsync(async db =>
        {
            var lessRead = await TestArticles.CreateAsync(db, "Вторая по прочтениям статья", publish: false);
            var mostRead = await TestArticles.CreateAsync(db, "Самая читаемая статья недели", publish: false);
            lessRead.ViewCount = 900_000_000;
            mostRead.ViewCount = 1_000_000_000;
            lessRead.Publish(DateTimeOffset.UtcNow);
            mostRead.Publish(DateTimeOffset.UtcNow);
            await db.SaveChangesAsync();
            return (ReaderUrls.Article(ContentLanguage.Ru, mostRead.Slug), ReaderUrls.Article(ContentLanguage.Ru, lessRead.Slug));
        });

        var (_, page) = await Client().GetPageAsync("/");

        var links = page.QuerySelectorAll(".most-read a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal([first, second], links.Take(2));
        Assert.True(links.Count <= 5, $"{links.Count} most read");
    }

    [Fact]
    public async Task Home_ShouldBeInEnglish_UnderEn()
    {
        await App.WithDbAsync(async db =>
        {
            await TestArticles.CreateAsync(db, "Русская статья не для английской главной");
            await TestArticles.CreateAsync(db, "An article for the English home page", ContentLanguage.En);
        });

        var (response, page) = await Client().GetPageAsync("/en");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("en", page.DocumentElement.GetAttribute("lang"));
        Assert.Contains("Latest news", page.QuerySelector("#latest-heading")!.TextContent);
        Assert.NotEmpty(page.QuerySelectorAll(".card__title a"));
        Assert.All(page.QuerySelectorAll(".card__title a"), a => Assert.StartsWith("/en/articles/", a.GetAttribute("href")));
    }

    [Theory]
    [InlineData(ContentLanguage.Ru)]
    [InlineData(ContentLanguage.En)]
    public async Task SectionList_ShouldShowAnArticlesFirstLabel_InItsLanguage(ContentLanguage language)
    {
        var (sectionUrl, articleUrl, label) = await App.WithDbAsync(async db =>
        {
            var article = await TestArticles.CreateAsync(db, "Статья с двумя метками", language, publish: false);
            var labels = await db.Labels.OrderBy(l => l.Id).Take(2).ToListAsync();
            var stored = await db.Articles.Include(a => a.Labels).Include(a => a.Section).SingleAsync(a => a.Id == article.Id);
            stored.Labels.AddRange(labels.AsEnumerable().Reverse());
            stored.Publish(DateTimeOffset.UtcNow);
            await db.SaveChangesAsync();
            return (ReaderUrls.Section(language, stored.Section.Slug), ReaderUrls.Article(language, stored.Slug), labels[0]);
        });

        var (_, page) = await Client().GetPageAsync(sectionUrl);

        var card = page.QuerySelectorAll(".card").Single(c => c.QuerySelector($".card__title a[href='{articleUrl}']") is not null);
        var shown = Assert.Single(card.QuerySelectorAll(".label"));
        Assert.Equal(label.Name(language), shown.TextContent);
        Assert.Contains($"label--{label.Slug}", shown.ClassName);
    }

    [Fact]
    public async Task ArticlePage_ShouldShowEveryElementOfTheReferencePage_ForARetelling()
    {
        var article = await RetellingAsync();

        var (response, page) = await Client().GetPageAsync($"/articles/{article.Slug}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var headline = page.QuerySelector("h1.article__title")!.TextContent;
        Assert.StartsWith($"{article.Source!.OutletName}:", headline.Trim());
        var authorLink = page.QuerySelector(".byline__author")!;
        Assert.Equal(article.Authors.OrderBy(a => a.Position).First().Author.Name, authorLink.TextContent);
        Assert.Matches("^/authors/[a-z0-9-]+$", authorLink.GetAttribute("href"));
        Assert.NotNull(page.QuerySelector(".byline .label"));
        Assert.Matches("(января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря) 20\\d\\d, \\d\\d:\\d\\d",
            page.QuerySelector(".byline__date")!.TextContent);
        Assert.Equal(2, page.QuerySelectorAll(".share-bar").Length);
        foreach (var bar in page.QuerySelectorAll(".share-bar"))
        {
            Assert.Equal(["vk", "x", "ok", "whatsapp", "telegram"], bar.QuerySelectorAll("a").Select(a => a.GetAttribute("data-network")!).ToArray());
        }
        Assert.NotNull(page.QuerySelector(".article__image img[width][height]"));
        var sourceLink = page.QuerySelector(".source-note a")!;
        Assert.Equal(article.Source.OriginalUrl, sourceLink.GetAttribute("href"));
        Assert.True(page.QuerySelectorAll(".read-also .card").Length >= 1);
        Assert.Contains("Написать комментарий", page.QuerySelector("#comments-heading")!.TextContent);
    }

    [Fact]
    public async Task ArticlePage_ShouldCarrySeoTagsAndNewsArticleStructuredData()
    {
        var article = await RetellingAsync();

        var (_, page) = await Client().GetPageAsync($"/articles/{article.Slug}");

        Assert.EndsWith($"/articles/{article.Slug}", page.QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
        Assert.Equal("article", page.QuerySelector("meta[property='og:type']")!.GetAttribute("content"));
        Assert.NotNull(page.QuerySelector("meta[property='og:image']"));
        Assert.Equal("summary_large_image", page.QuerySelector("meta[name='twitter:card']")!.GetAttribute("content"));
        Assert.False(string.IsNullOrWhiteSpace(page.QuerySelector("meta[name=description]")!.GetAttribute("content")));
        Assert.Contains(article.Source!.OutletName, page.Title);

        using var json = JsonDocument.Parse(page.QuerySelector("script[type='application/ld+json']")!.TextContent);
        var data = json.RootElement;
        Assert.Equal("NewsArticle", data.GetProperty("@type").GetString());
        Assert.StartsWith(article.Source.OutletName, data.GetProperty("headline").GetString());
        Assert.True(data.GetProperty("author").GetArrayLength() >= 1);
        Assert.True(data.TryGetProperty("datePublished", out _));
        Assert.True(data.TryGetProperty("dateModified", out _));
        Assert.True(data.TryGetProperty("image", out _));
        Assert.True(data.TryGetProperty("publisher", out _));
        Assert.Equal(article.Source.OriginalUrl, data.GetProperty("isBasedOn").GetProperty("url").GetString());
    }

    [Fact]
    public async Task ArticlePage_ShouldLinkTranslationsWithHreflang()
    {
        var (ruSlug, enSlug) = await App.WithDbAsync(async db =>
        {
            var ru = await TestArticles.CreateAsync(db, "Статья с переводом");
            var en = await TestArticles.CreateAsync(db, "An article with a translation", ContentLanguage.En);
            ru.TranslationId = en.Id;
            en.TranslationId = ru.Id;
            await db.SaveChangesAsync();
            return (ru.Slug, en.Slug);
        });

        var (_, page) = await Client().GetPageAsync($"/articles/{ruSlug}");

        var alternates = page.QuerySelectorAll("link[rel=alternate][hreflang]").ToDictionary(l => l.GetAttribute("hreflang")!, l => l.GetAttribute("href")!);
        Assert.EndsWith($"/articles/{ruSlug}", alternates["ru"]);
        Assert.EndsWith($"/en/articles/{enSlug}", alternates["en"]);
    }

    [Fact]
    public async Task ArticlePage_ShouldRedirectToEnglishPrefix_WhenEnglishArticleIsRequestedAtRussianPath()
    {
        var slug = (await App.WithDbAsync(db => TestArticles.CreateAsync(db, "An English article", ContentLanguage.En))).Slug;

        var response = await Client().GetAsync($"/articles/{slug}");

        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal($"/en/articles/{slug}", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task ArticlePage_ShouldRedirectPermanently_WhenSlugWasRenamed()
    {
        var article = await App.WithDbAsync(db => TestArticles.CreateAsync(db, "Старое название статьи"));
        var oldSlug = article.Slug;
        var newSlug = await App.WithDbAsync(async db =>
        {
            var stored = await db.Articles.SingleAsync(a => a.Id == article.Id);
            db.SlugRedirects.Add(stored.RenameSlug(oldSlug + "-novoe"));
            await db.SaveChangesAsync();
            return stored.Slug;
        });

        var response = await Client().GetAsync($"/articles/{oldSlug}");

        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal($"/articles/{newSlug}", response.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.OK, (await Client().GetAsync($"/articles/{newSlug}")).StatusCode);
    }

    [Fact]
    public async Task ArticlePage_ShouldAnswerGone_WhenArticleWasUnpublished()
    {
        var article = await App.WithDbAsync(db => TestArticles.CreateAsync(db, "Снятая статья"));
        await App.WithDbAsync(async db =>
        {
            (await db.Articles.SingleAsync(a => a.Id == article.Id)).Unpublish();
            await db.SaveChangesAsync();
        });

        var (response, page) = await Client().GetPageAsync($"/articles/{article.Slug}");

        Assert.Equal(HttpStatusCode.Gone, response.StatusCode);
        Assert.Contains("снят", page.QuerySelector("h1")!.TextContent, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task ArticlePage_ShouldBeNotFound_WhenArticleIsADraft()
    {
        var draft = await App.WithDbAsync(db => TestArticles.CreateAsync(db, "Черновик", publish: false));

        var response = await Client().GetAsync($"/articles/{draft.Slug}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Theory]
    [InlineData("/articles/no-such-article")]
    [InlineData("/articles/%D0%BD%D0%B5%D1%82-%D1%82%D0%B0%D0%BA%D0%BE%D0%B9")]
    [InlineData("/articles/нет-такой-статьи")]
    [InlineData("/articles/%F0%9F%94%A5%F0%9F%94%A5")]
    [InlineData("/articles/..%2F..%2Fetc%2Fpasswd")]
    [InlineData("/articles/%2500")]
    [InlineData("/sections/no-such-section")]
    [InlineData("/tags/no-such-tag")]
    [InlineData("/authors/no-such-author")]
    [InlineData("/en/articles/no-such-article")]
    [InlineData("/de/articles/something")]
    [InlineData("/no/such/path")]
    public async Task UnknownAddresses_ShouldShowTheHelpfulNotFoundPage(string url)
    {
        // The page offers the latest news in its language: there must be some.
        await App.WithDbAsync(async db =>
        {
            foreach (var language in new[] { ContentLanguage.Ru, ContentLanguage.En })
            {
                if (!await db.Articles.AnyAsync(a => a.Language == language && a.Status == ArticleStatus.Published))
                {
                    await TestArticles.CreateAsync(db, language == ContentLanguage.Ru ? "Свежая новость" : "Fresh news", language);
                }
            }
        });
        var (response, page) = await Client().GetPageAsync(url);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.NotNull(page.QuerySelector(".error-page h1"));
        Assert.True(page.QuerySelectorAll(".error-page .link-list a").Length > 0);
    }

    [Fact]
    public async Task VeryLongAddress_ShouldBeNotFound()
    {
        var response = await Client().GetAsync("/articles/" + new string('я', 3000));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    /// <summary>
    /// The byline, labels, corrections and tags are read in one statement whose rows come in no particular order: the
    /// page must still put authors by position, labels by their order, corrections by time and tags alphabetically,
    /// with labels named in the page's language.
    /// </summary>
    [Theory]
    [InlineData(ContentLanguage.Ru)]
    [InlineData(ContentLanguage.En)]
    public async Task ArticlePage_ShouldOrderItsAuthorsLabelsCorrectionsAndTags(ContentLanguage language)
    {
        var suffix = Guid.NewGuid().ToString("N")[..6];
        var (url, authors, labels) = await App.WithDbAsync(async db =>
        {
            var article = await TestArticles.CreateAsync(db, $"Статья с подробной строкой авторов {suffix}", language, publish: false);
            var stored = await db.Articles.Include(a => a.Authors).ThenInclude(a => a.Author).Include(a => a.Labels)
                .Include(a => a.Tags).Include(a => a.Corrections).AsSplitQuery().SingleAsync(a => a.Id == article.Id);
            stored.Authors.Add(new ArticleAuthor { Author = new Author { Name = $"Третий {suffix}", Slug = $"third-{suffix}" }, Position = 30 });
            stored.Authors.Add(new ArticleAuthor { Author = new Author { Name = $"Второй {suffix}", Slug = $"second-{suffix}" }, Position = 20 });
            var labels = await db.Labels.OrderBy(l => l.Id).Take(2).ToListAsync();
            stored.Labels.AddRange(labels.AsEnumerable().Reverse());
            stored.Tags.Add(new Tag { Name = $"яблоко {suffix}", Slug = $"yabloko-{suffix}", Language = language });
            stored.Tags.Add(new Tag { Name = $"Арбуз {suffix}", Slug = $"arbuz-{suffix}", Language = language });
            var now = DateTimeOffset.UtcNow;
            stored.Publish(now);
            stored.AddCorrection($"Вторая поправка {suffix}", now.AddMinutes(2));
            stored.AddCorrection($"Первая поправка {suffix}", now.AddMinutes(1));
            await db.SaveChangesAsync();
            var authors = stored.Authors.OrderBy(a => a.Position).Select(a => a.Author.Name).ToArray();
            return (ReaderUrls.Article(language, stored.Slug), authors, labels.Select(l => l.Name(language)).ToArray());
        });

        var (response, page) = await Client().GetPageAsync(url);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(authors, page.QuerySelectorAll(".byline__author").Select(a => a.TextContent).ToArray());
        Assert.Equal(labels, page.QuerySelectorAll(".byline .label").Select(l => l.TextContent).ToArray());
        Assert.Equal([$"Арбуз {suffix}", $"яблоко {suffix}"], page.QuerySelectorAll(".tag-list a").Select(a => a.TextContent).ToArray());
        Assert.Equal(
            [$"Первая поправка {suffix}", $"Вторая поправка {suffix}"],
            page.QuerySelectorAll(".corrections li").Select(c => c.TextContent[(c.TextContent.IndexOf(": ", StringComparison.Ordinal) + 2)..]).ToArray());
    }

    [Fact]
    public async Task SectionTagAndAuthorPages_ShouldListArticlesWithPaging()
    {
        var (section, tag, author, authorName) = await App.WithDbAsync(async db =>
        {
            var article = await TestArticles.CreateAsync(db, "Статья для рубрики, тега и автора", publish: false);
            var stored = await db.Articles.Include(a => a.Section).Include(a => a.Authors).ThenInclude(a => a.Author).SingleAsync(a => a.Id == article.Id);
            var tagged = new Tag { Name = "листинги", Slug = "listingi-" + Guid.NewGuid().ToString("N")[..6], Language = ContentLanguage.Ru };
            stored.Tags.Add(tagged);
            stored.Publish(DateTimeOffset.UtcNow);
            await db.SaveChangesAsync();
            await PublishedCounts.RecountAsync(db);
            var byline = stored.Authors.Single().Author;
            return (stored.Section.Slug, tagged.Slug, byline.Slug, byline.Name);
        });

        foreach (var url in new[] { $"/sections/{section}", $"/tags/{tag}", $"/authors/{author}" })
        {
            var (response, page) = await Client().GetPageAsync(url);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.NotNull(page.QuerySelector("h1.listing__title"));
            Assert.True(page.QuerySelectorAll(".card").Length >= 1, url);
            Assert.Matches("\\d+ (статья|статьи|статей)", page.QuerySelector(".listing__count")!.TextContent);
        }

        var (authorResponse, authorPage) = await Client().GetPageAsync($"/authors/{author}");
        Assert.Equal(HttpStatusCode.OK, authorResponse.StatusCode);
        Assert.Equal(authorName, authorPage.QuerySelector("h1")!.TextContent);
        Assert.NotNull(authorPage.QuerySelector(".author-profile__photo"));
        Assert.NotNull(authorPage.QuerySelector(".author-profile__bio"));
    }

    [Theory]
    [InlineData("?page=0", HttpStatusCode.NotFound)]
    [InlineData("?page=-1", HttpStatusCode.NotFound)]
    [InlineData("?page=9999", HttpStatusCode.NotFound)]
    [InlineData("?page=99999999999999999999", HttpStatusCode.OK)]
    [InlineData("?page=abc", HttpStatusCode.OK)]
    [InlineData("?page=1", HttpStatusCode.OK)]
    public async Task SectionPage_ShouldValidatePageNumbers(string query, HttpStatusCode expected)
    {
        var slug = (await App.WithDbAsync(db => TestArticles.CreateAsync(db, "Статья раздела с номерами страниц"))).Section.Slug;

        var response = await Client().GetAsync($"/sections/{slug}{query}");

        Assert.Equal(expected, response.StatusCode);
    }

    [Fact]
    public async Task SectionPage_ShouldOfferNextPage_WhenThereAreMoreArticles()
    {
        var slug = (await App.WithDbAsync(db => TestArticles.SectionAsync(db))).Slug;
        for (var i = 0; i < 13; i++)
        {
            await App.WithDbAsync(db => TestArticles.CreateAsync(db, $"Статья для страниц {i}"));
        }

        var (_, first) = await Client().GetPageAsync($"/sections/{slug}");
        var next = first.QuerySelector(".pager a[rel=next]")!.GetAttribute("href")!;
        var (response, second) = await Client().GetPageAsync(next);

        Assert.Equal($"/sections/{slug}?page=2", next);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotNull(second.QuerySelector(".pager a[rel=prev]"));
    }

    [Fact]
    public async Task EveryResponse_ShouldCarryTheSecurityHeaders()
    {
        foreach (var url in new[] { "/", "/no-such-page", "/healthz" })
        {
            var response = await Client().GetAsync(url);
            var csp = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));
            Assert.Contains("default-src 'self'", csp);
            Assert.Contains("frame-ancestors 'none'", csp);
            Assert.DoesNotContain("unsafe-inline", csp);
            Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
            Assert.True(response.Headers.Contains("Referrer-Policy"));
            Assert.False(response.Headers.Contains("Strict-Transport-Security"), "HSTS is only sent over HTTPS");
        }
    }

    [Fact]
    public async Task Pages_ShouldHaveNoInlineScriptsOrStyles()
    {
        var article = await RetellingAsync();
        foreach (var url in new[] { "/", $"/articles/{article.Slug}", "/no-such-page" })
        {
            var (_, page) = await Client().GetPageAsync(url);
            Assert.Empty(page.QuerySelectorAll("[style]"));
            Assert.Empty(page.QuerySelectorAll("style"));
            Assert.All(page.QuerySelectorAll("script"), s => Assert.True(
                s.HasAttribute("src") || s.GetAttribute("type") == "application/ld+json", "inline script"));
        }
    }

    [Fact]
    public async Task Healthz_ShouldAnswerOk_WhenDatabaseAnswers()
    {
        var response = await Client().GetAsync("/healthz");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task ArticleView_ShouldBeCounted()
    {
        var article = await App.WithDbAsync(db => TestArticles.CreateAsync(db, "Считаем просмотры"));
        var (_, page) = await Client().GetPageAsync($"/articles/{article.Slug}");
        var beacon = page.QuerySelector("img.view-beacon")!.GetAttribute("src")!;
        Assert.Equal(HttpStatusCode.OK, (await Client().GetAsync(beacon)).StatusCode);
        await Client().GetAsync(beacon);

        await using (var scope = App.Services.CreateAsyncScope())
        {
            await App.Service<Vestnik.Features.Articles.Reading.ViewCountFlusher>().RunAsync(scope.ServiceProvider, CancellationToken.None);
        }

        var views = await App.WithDbAsync(db => db.Articles.Where(a => a.Id == article.Id).Select(a => a.ViewCount).SingleAsync());
        Assert.Equal(2, views);
    }
}

public sealed class SqliteReaderPagesTests(SqliteAppFixture fixture) : ReaderPagesTests(fixture), IClassFixture<SqliteAppFixture>;

public sealed class PostgresReaderPagesTests(PostgresAppFixture fixture) : ReaderPagesTests(fixture), IClassFixture<PostgresAppFixture>;
