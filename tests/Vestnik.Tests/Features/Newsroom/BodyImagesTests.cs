using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using SkiaSharp;
using Vestnik.Features.Articles.Model;
using Vestnik.Testing;

namespace Vestnik.Tests.Features.Newsroom;

/// <summary>
/// Images in the article text: uploaded through the editor's JSON endpoint, found there again, refused publication
/// without alt text, and shown to readers as a picture with the library's renditions.
/// </summary>
public abstract class BodyImagesTests(AppFixture fixture)
{
    private VestnikApp App => fixture.App;

    /// <summary>Posts a file to the picker's upload endpoint with the token the media page's form carries.</summary>
    private static async Task<HttpResponseMessage> UploadAsync(SignedIn staff, byte[] bytes, string fileName, string caption = "", string credit = "")
    {
        var (_, page) = await staff.Client.GetPageAsync("/newsroom/media");
        using var content = Html.FormContent(page.QuerySelector("form.nr-upload")!,
            new FormValues { ["Caption"] = caption, ["Credit"] = credit }.WithFile("Upload", fileName, bytes, "image/jpeg"));
        return await staff.Client.PostAsync("/newsroom/media/library", content);
    }

    private async Task<HttpResponseMessage> CommandAsync(SignedIn staff, int id, string handler, string body,
        Func<List<KeyValuePair<string, string>>, List<KeyValuePair<string, string>>>? change = null)
    {
        var article = await App.WithDbAsync(db => db.Articles.AsNoTracking().SingleAsync(a => a.Id == id));
        var form = await App.WithDbAsync(db => EditorForms.NewAsync(db, article.Title, body, article.Version));
        return await staff.Client.PostFormAsync(EditorForms.Url(id, handler), change is null ? form : change(form));
    }

    [Fact]
    public async Task ImageFromTheLibrary_ShouldNeedAltTextToGoLive_AndReachReadersAsAPictureWithItsRenditions()
    {
        var author = await RoleClients.AuthorAsync(App);
        var editor = await RoleClients.EditorAsync(App);
        var caption = $"Разводной мост {Guid.NewGuid():N}";

        var uploaded = await UploadAsync(author, TestImages.Picture(1600, 900, SKEncodedImageFormat.Jpeg), "bridge.jpg", caption, "Фото: Вестник");
        Assert.Equal(HttpStatusCode.Created, uploaded.StatusCode);
        var image = await uploaded.Content.ReadFromJsonAsync<JsonElement>();
        var src = image.GetProperty("src").GetString()!;
        Assert.Matches(@"^/media/\d{4}/\d{2}/[0-9a-f]{16}/1440\.jpg$", src);

        var found = await editor.Client.GetFromJsonAsync<JsonElement>($"/newsroom/media/library?q={Uri.EscapeDataString(caption.ToUpperInvariant())}");
        var item = Assert.Single(found.GetProperty("items").EnumerateArray());
        Assert.Equal((src, caption, "Фото: Вестник"), (item.GetProperty("src").GetString(), item.GetProperty("caption").GetString(), item.GetProperty("credit").GetString()));

        var withoutAlt = $"Город ночью.\n\n![]({src} \"{caption} © Фото: Вестник\")";
        var draft = await author.Client.PostFormAsync(EditorForms.Url(null, "Save"),
            await App.WithDbAsync(db => EditorForms.NewAsync(db, $"Мосты {Guid.NewGuid():N}", withoutAlt)));
        var id = EditorForms.IdFrom(draft);

        var refused = await CommandAsync(editor, id, "Publish", withoutAlt);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains($"У картинки 1 в тексте ({caption})", WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        var scheduleAt = DateTimeOffset.UtcNow.AddDays(2).ToString("yyyy-MM-ddTHH:mm", CultureInfo.InvariantCulture);
        Assert.Equal(HttpStatusCode.BadRequest, (await CommandAsync(editor, id, "Schedule", withoutAlt, f => f.With("Form.ScheduleAt", scheduleAt))).StatusCode);
        Assert.Equal(ArticleStatus.Draft, await App.WithDbAsync(db => db.Articles.Where(a => a.Id == id).Select(a => a.Status).SingleAsync()));

        var withAlt = withoutAlt.Replace("![]", "![Мост разведён, над Невой белая ночь]", StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await CommandAsync(editor, id, "Publish", withAlt)).StatusCode);

        var slug = await App.WithDbAsync(db => db.Articles.Where(a => a.Id == id).Select(a => a.Slug).SingleAsync());
        var (response, page) = await RoleClients.Anonymous(App).GetPageAsync($"/articles/{slug}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var figure = page.QuerySelector(".article__body figure.article-figure")!;
        var folder = src[..src.LastIndexOf('/')];
        Assert.Equal($"{folder}/480.webp 480w, {folder}/960.webp 960w, {folder}/1440.webp 1440w", figure.QuerySelector("picture > source[type='image/webp']")!.GetAttribute("srcset"));
        var img = figure.QuerySelector("picture > img")!;
        Assert.Equal(("Мост разведён, над Невой белая ночь", "1440", "810"), (img.GetAttribute("alt"), img.GetAttribute("width"), img.GetAttribute("height")));
        Assert.Equal("Фото: Вестник", figure.QuerySelector("figcaption .article-figure__credit")!.TextContent);
        foreach (var rendition in new[] { $"{folder}/480.webp", img.GetAttribute("src")! })
        {
            Assert.Equal(HttpStatusCode.OK, (await RoleClients.Anonymous(App).GetAsync(rendition)).StatusCode);
        }
    }

    [Fact]
    public async Task Upload_ShouldAnswerReadableErrors_WithTheMediaPagesStatuses()
    {
        var editor = await RoleClients.EditorAsync(App);

        var notAnImage = await UploadAsync(editor, "<svg onload=alert(1)>"u8.ToArray(), "x.jpg");
        Assert.Equal(HttpStatusCode.BadRequest, notAnImage.StatusCode);
        Assert.Equal("Это не картинка JPEG, PNG или WebP.", (await notAnImage.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("error").GetString());

        var tooLarge = await UploadAsync(editor, new byte[15 * 1024 * 1024 + 1], "huge.jpg");
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, tooLarge.StatusCode);
        Assert.Equal("Файл больше 15 МБ.", (await tooLarge.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("error").GetString());
    }
}

public sealed class SqliteBodyImagesTests(SqliteAppFixture fixture) : BodyImagesTests(fixture), IClassFixture<SqliteAppFixture>;

public sealed class PostgresBodyImagesTests(PostgresAppFixture fixture) : BodyImagesTests(fixture), IClassFixture<PostgresAppFixture>;
