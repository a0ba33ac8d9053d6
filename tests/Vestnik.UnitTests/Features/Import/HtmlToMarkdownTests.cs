using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Vestnik.Features.Import.Conversion;
using Vestnik.Infrastructure.Text;
using Vestnik.Testing;

namespace Vestnik.UnitTests.Features.Import;

/// <summary>Every element a WordPress article renders, converted to our Markdown and rendered back by our renderer.</summary>
public sealed class HtmlToMarkdownTests
{
    private readonly MarkdownRenderer _renderer = new();

    private static string Convert(string html) => HtmlToMarkdown.ToMarkdown(WordPressMarkup.ToHtml(html, _ => null));

    [Theory]
    [InlineData("<p>Один абзац.</p><p>Второй.</p>", "Один абзац.\n\nВторой.")]
    [InlineData("<h1>Заголовок</h1>", "## Заголовок")]
    [InlineData("<h2>Заголовок</h2>", "## Заголовок")]
    [InlineData("<h3>Подзаголовок</h3>", "### Подзаголовок")]
    [InlineData("<p><strong>жирный</strong> и <em>курсив</em>, <b>b</b> <i>i</i> <del>нет</del></p>", "**жирный** и *курсив*, **b** *i* ~~нет~~")]
    [InlineData("<p><a href=\"https://example.org/a\">ссылка</a></p>", "[ссылка](<https://example.org/a>)")]
    [InlineData("<p>строка<br>следующая</p>", "строка\\\nследующая")]
    [InlineData("<hr>", "---")]
    [InlineData("<p>код <code>a*b</code></p>", "код `a*b`")]
    [InlineData("<pre><code class=\"language-csharp\">var x = 1;\n```</code></pre>", "````csharp\nvar x = 1;\n```\n````")]
    [InlineData("<blockquote><p>Цитата</p><p>дальше</p></blockquote>", "> Цитата\n>\n> дальше")]
    [InlineData("<ul><li>один</li><li>два<ul><li>вложенный</li></ul></li></ul>", "- один\n- два\n\n  - вложенный")]
    [InlineData("<ol start=\"3\"><li>три</li><li>четыре</li></ol>", "3. три\n4. четыре")]
    [InlineData("<table><tr><th>Город</th><th>Курс</th></tr><tr><td>Москва</td><td>9|1</td></tr></table>", "| Город | Курс |\n| --- | --- |\n| Москва | 9\\|1 |")]
    [InlineData("<p>1. не список, * и _ как есть, #тег</p>", "1\\. не список, \\* и \\_ как есть, \\#тег")]
    [InlineData("<p>&lt;b&gt; &amp;copy;</p>", "\\<b\\> \\&copy;")]
    public void Convert_ShouldWriteEachElementAsOurMarkdown(string html, string markdown) =>
        Assert.Equal(markdown, Convert(html));

    [Fact]
    public void Figure_ShouldBeAnImageWithItsCaption_AndALibraryImageShouldTakeItsAddress()
    {
        var body = HtmlToMarkdown.Parse("<figure class=\"wp-block-image\"><img src=\"https://old.example/wp-content/uploads/a.jpg\" alt=\"Мост\"><figcaption>Мост «через» реку</figcaption></figure>");

        Assert.Equal(["https://old.example/wp-content/uploads/a.jpg"], HtmlToMarkdown.ImageSources(body));
        Assert.Equal("![Мост](<https://old.example/wp-content/uploads/a.jpg> \"Мост «через» реку\")", HtmlToMarkdown.Convert(body, _ => null));
        var library = HtmlToMarkdown.Convert(body, _ => "/media/2026/12/0123456789abcdef/1440.jpg");
        Assert.Equal("![Мост](</media/2026/12/0123456789abcdef/1440.jpg> \"Мост «через» реку\")", library);
        Assert.Equal("/media/2026/12/0123456789abcdef/1440.jpg", _renderer.Images(library).Single().Url);
    }

    [Fact]
    public void Gallery_ShouldPutItsImagesInOneParagraph_AsOurGalleriesAreWritten()
    {
        var markdown = Convert("<figure class=\"wp-block-gallery\"><figure><img src=\"https://e.example/1.jpg\" alt=\"1\"><figcaption>Первый</figcaption></figure><figure><img src=\"https://e.example/2.jpg\" alt=\"2\"></figure></figure>");

        Assert.Equal("![1](<https://e.example/1.jpg> \"Первый\")\n![2](<https://e.example/2.jpg>)", markdown);
    }

    [Fact]
    public void PullQuote_ShouldBeOurQuoteInsideAQuote()
    {
        var markdown = Convert("<!-- wp:pullquote --><figure class=\"wp-block-pullquote\"><blockquote><p>Мы ждали</p><cite>Мэр</cite></blockquote></figure><!-- /wp:pullquote -->");

        Assert.StartsWith("> > Мы ждали", markdown);
        Assert.Contains("pull-quote", _renderer.ToHtml(markdown));
    }

    [Fact]
    public void Embed_ShouldBeOurEmbedLine_WhenWeKnowThePlayer_AndALinkOtherwise()
    {
        const string youTube = "<!-- wp:embed --><figure class=\"wp-block-embed\"><div class=\"wp-block-embed__wrapper\">\nhttps://www.youtube.com/watch?v=dQw4w9WgXcQ\n</div></figure>";
        Assert.Equal("https://www.youtube.com/watch?v=dQw4w9WgXcQ", Convert(youTube));
        Assert.Equal("<https://vimeo.com/1234>", Convert("[embed]https://vimeo.com/1234[/embed]"));
    }

    [Fact]
    public void ClassicText_ShouldMakeParagraphsOfBlankLines_AsWordPressDoes()
    {
        Assert.Equal("Первый абзац\\\nтот же абзац.\n\nВторой.", Convert("Первый абзац\nтот же абзац.\n\nВторой."));
    }

    [Fact]
    public void Shortcodes_ShouldBecomeFiguresAndGalleries_AndUnknownOnesStayVisible()
    {
        Assert.Equal("![Порт](<https://e.example/p.jpg> \"Порт ночью\")",
            Convert("[caption id=\"attachment_5\" width=\"300\"]<img src=\"https://e.example/p.jpg\" alt=\"Порт\"> Порт ночью[/caption]"));
        Assert.Equal("![](<https://e.example/7.jpg>)\n![](<https://e.example/8.jpg>)",
            HtmlToMarkdown.ToMarkdown(WordPressMarkup.ToHtml("[gallery ids=\"7,8,9\"]", id => id == 9 ? null : $"https://e.example/{id}.jpg")));
        Assert.Equal("\\[contact-form-7 id=\"5\"\\]", Convert("[contact-form-7 id=\"5\"]"));
    }

    [Fact]
    public void ScriptsStylesFramesAndEventAttributes_ShouldNotSurvive()
    {
        var markdown = Convert("<p onclick=\"alert(1)\">Текст<script>alert(2)</script></p><style>p{}</style><iframe src=\"https://evil.example\"></iframe><a href=\"javascript:alert(3)\">ссылка</a><img src=\"javascript:alert(4)\" alt=\"x\">");

        Assert.Equal("Текст\n\nссылкаx", markdown);
        var html = _renderer.ToHtml(markdown);
        Assert.DoesNotContain("alert", html);
        Assert.DoesNotContain("<script", html);
    }

    public static TheoryData<string> Hostile() => new(TestData.XssPayloads().Concat(TestData.NaughtyStrings()).Distinct());

    [Theory]
    [MemberData(nameof(Hostile))]
    public void HostileInput_ShouldNeverThrow_AndTheRenderedBodyShouldStaySafe(string payload)
    {
        foreach (var html in new[] { payload, $"<p>{payload}</p>", $"<figure><img src=\"{payload}\" alt=\"{payload}\"><figcaption>{payload}</figcaption></figure>" })
        {
            var rendered = new HtmlParser().ParseFragment(_renderer.ToHtml(Convert(html)), null!).OfType<IElement>()
                .SelectMany(e => e.QuerySelectorAll("*").Prepend(e)).ToList();

            Assert.DoesNotContain(rendered, e => e.LocalName is "script" or "style" or "iframe" or "object" or "embed" or "form");
            Assert.DoesNotContain(rendered.SelectMany(e => e.Attributes), a => a.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase)
                || (a.Name is "href" or "src" && !a.Value.StartsWith("https:", StringComparison.Ordinal) && !a.Value.StartsWith("http:", StringComparison.Ordinal)
                    && !a.Value.StartsWith('/') && !a.Value.StartsWith("mailto:", StringComparison.Ordinal) && !a.Value.StartsWith('#')));
        }
    }
}
