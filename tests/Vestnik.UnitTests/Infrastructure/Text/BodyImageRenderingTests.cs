using Vestnik.Infrastructure.Text;
using Vestnik.Testing;

namespace Vestnik.UnitTests.Infrastructure.Text;

/// <summary>Library images in the body: the Markdown form, figures, galleries and what the sanitizer lets through.</summary>
public sealed class BodyImageRenderingTests
{
    private const string Bridge = "2026/12/0123456789abcdef";
    private const string Square = "2026/12/fedcba9876543210";

    private readonly MarkdownRenderer _renderer = new();
    private readonly Catalog _catalog = new(new BodyImage(Bridge, 2000, 1000, [480, 960, 1440]), new BodyImage(Square, 800, 600, [480, 800]));

    /// <summary>The library as the renderer sees it, counting its look-ups.</summary>
    private sealed class Catalog(params BodyImage[] images) : IBodyImageCatalog
    {
        public int Lookups { get; private set; }

        public Task<IReadOnlyDictionary<string, BodyImage>> FindAsync(IReadOnlyCollection<string> folders, CancellationToken cancellationToken)
        {
            Lookups++;
            IReadOnlyDictionary<string, BodyImage> found = images.Where(i => folders.Contains(i.Folder)).ToDictionary(i => i.Folder);
            return Task.FromResult(found);
        }
    }

    private Task<string> RenderAsync(string markdown) => _renderer.ToHtmlAsync(markdown, _catalog);

    [Theory]
    [InlineData("Мост через Неву © Фото: Вестник", "Мост через Неву", "Фото: Вестник")]
    [InlineData("Мост через Неву", "Мост через Неву", "")]
    [InlineData("© ТАСС", "", "ТАСС")]
    [InlineData("Знак © в подписи © ТАСС", "Знак © в подписи", "ТАСС")]
    [InlineData("", "", "")]
    public void SplitTitle_ShouldReadCaptionAndCredit(string title, string caption, string credit)
    {
        Assert.Equal((caption, credit), BodyImages.SplitTitle(title));
    }

    [Theory]
    [InlineData("/media/2026/12/0123456789abcdef/960.jpg", Bridge)]
    [InlineData("/media/2026/12/0123456789abcdef/480.webp", Bridge)]
    [InlineData("/media/2026/12/0123456789abcdef/original.png", null)]
    [InlineData("/media/demo/lead.svg", null)]
    [InlineData("https://example.org/media/2026/12/0123456789abcdef/960.jpg", null)]
    [InlineData("/media/2026/12/../../../etc/960.jpg", null)]
    public void FolderOf_ShouldKnowOnlyLibraryRenditions(string url, string? folder)
    {
        Assert.Equal(folder, BodyImages.FolderOf(url));
    }

    [Fact]
    public async Task ToHtmlAsync_ShouldWriteFiguresAndEmbedCards_InOneBody()
    {
        var html = Html.Parse(await RenderAsync($"![Мост](/media/{Bridge}/960.jpg \"Подпись\")\n\nhttps://t.me/durov/123\n\nТекст."));

        Assert.NotNull(html.QuerySelector("figure.article-figure picture"));
        Assert.NotNull(html.QuerySelector(".embed--telegram"));
        Assert.Equal("Текст.", html.QuerySelectorAll("p")[^1].TextContent);
    }

    [Fact]
    public async Task ToHtmlAsync_ShouldRenderALibraryImageAloneInItsParagraph_AsAFigureWithItsRealRenditions()
    {
        var html = await RenderAsync($"Текст.\n\n![Мост ночью](/media/{Bridge}/960.jpg \"Мост через Неву © Фото: Вестник\")\n\nЕщё текст.");
        var figure = Html.Parse(html).QuerySelector("figure.article-figure")!;

        var source = figure.QuerySelector("picture > source")!;
        Assert.Equal("image/webp", source.GetAttribute("type"));
        Assert.Equal($"/media/{Bridge}/480.webp 480w, /media/{Bridge}/960.webp 960w, /media/{Bridge}/1440.webp 1440w", source.GetAttribute("srcset"));
        var img = figure.QuerySelector("picture > img")!;
        Assert.Equal($"/media/{Bridge}/1440.jpg", img.GetAttribute("src"));
        Assert.Equal($"/media/{Bridge}/480.jpg 480w, /media/{Bridge}/960.jpg 960w, /media/{Bridge}/1440.jpg 1440w", img.GetAttribute("srcset"));
        Assert.Equal(("1440", "720", "Мост ночью", "lazy"), (img.GetAttribute("width"), img.GetAttribute("height"), img.GetAttribute("alt"), img.GetAttribute("loading")));
        Assert.NotNull(img.GetAttribute("sizes"));
        Assert.Equal("Мост через Неву Фото: Вестник", figure.QuerySelector("figcaption")!.TextContent);
        Assert.Equal("Фото: Вестник", figure.QuerySelector("figcaption .article-figure__credit")!.TextContent);
        Assert.Null(figure.ParentElement!.Closest("p"));
        Assert.Equal(1, _catalog.Lookups);
    }

    [Theory]
    [InlineData(" ")]
    [InlineData("\n")]
    public async Task ToHtmlAsync_ShouldRenderSeveralImagesOfOneParagraph_AsAGallery_InOneLookup(string between)
    {
        var html = await RenderAsync($"![Мост](/media/{Bridge}/960.jpg \"Мост\"){between}![Площадь](/media/{Square}/800.jpg \"© ТАСС\")");
        var gallery = Html.Parse(html).QuerySelector("div.article-gallery")!;

        var figures = gallery.QuerySelectorAll("figure.article-figure");
        Assert.Equal(2, figures.Length);
        Assert.Equal("ТАСС", figures[1].QuerySelector(".article-figure__credit")!.TextContent);
        Assert.Equal(("800", "600"), (figures[1].QuerySelector("img")!.GetAttribute("width"), figures[1].QuerySelector("img")!.GetAttribute("height")));
        Assert.Equal(1, _catalog.Lookups);
    }

    [Fact]
    public async Task ToHtmlAsync_ShouldKeepALibraryImageInsideASentence_AsABarePicture()
    {
        var html = await RenderAsync($"Схема ![схема моста](/media/{Square}/480.jpg) в тексте.");
        var paragraph = Html.Parse(html).QuerySelector("p")!;

        Assert.Equal("схема моста", paragraph.QuerySelector("picture > img")!.GetAttribute("alt"));
        Assert.Null(paragraph.QuerySelector("figure"));
    }

    [Theory]
    [InlineData("![Чужой снимок](https://evil.example/x.png \"Подпись\")")]
    [InlineData("![Чужой снимок](/media/2026/12/aaaaaaaaaaaaaaaa/960.jpg)")]
    [InlineData("![Чужой снимок](/media/demo/lead.svg)")]
    [InlineData("![Чужой снимок](javascript:alert(1))")]
    public async Task ToHtmlAsync_ShouldTurnAnImageOutsideTheLibrary_IntoItsAltText(string markdown)
    {
        var html = await RenderAsync(markdown);
        var document = Html.Parse(html);

        Assert.Empty(document.QuerySelectorAll("img, picture, figure, source"));
        Assert.Equal("Чужой снимок", document.Body!.TextContent.Trim());
    }

    [Fact]
    public async Task ToHtmlAsync_ShouldEscapeHostileWordsOfALibraryImage()
    {
        var html = await RenderAsync($"![\"><script>alert(1)</script>](/media/{Bridge}/960.jpg \"<img src=x onerror=alert(1)> © <b onclick=x>ТАСС</b>\")");
        var document = Html.Parse(html);

        Assert.Empty(document.QuerySelectorAll("script, b"));
        Assert.Single(document.QuerySelectorAll("img"));
        Assert.Equal("\"><script>alert(1)</script>", document.QuerySelector("img")!.GetAttribute("alt"));
        Assert.Contains("<img src=x onerror=alert(1)>", document.QuerySelector("figcaption")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ToHtmlAsync_ShouldLetNoXssPayloadOfTheSharedListsThrough_BesideLibraryImages()
    {
        foreach (var payload in TestData.XssPayloads())
        {
            var markdown = $"![{payload}](/media/{Bridge}/960.jpg \"{payload.Replace("\"", "\\\"", StringComparison.Ordinal)}\")\n\n{payload}\n\n![x](/media/{Square}/480.jpg) {payload}";
            var document = Html.Parse(await RenderAsync(markdown));
            Assert.Empty(document.QuerySelectorAll("script, iframe, object, embed, svg, style, form, video, audio"));
            foreach (var element in document.All)
            {
                Assert.DoesNotContain(element.Attributes, a => a.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase) || a.Name == "style");
            }
            foreach (var image in document.QuerySelectorAll("img"))
            {
                Assert.Equal("PICTURE", image.ParentElement!.TagName);
                Assert.NotNull(BodyImages.FolderOf(image.GetAttribute("src")));
                Assert.True(BodyImages.IsLibrarySrcset(image.GetAttribute("srcset")!), image.GetAttribute("srcset"));
            }
        }
    }

    [Fact]
    public void ToHtml_ShouldRenderNoPictures_WithoutTheLibrary()
    {
        var html = _renderer.ToHtml($"![Мост](/media/{Bridge}/960.jpg \"Мост\")");

        Assert.DoesNotContain("<img", html, StringComparison.Ordinal);
        Assert.Contains("Мост", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Images_ShouldListEveryImageWithItsAltAndTitleWords()
    {
        var images = _renderer.Images($"![Мост *ночью*](/media/{Bridge}/960.jpg \"Мост © ТАСС\") и ![](https://example.org/x.png)");

        Assert.Equal(
            [new MarkdownImage("Мост ночью", $"/media/{Bridge}/960.jpg", "Мост", "ТАСС"), new MarkdownImage("", "https://example.org/x.png", "", "")],
            images);
    }
}
