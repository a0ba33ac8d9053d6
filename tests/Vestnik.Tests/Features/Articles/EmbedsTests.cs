using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Vestnik.Infrastructure.Text.Embeds;
using Vestnik.Testing;
using Vestnik.Tests.Features.Newsroom;

namespace Vestnik.Tests.Features.Articles;

/// <summary>An editor publishes an article with embeds; readers get cards that load nothing of the provider, feeds get links.</summary>
public abstract class EmbedsTests(AppFixture fixture)
{
    private const string Telegram = "https://t.me/durov/123";
    private const string YouTube = "https://youtu.be/dQw4w9WgXcQ";

    private static readonly string[] ProviderHosts =
        ["t.me/", "telegram.org", "telegram.me", "youtube.com", "youtube-nocookie.com", "youtu.be", "vk.com", "vkvideo.ru", "twitter.com", "x.com", "rutube.ru"];

    private VestnikApp App => fixture.App;

    private HttpClient Client() => App.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    private async Task<string> PublishAsync(string title)
    {
        var editor = await RoleClients.EditorAsync(App);
        var body = $"Первый абзац.\n\n{Telegram}\n\nВторой абзац.\n\n<{YouTube}>";
        var form = await App.WithDbAsync(db => EditorForms.NewAsync(db, title, body));
        var saved = await editor.Client.PostFormAsync(EditorForms.Url(null, "Save"), form);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var id = EditorForms.IdFrom(saved);
        var version = await App.WithDbAsync(db => db.Articles.Where(a => a.Id == id).Select(a => a.Version).SingleAsync());
        var published = await editor.Client.PostFormAsync(EditorForms.Url(id, "Publish"),
            await App.WithDbAsync(db => EditorForms.NewAsync(db, title, body, version)));
        Assert.Equal(HttpStatusCode.Redirect, published.StatusCode);
        return await App.WithDbAsync(db => db.Articles.Where(a => a.Id == id).Select(a => a.Slug).SingleAsync());
    }

    [Fact]
    public async Task ArticlePage_ShouldShowCardsWithTheOriginalLinks_AndNoProviderAddressOutsideThem()
    {
        var slug = await PublishAsync("Статья со встроенным постом");

        var (response, page) = await Client().GetPageAsync($"/articles/{slug}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var telegram = page.QuerySelector(".article__body .embed--telegram")!;
        Assert.Equal("Telegram", telegram.QuerySelector(".embed__provider")!.TextContent);
        Assert.Equal(Telegram, telegram.QuerySelector(".embed__link a")!.GetAttribute("href"));
        Assert.Equal(YouTube, page.QuerySelector(".article__body .embed--youtube .embed__link a")!.GetAttribute("href"));
        Assert.Equal("Показать", page.QuerySelector(".article__body")!.GetAttribute("data-embed-load"));
        Assert.NotNull(page.QuerySelector("script[src^='/js/embeds.js']"));
        // A provider's address may stand only where it loads nothing: a link's href, the card's text and the player's address for the script.
        foreach (var element in page.All)
        {
            foreach (var attribute in element.Attributes)
            {
                var isLink = element.LocalName == "a" && attribute.Name == "href";
                if (!isLink && attribute.Name != EmbedMarkdownExtension.FrameAttribute)
                {
                    Assert.DoesNotContain(ProviderHosts, host => attribute.Value.Contains(host, StringComparison.OrdinalIgnoreCase));
                }
            }
        }
        Assert.Empty(page.QuerySelectorAll("iframe, embed, object"));
        var csp = response.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Contains("frame-src https://t.me https://www.youtube-nocookie.com https://vkvideo.ru https://platform.twitter.com https://rutube.ru", csp);
        Assert.Contains("script-src 'self';", csp);
    }

    [Fact]
    public async Task Rss_ShouldCarryEmbedsAsPlainLinks()
    {
        var slug = await PublishAsync("Статья со встроенным видео для ленты");

        var rss = await Client().GetStringAsync("/rss.xml");

        var item = rss[rss.IndexOf($"/articles/{slug}<", StringComparison.Ordinal)..];
        item = item[..item.IndexOf("</item>", StringComparison.Ordinal)];
        Assert.Contains($"<p><a href=\"{Telegram}\" rel=\"noopener noreferrer\">{Telegram}</a></p>", WebUtility.HtmlDecode(item));
        Assert.Contains($"<p><a href=\"{YouTube}\" rel=\"noopener noreferrer\">{YouTube}</a></p>", WebUtility.HtmlDecode(item));
        Assert.DoesNotContain("embed", item);
        Assert.DoesNotContain("youtube-nocookie", item);
    }
}

public sealed class SqliteEmbedsTests(SqliteAppFixture fixture) : EmbedsTests(fixture), IClassFixture<SqliteAppFixture>;

public sealed class PostgresEmbedsTests(PostgresAppFixture fixture) : EmbedsTests(fixture), IClassFixture<PostgresAppFixture>;
