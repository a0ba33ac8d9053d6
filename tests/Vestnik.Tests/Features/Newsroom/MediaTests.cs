using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using SkiaSharp;
using Vestnik.Features.Newsroom.Media;
using Vestnik.Testing;

namespace Vestnik.Tests.Features.Newsroom;

/// <summary>The image pipeline through the media page: real JPEG, PNG and WebP in, cleaned renditions out; bad files refused.</summary>
public abstract class MediaTests(AppFixture fixture)
{
    private VestnikApp App => fixture.App;

    /// <summary>A JPEG carrying an EXIF block with a recognisable GPS marker, as phones write them.</summary>
    private static byte[] JpegWithExif(string marker)
    {
        var jpeg = TestImages.Picture(1000, 600, SKEncodedImageFormat.Jpeg);
        var payload = Encoding.ASCII.GetBytes("Exif\0\0II*\0" + marker);
        var length = payload.Length + 2;
        var segment = new byte[] { 0xFF, 0xE1, (byte)(length >> 8), (byte)length }.Concat(payload);
        return jpeg.Take(2).Concat(segment).Concat(jpeg.Skip(2)).ToArray();
    }

    private static Task<HttpResponseMessage> UploadAsync(SignedIn staff, byte[] bytes, string fileName, string contentType, string caption = "Подпись") =>
        staff.Client.SubmitFormAsync("/newsroom/media", "form.nr-upload",
            new FormValues { ["Caption"] = caption, ["Credit"] = "Фото: Вестник" }.WithFile("Upload", fileName, bytes, contentType));

    [Fact]
    public async Task PickingALibraryImage_ShouldBringItsWords_EvenWhenTheFormStillHoldsThePreviousImages()
    {
        var editor = await RoleClients.EditorAsync(App);
        var picture = TestImages.Picture(800, 500, SKEncodedImageFormat.Jpeg);
        await UploadAsync(editor, picture, "bridge.jpg", "image/jpeg", caption: "Мост через Неву");
        await UploadAsync(editor, picture, "square.jpg", "image/jpeg", caption: "Дворцовая площадь");
        var ids = await App.WithDbAsync(db => db.Set<MediaAsset>().OrderByDescending(m => m.Id).Select(m => m.Id).Take(2).ToListAsync());
        var (square, bridge) = (ids[0], ids[1]);

        // Blank words take the library's.
        var form = (await App.WithDbAsync(db => EditorForms.NewAsync(db, $"Петербург зимой {Guid.NewGuid():N}")))
            .With("Form.LeadMediaId", bridge.ToString(System.Globalization.CultureInfo.InvariantCulture));
        var id = EditorForms.IdFrom(await editor.Client.PostFormAsync(EditorForms.Url(null, "Save"), form));
        Assert.Equal("Мост через Неву", (await LeadImageAsync(id)).Caption);

        // Without the script, picking another image posts the previous image's words untouched: the new image's win.
        var switched = await editor.Client.SubmitFormAsync($"/newsroom/articles/edit/{id}", "form#editor",
            new FormValues { ["Form.LeadMediaId"] = square.ToString(System.Globalization.CultureInfo.InvariantCulture) },
            "button[formaction*='handler=Save']");
        Assert.Equal(HttpStatusCode.Redirect, switched.StatusCode);
        var lead = await LeadImageAsync(id);
        Assert.Equal((square, "Дворцовая площадь", "Фото: Вестник"), (lead.MediaAssetId!.Value, lead.Caption, lead.Credit));

        // Words the editor typed are theirs.
        await editor.Client.SubmitFormAsync($"/newsroom/articles/edit/{id}", "form#editor",
            new FormValues { ["Form.LeadMediaId"] = bridge.ToString(System.Globalization.CultureInfo.InvariantCulture), ["Form.LeadCaption"] = "Нева подо льдом" },
            "button[formaction*='handler=Save']");
        Assert.Equal("Нева подо льдом", (await LeadImageAsync(id)).Caption);
    }

    private Task<Vestnik.Features.Articles.Model.LeadImage> LeadImageAsync(int articleId) =>
        App.WithDbAsync(async db => (await db.Articles.AsNoTracking().SingleAsync(a => a.Id == articleId)).LeadImage!);

    [Theory]
    [InlineData(SKEncodedImageFormat.Jpeg, "photo.jpg", "image/jpeg", "jpg")]
    [InlineData(SKEncodedImageFormat.Png, "chart.png", "image/png", "png")]
    [InlineData(SKEncodedImageFormat.Webp, "shot.webp", "image/webp", "webp")]
    public async Task Upload_ShouldStoreOriginalAndThreeWidths_InWebpAndJpeg(SKEncodedImageFormat format, string name, string type, string extension)
    {
        var author = await RoleClients.AuthorAsync(App);

        var response = await UploadAsync(author, TestImages.Picture(2000, 1000, format), name, type);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var id = int.Parse(response.Headers.Location!.ToString().Split("added=")[1], System.Globalization.CultureInfo.InvariantCulture);
        var asset = await App.WithDbAsync(db => db.Set<MediaAsset>().SingleAsync(m => m.Id == id));
        Assert.Equal("480,960,1440", asset.Widths);
        Assert.Equal((2000, 1000), (asset.Width, asset.Height));
        Assert.Equal(extension, asset.OriginalExtension);
        var folder = Path.Combine(App.DataPath, "media", asset.Folder);
        foreach (var width in new[] { 480, 960, 1440 })
        {
            foreach (var ext in new[] { "webp", "jpg" })
            {
                using var codec = SKCodec.Create(Path.Combine(folder, $"{width}.{ext}"));
                Assert.Equal(width, codec.Info.Width);
                Assert.Equal(width / 2, codec.Info.Height);
            }
        }
        Assert.True(File.Exists(Path.Combine(folder, $"original.{extension}")));
        var served = await author.Client.GetAsync(asset.Url(960, "webp"));
        Assert.Equal(HttpStatusCode.OK, served.StatusCode);
        Assert.Equal("image/webp", served.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Upload_ShouldStripExif()
    {
        var author = await RoleClients.AuthorAsync(App);
        const string marker = "GPSLatitude-55.7558-secret";

        var response = await UploadAsync(author, JpegWithExif(marker), "phone.jpg", "image/jpeg");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var id = int.Parse(response.Headers.Location!.ToString().Split("added=")[1], System.Globalization.CultureInfo.InvariantCulture);
        var asset = await App.WithDbAsync(db => db.Set<MediaAsset>().SingleAsync(m => m.Id == id));
        Assert.Equal("480,960,1000", asset.Widths);
        foreach (var file in Directory.GetFiles(Path.Combine(App.DataPath, "media", asset.Folder)))
        {
            var bytes = Encoding.ASCII.GetString(await File.ReadAllBytesAsync(file));
            Assert.DoesNotContain(marker, bytes, StringComparison.Ordinal);
            Assert.DoesNotContain("Exif", bytes, StringComparison.Ordinal);
        }
    }

    public static TheoryData<string, string, string> BadFiles => new()
    {
        { "truncated", "cut.jpg", "image/jpeg" },
        { "huge-png", "huge.png", "image/png" },
        { "text", "notes.jpg", "image/jpeg" },
        { "svg", "logo.svg", "image/svg+xml" },
    };

    [Theory]
    [MemberData(nameof(BadFiles))]
    public async Task Upload_ShouldRefuseBadFiles_WithAMessage_StoringNothing(string kind, string name, string type)
    {
        var author = await RoleClients.AuthorAsync(App);
        var bytes = kind switch
        {
            "truncated" => TestImages.Picture(1200, 800, SKEncodedImageFormat.Jpeg)[..4000],
            "huge-png" => PngDeclaring(100_000, 100_000),
            "text" => Encoding.UTF8.GetBytes("Это не картинка, а текст."),
            _ => Encoding.UTF8.GetBytes("<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>"),
        };
        var before = await App.WithDbAsync(db => db.Set<MediaAsset>().CountAsync());
        var folders = Directory.Exists(Path.Combine(App.DataPath, "media")) ? Directory.GetDirectories(Path.Combine(App.DataPath, "media"), "*", SearchOption.AllDirectories).Length : 0;

        var response = await UploadAsync(author, bytes, name, type, caption: "Сохранённая подпись");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var page = Html.Parse(await response.Content.ReadAsStringAsync());
        Assert.False(string.IsNullOrWhiteSpace(page.QuerySelector("#upload-error")?.TextContent));
        Assert.Equal("Сохранённая подпись", page.QuerySelector("#Caption")!.GetAttribute("value"));
        Assert.Equal(before, await App.WithDbAsync(db => db.Set<MediaAsset>().CountAsync()));
        Assert.Equal(folders, Directory.GetDirectories(Path.Combine(App.DataPath, "media"), "*", SearchOption.AllDirectories).Length);
    }

    [Fact]
    public async Task Upload_ShouldAnswer413_WhenTheFileIsTooLarge()
    {
        var author = await RoleClients.AuthorAsync(App);

        var response = await UploadAsync(author, new byte[16 * 1024 * 1024], "big.jpg", "image/jpeg");

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    /// <summary>A valid PNG header (signature, IHDR with a correct CRC) that claims an absurd size, with no pixel data.</summary>
    private static byte[] PngDeclaring(int width, int height)
    {
        var ihdr = new List<byte>();
        ihdr.AddRange("IHDR"u8.ToArray());
        ihdr.AddRange(BigEndian(width));
        ihdr.AddRange(BigEndian(height));
        ihdr.AddRange(new byte[] { 8, 6, 0, 0, 0 });
        var png = new List<byte> { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A };
        png.AddRange(BigEndian(13));
        png.AddRange(ihdr);
        png.AddRange(BigEndian((int)Crc32(ihdr.ToArray())));
        png.AddRange(BigEndian(0));
        png.AddRange("IEND"u8.ToArray());
        png.AddRange(BigEndian(unchecked((int)0xAE426082)));
        return png.ToArray();
    }

    private static byte[] BigEndian(int value) => [(byte)(value >> 24), (byte)(value >> 16), (byte)(value >> 8), (byte)value];

    private static uint Crc32(byte[] data)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in data)
        {
            crc ^= b;
            for (var k = 0; k < 8; k++)
            {
                crc = (crc & 1) != 0 ? (crc >> 1) ^ 0xEDB88320u : crc >> 1;
            }
        }
        return ~crc;
    }
}

public sealed class SqliteMediaTests(SqliteAppFixture fixture) : MediaTests(fixture), IClassFixture<SqliteAppFixture>;

public sealed class PostgresMediaTests(PostgresAppFixture fixture) : MediaTests(fixture), IClassFixture<PostgresAppFixture>;
