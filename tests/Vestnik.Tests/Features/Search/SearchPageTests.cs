using System.Net;
using System.Net.Http.Json;
using AngleSharp.Html.Dom;
using Microsoft.AspNetCore.Mvc.Testing;
using Vestnik.Features.Search.Querying;
using Vestnik.Infrastructure.Localization;
using Vestnik.Testing;
using static Vestnik.Tests.Features.Search.SearchTestData;

namespace Vestnik.Tests.Features.Search;

/// <summary>The search page and completions against the real index, on one database provider.</summary>
public abstract class SearchPageTests(AppFixture fixture)
{
    private VestnikApp App => fixture.App;

    private HttpClient Client() => App.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    private async Task<IHtmlDocument> SearchAsync(string query)
    {
        var (response, page) = await Client().GetPageAsync(query);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return page;
    }

    private static List<string> ResultUrls(IHtmlDocument page) =>
        page.QuerySelectorAll(".search-result__title a").Select(a => a.GetAttribute("href")!).ToList();

    /// <summary>Searches until the expected result shows up (the index follows the database within a moment).</summary>
    private async Task<IHtmlDocument> SearchUntilAsync(string query, Func<IHtmlDocument, bool> expected, string what)
    {
        IHtmlDocument? page = null;
        await EventuallyAsync(async () => expected(page = await SearchAsync(query)), what);
        return page!;
    }

    private static string Q(string text) => Uri.EscapeDataString(text);

    [Fact]
    public async Task Search_ShouldFindRussianWordForms_AndYoSpelledAsYe()
    {
        var marker = RussianWord();
        var article = await CreateAsync(App, $"Выборы в Казахстане и Королёв {marker}", "Текст о голосовании.");
        var url = $"/articles/{article.Slug}";

        await SearchUntilAsync($"/search?q={Q("Казахстан " + marker)}", p => ResultUrls(p).Contains(url), "Казахстан finds Казахстане");
        Assert.Contains(url, ResultUrls(await SearchAsync($"/search?q={Q("КАЗАХСТАНА Королев " + marker)}")));
        Assert.Contains(url, ResultUrls(await SearchAsync($"/search?q={Q("выборами " + marker)}")));
    }

    [Fact]
    public async Task Search_ShouldFindEnglishForms_UnderEn()
    {
        var marker = LatinWord();
        var article = await CreateAsync(App, $"Tokayev's visit {marker}", "Elections were held.", ContentLanguage.En);

        var page = await SearchUntilAsync($"/en/search?q={Q("Tokayev election " + marker)}",
            p => ResultUrls(p).Contains($"/en/articles/{article.Slug}"), "Tokayev finds Tokayev's");
        Assert.Equal("en", page.DocumentElement.GetAttribute("lang"));
        Assert.Empty(ResultUrls(await SearchAsync($"/search?q={Q("Tokayev " + marker)}")));
        Assert.Single(ResultUrls(await SearchAsync($"/search?lang=all&q={Q("Tokayev " + marker)}")));
    }

    [Fact]
    public async Task Search_ShouldRankTitleAboveDekAboveBody()
    {
        var marker = RussianWord();
        var word = RussianWord();
        var inBody = await CreateAsync(App, $"Первая {marker}", $"Абзац, где встречается {word} один раз.");
        var inTitle = await CreateAsync(App, $"Вторая {marker} {word}", "Абзац без того слова.");
        var inDek = await CreateAsync(App, $"Третья {marker}", "Абзац без того слова.", dek: $"Подзаголовок про {word}.");

        var page = await SearchUntilAsync($"/search?q={Q(marker + " " + word)}", p => ResultUrls(p).Count == 3, "three results");

        Assert.Equal([$"/articles/{inTitle.Slug}", $"/articles/{inDek.Slug}", $"/articles/{inBody.Slug}"], ResultUrls(page));
    }

    /// <summary>
    /// "стали" reads as "сталь" and "стать", "пила" as "пила" and "пить": both readings sit at one position of the
    /// title, and the query's phrase must take either. Both titles hold the same words in the same number; the one
    /// with the words apart is written first, so it would come first on a tie.
    /// </summary>
    [Fact]
    public async Task Search_ShouldRankTheQueryAsAPhraseInTheTitleFirst_WhenItsWordsReadTwoWays()
    {
        var marker = RussianWord();
        var apart = await CreateAsync(App, $"Стали {marker} пила", "Абзац без тех слов.");
        var together = await CreateAsync(App, $"{marker} стали пила", "Абзац без тех слов.");

        var page = await SearchUntilAsync($"/search?q={Q(marker + " стали пила")}", p => ResultUrls(p).Count == 2, "both articles");

        Assert.Equal([$"/articles/{together.Slug}", $"/articles/{apart.Slug}"], ResultUrls(page));
    }

    [Fact]
    public async Task Search_ShouldFilterBySectionTagAndDate_AndSortByDate()
    {
        var marker = RussianWord();
        var tag = LatinWord();
        var old = await CreateAsync(App, $"Старая {marker}", "Текст.", sectionSlug: "economy", tags: [tag], publishedAt: new DateTimeOffset(2024, 3, 10, 9, 0, 0, TimeSpan.Zero));
        var recent = await CreateAsync(App, $"Новая {marker}", "Текст.", sectionSlug: "politics", publishedAt: new DateTimeOffset(2025, 6, 1, 9, 0, 0, TimeSpan.Zero));
        await SearchUntilAsync($"/search?q={marker}", p => ResultUrls(p).Count == 2, "both indexed");

        Assert.Equal([$"/articles/{old.Slug}"], ResultUrls(await SearchAsync($"/search?q={marker}&section=economy")));
        Assert.Equal([$"/articles/{old.Slug}"], ResultUrls(await SearchAsync($"/search?q={marker}&tag={tag}")));
        Assert.Equal([$"/articles/{recent.Slug}"], ResultUrls(await SearchAsync($"/search?q={marker}&from=2025-01-01&to=2025-12-31")));
        Assert.Equal([$"/articles/{recent.Slug}", $"/articles/{old.Slug}"], ResultUrls(await SearchAsync($"/search?q={marker}&sort=date")));
        // A filter alone, with no words, lists what it matches, newest first.
        Assert.Equal([$"/articles/{old.Slug}"], ResultUrls(await SearchAsync($"/search?tag={tag}")));
    }

    [Fact]
    public async Task Search_ShouldHighlightMatches_AndEscapeEverythingElse()
    {
        var marker = RussianWord();
        var article = await CreateAsync(App, $"<script>alert('x')</script> Заголовок {marker}", $"Начало. Здесь стоит слово {marker} в середине текста. Конец.");

        var page = await SearchUntilAsync($"/search?q={marker}", p => ResultUrls(p).Count == 1, "indexed");

        var title = page.QuerySelector(".search-result__title a")!;
        Assert.Contains("<script>alert('x')</script>", title.TextContent);
        Assert.Equal(marker, title.QuerySelector("mark")!.TextContent);
        Assert.Equal(marker, page.QuerySelector(".search-result__snippet mark")!.TextContent);
        Assert.DoesNotContain(page.QuerySelectorAll("script"), s => s.TextContent.Contains("alert", StringComparison.Ordinal));
        Assert.Equal($"/articles/{article.Slug}", title.GetAttribute("href"));
    }

    [Fact]
    public async Task Search_ShouldPage_TenResultsAPage()
    {
        var marker = RussianWord();
        for (var i = 0; i < 12; i++)
        {
            await CreateAsync(App, $"Статья {i} {marker}", "Текст.");
        }
        // The first page as it is once all twelve are indexed: with ten of them it already shows ten, but no next page.
        var first = await SearchUntilAsync($"/search?q={marker}", p => p.QuerySelector(".search-count")?.TextContent.Contains("12", StringComparison.Ordinal) == true, "count 12");
        Assert.Equal(10, first.QuerySelectorAll(".search-result").Length);

        var next = first.QuerySelector(".pager__next")!.GetAttribute("href")!;
        var second = await SearchAsync(next);

        Assert.Equal(2, second.QuerySelectorAll(".search-result").Length);
        Assert.Empty(ResultUrls(first).Intersect(ResultUrls(second)));
        Assert.Equal("11", second.QuerySelector(".search-results")!.GetAttribute("start"));
    }

    [Fact]
    public async Task Search_ShouldTolerateOneTypo_AndSuggestTheIndexedWord()
    {
        var word = RussianWord(5);
        var article = await CreateAsync(App, $"Репортаж {word}", "Текст.");
        await SearchUntilAsync($"/search?q={word}", p => ResultUrls(p).Count == 1, "indexed");
        var typo = word[..3] + word[4] + word[3] + word[5..];

        var page = await SearchAsync($"/search?q={Q(typo)}");

        Assert.Contains($"/articles/{article.Slug}", ResultUrls(page));
        Assert.NotNull(page.QuerySelector(".search-typo"));
        Assert.Equal(word, page.QuerySelector(".search-did-you-mean a")!.TextContent);
    }

    [Fact]
    public async Task Search_ShouldTolerateATypoThatBreaksAWordsEnding()
    {
        var marker = RussianWord();
        var article = await CreateAsync(App, $"Наблюдатели за выборами {marker} подвели итоги", "Текст.");
        await SearchUntilAsync($"/search?q={marker}", p => ResultUrls(p).Count == 1, "indexed");

        // "-амт" is no ending the stemmer knows: the stems are four letters apart, the words one.
        var page = await SearchAsync($"/search?q={Q("выборамт " + marker)}");

        Assert.Equal([$"/articles/{article.Slug}"], ResultUrls(page));
        Assert.NotNull(page.QuerySelector(".search-typo"));
    }

    [Fact]
    public async Task Search_ShouldSwitchAQueryTypedInTheOtherLayout_AndLinkToTheQueryAsTyped()
    {
        var marker = RussianWord();
        var article = await CreateAsync(App, $"Добыча нефти {marker} выросла", "Текст.");
        await SearchUntilAsync($"/search?q={marker}", p => ResultUrls(p).Count == 1, "indexed");
        var typed = KeyboardLayout.Switch($"нефть {marker}")!;

        var page = await SearchAsync($"/search?q={Q(typed)}");

        Assert.Equal([$"/articles/{article.Slug}"], ResultUrls(page));
        var notice = page.QuerySelector(".search-layout")!;
        Assert.Equal($"нефть {marker}", notice.QuerySelector("strong")!.TextContent);
        Assert.Contains("Показаны результаты по запросу", notice.TextContent, StringComparison.Ordinal);
        var asTyped = await SearchAsync(notice.QuerySelector("a")!.GetAttribute("href")!);
        Assert.Empty(ResultUrls(asTyped));
        Assert.Null(asTyped.QuerySelector(".search-layout"));
        Assert.Equal(typed, asTyped.QuerySelector("#search-q")!.GetAttribute("value"));

        var english = await SearchAsync($"/en/search?lang=ru&q={Q(typed)}");
        Assert.Equal([$"/articles/{article.Slug}"], ResultUrls(english));
        Assert.Contains("Showing results for", english.QuerySelector(".search-layout")!.TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Инфляция в Турции замедлилась до 36,5% впервые за год")]
    [InlineData("ВЭБ.РФ выдал кредит на строительство моста")]
    [InlineData("Курс упал на 2.8 процента после решения ЦБ")]
    [InlineData("Санкт-Петербург ввёл ограничения из-за COVID-19")]
    [InlineData("«Газпром» и Shell — переговоры о поставках")]
    public async Task Search_ShouldFindAnArticleByItsExactTitle_FirstAndWithEveryWord(string headline)
    {
        var title = $"{headline} {RussianWord()}";
        var article = await CreateAsync(App, title, "Текст.");

        var page = await SearchUntilAsync($"/search?q={Q(title)}", p => ResultUrls(p).Count > 0, "indexed");

        Assert.Equal($"/articles/{article.Slug}", ResultUrls(page)[0]);
        Assert.Null(page.QuerySelector(".search-partial"));
    }

    [Fact]
    public async Task Search_ShouldShowTheBestPartialMatches_WhenOneWordMatchesNothing()
    {
        var marker = RussianWord();
        var word = RussianWord();
        var article = await CreateAsync(App, $"Мост через {marker} {word} открыт", "Текст.");
        await SearchUntilAsync($"/search?q={Q(marker)}", p => ResultUrls(p).Count == 1, "indexed");

        var page = await SearchAsync($"/search?q={Q($"{marker} {word} мост вертолётов")}");

        Assert.Equal([$"/articles/{article.Slug}"], ResultUrls(page));
        Assert.NotNull(page.QuerySelector(".search-partial"));
    }

    [Fact]
    public async Task Search_ShouldRankTheWordsTogetherInATitle_AboveTheSameWordsApart()
    {
        var marker = RussianWord();
        var first = RussianWord();
        var second = RussianWord();
        // The shorter title would rank first on length alone.
        var apart = await CreateAsync(App, $"{second} {marker} {first}", "Текст.");
        var together = await CreateAsync(App, $"Новости недели: {first} {second} и {marker} в регионах", "Текст.");

        var page = await SearchUntilAsync($"/search?q={Q($"{first} {second}")}", p => ResultUrls(p).Count == 2, "both indexed");

        Assert.Equal([$"/articles/{together.Slug}", $"/articles/{apart.Slug}"], ResultUrls(page));
    }

    [Fact]
    public async Task Suggest_ShouldCompleteHeadlines_FromTheLastWordsPrefix()
    {
        var marker = RussianWord();
        var article = await CreateAsync(App, $"Новости {marker} недели", "Текст.");
        await SearchUntilAsync($"/search?q={marker}", p => ResultUrls(p).Count == 1, "indexed");

        List<HeadlineSuggestion> suggestions = [];
        await EventuallyAsync(async () => (suggestions = (await Client().GetFromJsonAsync<List<HeadlineSuggestion>>(
            $"/api/search/suggest?lang=ru&q={Q("новости " + marker[..4])}", TestContext.Current.CancellationToken))!).Count > 0, "completions");

        var suggestion = Assert.Single(suggestions, s => s.Url == $"/articles/{article.Slug}");
        Assert.Equal(article.Title, suggestion.Title);
        Assert.Empty((await Client().GetFromJsonAsync<List<HeadlineSuggestion>>($"/api/search/suggest?lang=en&q={Q(marker)}", TestContext.Current.CancellationToken))!);
    }

    [Fact]
    public async Task Index_ShouldFollowPublishEditAndUnpublish()
    {
        var marker = RussianWord();
        var renamed = RussianWord();
        var article = await CreateAsync(App, $"Черновик {marker}", "Текст.", publish: false);
        Assert.Empty(ResultUrls(await SearchAsync($"/search?q={marker}")));

        await App.WithDbAsync(async db =>
        {
            var tracked = await db.Articles.FindAsync(article.Id);
            tracked!.Publish(DateTimeOffset.UtcNow);
            await db.SaveChangesAsync();
        });
        await SearchUntilAsync($"/search?q={marker}", p => ResultUrls(p).Count == 1, "published article searchable");

        await App.WithDbAsync(async db =>
        {
            var tracked = await db.Articles.FindAsync(article.Id);
            tracked!.Title = $"Исправлено {renamed}";
            await db.SaveChangesAsync();
        });
        await SearchUntilAsync($"/search?q={renamed}", p => ResultUrls(p).Count == 1, "edited title searchable");
        Assert.Empty(ResultUrls(await SearchAsync($"/search?q={marker}")));

        await UnpublishAsync(App, article.Id);
        await SearchUntilAsync($"/search?q={renamed}", p => ResultUrls(p).Count == 0, "unpublished article gone");
    }

    [Fact]
    public async Task Search_ShouldAnswer200_ToEveryNaughtyString()
    {
        var client = Client();
        var inputs = TestData.NaughtyStrings()
            .Concat(["title:(*", "\"unbalanced", "~~~", "*:*", "AND OR NOT", "a AND (b OR", "\u0000\u0001\u001f\u007f", "../../etc/passwd", "%00", "'; DROP TABLE Articles; --"])
            .Append(new string('ы', 10 * 1024))
            .Append(string.Join(" ", Enumerable.Repeat("слово", 2000)));

        foreach (var input in inputs)
        {
            foreach (var path in new[] { "/search?q=", "/en/search?lang=all&sort=date&page=999999&q=", "/api/search/suggest?q=" })
            {
                var response = await client.GetAsync(path + Q(input), TestContext.Current.CancellationToken);
                Assert.True(response.StatusCode == HttpStatusCode.OK, $"{(int)response.StatusCode} for {path}{input[..Math.Min(input.Length, 80)]}");
                if (input.Contains("<script", StringComparison.OrdinalIgnoreCase) && path.Contains("/search?", StringComparison.Ordinal))
                {
                    var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
                    Assert.DoesNotContain(input, body, StringComparison.Ordinal);
                }
            }
        }
    }

    [Fact]
    public async Task Search_ShouldIgnoreNonsenseFilters()
    {
        var page = await SearchAsync("/search?q=test&section=%3Cscript%3E&from=yesterday&to=2025-13-45&page=-3&sort=%27&lang=xx");

        Assert.NotNull(page.QuerySelector(".search-form"));
    }

    [Fact]
    public async Task Layout_ShouldCarryASearchBoxThatWorksWithoutScript()
    {
        var (_, home) = await Client().GetPageAsync("/en");

        var form = home.QuerySelector("header form.site-search")!;
        Assert.Equal("/en/search", form.GetAttribute("action"));
        Assert.Equal("get", form.GetAttribute("method"));
        Assert.NotNull(form.QuerySelector("input[name=q]"));
    }
}

public sealed class SqliteSearchPageTests(SqliteAppFixture fixture) : SearchPageTests(fixture), IClassFixture<SqliteAppFixture>;

public sealed class PostgresSearchPageTests(PostgresAppFixture fixture) : SearchPageTests(fixture), IClassFixture<PostgresAppFixture>;
