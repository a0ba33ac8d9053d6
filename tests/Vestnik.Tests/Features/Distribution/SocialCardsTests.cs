using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using SkiaSharp;
using Vestnik.Features.Articles.Model;
using Vestnik.Testing;

namespace Vestnik.Tests.Features.Distribution;

/// <summary>og:image on article pages: drawn cards for articles without a usable image, cropped lead images otherwise.</summary>
public abstract class SocialCardsTests(DistributionAppFixture fixture)
{
    private VestnikApp App => fixture.App;

    private HttpClient Client() => App.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    private async Task<string> OgImageAsync(string slug)
    {
        var (_, page) = await Client().GetPageAsync($"/articles/{slug}");
        Assert.Equal("summary_large_image", page.QuerySelector("meta[name='twitter:card']")!.GetAttribute("content"));
        return new Uri(page.QuerySelector("meta[property='og:image']")!.GetAttribute("content")!).AbsolutePath;
    }

    private async Task<SKBitmap> FetchPngAsync(string path)
    {
        var response = await Client().GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("image/png", response.Content.Headers.ContentType!.MediaType);
        return SKBitmap.Decode(await response.Content.ReadAsByteArrayAsync());
    }

    [Theory]
    [InlineData(null)]
    [InlineData("/media/demo/lead.svg")]
    public async Task ArticleWithoutARasterImage_ShouldGetADrawnCard(string? imageUrl)
    {
        var article = await DistributionTestData.ArticleAsync(App, "Карточка для соцсетей: «Ёжик» & Ко", imageUrl);

        var card = await OgImageAsync(article.Slug);

        Assert.Matches($"^/cards/{article.Id}-[0-9a-f]{{16}}\\.png$", card);
        using var bitmap = await FetchPngAsync(card);
        Assert.Equal((1200, 630), (bitmap.Width, bitmap.Height));
        Assert.True(File.Exists(Path.Combine(App.DataPath, "media", "cards", Path.GetFileName(card))), "the card is cached in the data folder");
    }

    [Fact]
    public async Task RasterLeadImage_ShouldBeCroppedTo1200x630()
    {
        var name = $"photo-{Guid.NewGuid():N}.png";
        Directory.CreateDirectory(Path.Combine(App.DataPath, "media", "test"));
        using (var surface = SKSurface.Create(new SKImageInfo(1600, 1600)))
        {
            surface.Canvas.Clear(SKColors.OrangeRed);
            using var image = surface.Snapshot();
            using var data = image.Encode(SKEncodedImageFormat.Png, 100);
            await File.WriteAllBytesAsync(Path.Combine(App.DataPath, "media", "test", name), data.ToArray());
        }
        var article = await DistributionTestData.ArticleAsync(App, "Статья со снимком", $"/media/test/{name}");

        using var bitmap = await FetchPngAsync(await OgImageAsync(article.Slug));

        Assert.Equal((1200, 630), (bitmap.Width, bitmap.Height));
        Assert.Equal(SKColors.OrangeRed, bitmap.GetPixel(600, 315));
    }

    [Fact]
    public async Task NewHeadline_ShouldGiveANewCard_AndTheOldUrlShouldLeadToIt()
    {
        var article = await DistributionTestData.ArticleAsync(App, "Старый заголовок", imageUrl: null);
        var before = await OgImageAsync(article.Slug);
        (await FetchPngAsync(before)).Dispose();

        await App.WithDbAsync(async db =>
        {
            var tracked = await db.Articles.SingleAsync(a => a.Id == article.Id);
            tracked.Title = "Новый заголовок";
            await db.SaveChangesAsync();
        });
        var after = await OgImageAsync(article.Slug);
        (await FetchPngAsync(after)).Dispose();
        var old = await Client().GetAsync(before);

        Assert.NotEqual(before, after);
        Assert.Equal(HttpStatusCode.Redirect, old.StatusCode);
        Assert.Equal(after, old.Headers.Location!.OriginalString);
        Assert.False(File.Exists(Path.Combine(App.DataPath, "media", "cards", Path.GetFileName(before))), "the old card is removed");
    }

    [Fact]
    public async Task CardOfAnUnpublishedOrUnknownArticle_ShouldBe404()
    {
        var draft = await App.WithDbAsync(db => TestArticles.CreateAsync(db, "Черновик без карточки", publish: false));

        foreach (var url in new[] { $"/cards/{draft.Id}-0123456789abcdef.png", "/cards/999999999-0123456789abcdef.png", "/cards/../../etc/passwd", "/cards/1-xyz.png", "/cards/abc.png" })
        {
            Assert.Equal(HttpStatusCode.NotFound, (await Client().GetAsync(url)).StatusCode);
        }
        Assert.NotEqual(ArticleStatus.Published, draft.Status);
    }
}

public sealed class SqliteSocialCardsTests(SqliteDistributionFixture fixture) : SocialCardsTests(fixture), IClassFixture<SqliteDistributionFixture>;

public sealed class PostgresSocialCardsTests(PostgresDistributionFixture fixture) : SocialCardsTests(fixture), IClassFixture<PostgresDistributionFixture>;
