using System.Net;
using AngleSharp.Html.Dom;
using Microsoft.AspNetCore.Mvc.Testing;
using Vestnik.Testing;
using static Vestnik.Tests.Features.Search.SearchTestData;

namespace Vestnik.Tests.Features.Search;

/// <summary>
/// A headline is found by any case of its nouns and surnames and any form of its verbs, through the search page,
/// on the index the site keeps. Each article carries a made-up word that the queries add, so that other tests'
/// articles in the shared database never answer; the page must not fall back to typo tolerance or to all words but
/// one, which would find the article without the inflected word matching.
/// </summary>
public sealed class MorphologySearchTests(SqliteAppFixture fixture) : IClassFixture<SqliteAppFixture>
{
    private async Task<IHtmlDocument> SearchAsync(string query)
    {
        var client = fixture.App.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var (response, page) = await client.GetPageAsync("/search?q=" + Uri.EscapeDataString(query));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return page;
    }

    private static bool FoundExactly(IHtmlDocument page, string url) =>
        page.QuerySelectorAll(".search-result__title a").Any(a => a.GetAttribute("href") == url)
        && page.QuerySelector(".search-partial") is null
        && page.QuerySelector(".search-typo") is null;

    public static TheoryData<string, string[]> Headlines => new()
    {
        { "Область получила долю в объёме федеральных субсидий", ["областью", "областям", "доли", "долю", "объеме", "объёмом", "федеральной", "субсидиями"] },
        { "Гладков встретился с Набиуллиной", ["Гладкову", "Гладковым", "Набиуллина", "Набиуллину", "встретились"] },
        { "Песков заявил о снижении ставки", ["Пескова", "Пескову", "заявила", "заявит", "ставкам", "снижение"] },
    };

    [Theory]
    [MemberData(nameof(Headlines))]
    public async Task Search_ShouldFindAHeadlineByOtherFormsOfItsWords(string headline, string[] forms)
    {
        var marker = RussianWord();
        var article = await CreateAsync(fixture.App, $"{headline} {marker}", "Текст статьи.");
        var url = $"/articles/{article.Slug}";
        await EventuallyAsync(async () => FoundExactly(await SearchAsync(marker), url), "the article is indexed");

        var missed = new List<string>();
        foreach (var form in forms)
        {
            if (!FoundExactly(await SearchAsync($"{form} {marker}"), url))
            {
                missed.Add(form);
            }
        }

        Assert.Empty(missed);
    }
}
