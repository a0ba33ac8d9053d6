using System.Text.Json;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Vestnik.Features.Import.Conversion;
using Vestnik.Infrastructure.Text;
using Vestnik.Testing;

namespace Vestnik.UnitTests.Features.Import;

/// <summary>Every Lexical node and mobiledoc section, markup, atom and card Ghost writes, as our Markdown and rendered back.</summary>
public sealed class GhostConversionTests
{
    private readonly MarkdownRenderer _renderer = new();
    private readonly List<string> _unknown = [];

    private GhostCards Cards() => new(url => url.Replace("__GHOST_URL__", "https://old.example", StringComparison.Ordinal), _unknown.Add);

    private static string Json(object value) => JsonSerializer.Serialize(value);

    private string Lexical(params object[] children) =>
        HtmlToMarkdown.ToMarkdown(GhostLexical.ToHtml(Json(new { root = new { type = "root", children } }), Cards()));

    private static object Text(string text, int format = 0) => new { type = "extended-text", text, format };

    private static object Paragraph(params object[] children) => new { type = "paragraph", children };

    [Fact]
    public void Lexical_ShouldWriteParagraphsHeadingsFormatsLinksAndBreaks()
    {
        var markdown = Lexical(
            new { type = "extended-heading", tag = "h2", children = new[] { Text("Заголовок") } },
            new { type = "heading", tag = "h3", children = new[] { Text("Подзаголовок") } },
            Paragraph(Text("жирный", 1), Text(" и "), Text("курсив", 2), Text(" "), Text("нет", 4), Text(" "), Text("a*b", 16)),
            Paragraph(Text("строка"), new { type = "linebreak" }, Text("следующая")),
            Paragraph(new { type = "link", url = "__GHOST_URL__/drugaya-zametka/", children = new[] { Text("ссылка") } }));

        Assert.Equal(
            "## Заголовок\n\n### Подзаголовок\n\n**жирный** и *курсив* ~~нет~~ `a*b`\n\nстрока\\\nследующая\n\n[ссылка](<https://old.example/drugaya-zametka/>)",
            markdown);
    }

    [Fact]
    public void Lexical_ShouldWriteListsQuotesAndRules()
    {
        var markdown = Lexical(
            new { type = "list", listType = "bullet", tag = "ul", children = new object[]
            {
                new { type = "listitem", children = new[] { Text("один") } },
                new { type = "listitem", children = new object[] { Text("два"), new { type = "list", listType = "number", tag = "ol", children = new[] { new { type = "listitem", children = new[] { Text("вложенный") } } } } } },
            } },
            new { type = "list", listType = "number", tag = "ol", start = 3, children = new[] { new { type = "listitem", children = new[] { Text("три") } } } },
            new { type = "quote", children = new[] { Text("Цитата") } },
            new { type = "aside", children = new[] { Text("Врезка") } },
            new { type = "horizontalrule" });

        Assert.Equal("- один\n- два\n\n  1. вложенный\n\n3. три\n\n> Цитата\n\n> Врезка\n\n---", markdown);
    }

    [Fact]
    public void LexicalCards_ShouldWriteImagesGalleriesEmbedsBookmarksCodeAndHtml()
    {
        var markdown = Lexical(
            new { type = "image", src = "__GHOST_URL__/content/images/2026/11/port.jpg", alt = "Порт", caption = "Порт <b>утром</b>" },
            new { type = "gallery", images = new[] { new { src = "https://cdn.example/a.jpg", alt = "А", caption = "Первая" }, new { src = "https://cdn.example/b.jpg", alt = "Б", caption = "" } }, caption = "Галерея" },
            new { type = "embed", url = "https://www.youtube.com/watch?v=dQw4w9WgXcQ", html = "<iframe src=\"https://www.youtube.com/embed/dQw4w9WgXcQ\"></iframe>", caption = "" },
            new { type = "bookmark", url = "https://example.org/story", metadata = new { title = "История", description = "Описание <script>x</script>" }, caption = "" },
            new { type = "codeblock", code = "var x = 1;", language = "csharp", caption = "" },
            new { type = "html", html = "<p>Из <em>HTML</em></p><script>alert(1)</script>" },
            new { type = "markdown", markdown = "**Markdown** card" },
            new { type = "callout", calloutEmoji = "💡", calloutText = "<b>Важно</b>" },
            new { type = "toggle", heading = "Вопрос", content = "<p>Ответ</p>" },
            new { type = "button", buttonText = "Подписаться", buttonUrl = "https://example.org/subscribe" },
            new { type = "paywall" });

        Assert.Equal(string.Join("\n\n",
            "![Порт](<https://old.example/content/images/2026/11/port.jpg> \"Порт утром\")",
            "![А](<https://cdn.example/a.jpg> \"Первая\")\n![Б](<https://cdn.example/b.jpg>)",
            "Галерея",
            "https://www.youtube.com/watch?v=dQw4w9WgXcQ",
            "[История](<https://example.org/story>)",
            "Описание \\<script\\>x\\</script\\>",
            "```csharp\nvar x = 1;\n```",
            "Из *HTML*",
            "**Markdown** card",
            "> 💡 **Важно**",
            "**Вопрос**",
            "Ответ",
            "[Подписаться](<https://example.org/subscribe>)"), markdown);
        Assert.Empty(_unknown);
    }

    [Fact]
    public void UnknownCard_ShouldStayAsAVisibleNote_AndBeReported()
    {
        var markdown = Lexical(Paragraph(Text("До")), new { type = "product", productTitle = "Товар" }, Paragraph(Text("После")));

        Assert.Equal("До\n\n\\[Ghost card \"product\" not imported\\]\n\nПосле", markdown);
        Assert.Equal(["product"], _unknown);
    }

    [Fact]
    public void DeepLexicalTree_ShouldBeCutRatherThanOverflow()
    {
        var quotes = string.Concat(Enumerable.Repeat("{\"type\":\"quote\",\"children\":[", 100));
        var lexical = "{\"root\":{\"type\":\"root\",\"children\":[" + quotes + "{\"type\":\"text\",\"text\":\"глубоко\"}" + string.Concat(Enumerable.Repeat("]}", 100)) + "]}}";

        var html = GhostLexical.ToHtml(lexical, Cards());

        Assert.DoesNotContain("глубоко", html, StringComparison.Ordinal);
    }

    private static readonly int[] None = [];

    private string Mobiledoc(object document) => HtmlToMarkdown.ToMarkdown(GhostMobiledoc.ToHtml(Json(document), Cards()));

    [Fact]
    public void Mobiledoc_ShouldWriteSectionsMarkupsAtomsListsAndCards()
    {
        var markdown = Mobiledoc(new
        {
            version = "0.3.1",
            atoms = new object[] { new object[] { "soft-return", "", new { } } },
            markups = new object[] { new object[] { "strong" }, new object[] { "a", new[] { "href", "__GHOST_URL__/tag/gorod/" } }, new object[] { "script" } },
            cards = new object[]
            {
                new object[] { "image", new { src = "https://cdn.example/photo.jpg", alt = "Фото", caption = "Подпись" } },
                new object[] { "markdown", new { markdown = "## Из Markdown" } },
                new object[] { "hr", new { } },
                new object[] { "signup", new { } },
            },
            sections = new object[]
            {
                new object[] { 1, "h2", new object[] { new object[] { 0, None, 0, "Заголовок" } } },
                new object[] { 1, "p", new object[]
                {
                    new object[] { 0, new[] { 0 }, 1, "жирный" },
                    new object[] { 0, None, 0, " и " },
                    new object[] { 0, new[] { 1 }, 1, "ссылка" },
                    new object[] { 1, None, 0, 0 },
                    new object[] { 0, new[] { 2 }, 1, "дальше" },
                } },
                new object[] { 1, "blockquote", new object[] { new object[] { 0, None, 0, "Цитата" } } },
                new object[] { 3, "ol", new object[] { new object[] { new object[] { 0, None, 0, "один" } }, new object[] { new object[] { 0, None, 0, "два" } } } },
                new object[] { 10, 0 },
                new object[] { 10, 1 },
                new object[] { 10, 2 },
                new object[] { 10, 3 },
                new object[] { 10, 99 },
                new object[] { 2, "https://cdn.example/section.jpg" },
            },
        });

        Assert.Equal(string.Join("\n\n",
            "## Заголовок",
            "**жирный** и [ссылка](<https://old.example/tag/gorod/>)\\\nдальше",
            "> Цитата",
            "1. один\n2. два",
            "![Фото](<https://cdn.example/photo.jpg> \"Подпись\")",
            "## Из Markdown",
            "---",
            "\\[Ghost card \"signup\" not imported\\]",
            "![](<https://cdn.example/section.jpg>)"), markdown);
        Assert.Equal(["signup"], _unknown);
    }

    [Theory]
    [InlineData("{")]
    [InlineData("[1,")]
    public void BrokenDocuments_ShouldBeReportedAsJsonErrors(string text)
    {
        Assert.ThrowsAny<JsonException>(() => GhostLexical.ToHtml(text, Cards()));
        Assert.ThrowsAny<JsonException>(() => GhostMobiledoc.ToHtml(text, Cards()));
    }

    [Theory]
    [InlineData("[]")]
    [InlineData("{\"root\":42}")]
    [InlineData("{\"sections\":[[1],[10,\"x\"],[3,\"ul\",5],[\"p\"]],\"markups\":[[5]],\"cards\":[[7]]}")]
    public void OddDocuments_ShouldGiveNoText(string text)
    {
        Assert.Equal("", HtmlToMarkdown.ToMarkdown(GhostLexical.ToHtml(text, Cards())));
        Assert.Equal("", HtmlToMarkdown.ToMarkdown(GhostMobiledoc.ToHtml(text, Cards())));
    }

    public static TheoryData<string> Hostile() => new(TestData.XssPayloads().Concat(TestData.NaughtyStrings()).Distinct());

    [Theory]
    [MemberData(nameof(Hostile))]
    public void HostileInput_ShouldNeverThrow_AndTheRenderedBodyShouldStaySafe(string payload)
    {
        var lexical = Json(new
        {
            root = new
            {
                children = new object[]
                {
                    Paragraph(Text(payload), new { type = "link", url = payload, children = new[] { Text(payload) } }),
                    new { type = "heading", tag = payload, children = new[] { Text(payload, 255) } },
                    new { type = "image", src = payload, alt = payload, caption = payload },
                    new { type = "html", html = payload },
                    new { type = "markdown", markdown = payload },
                    new { type = "embed", url = payload, caption = payload },
                    new { type = "bookmark", url = payload, metadata = new { title = payload, description = payload } },
                    new { type = "callout", calloutText = payload, calloutEmoji = payload },
                    new { type = "codeblock", code = payload, language = payload },
                    new { type = payload },
                },
            },
        });
        var mobiledoc = Json(new
        {
            markups = new object[] { new object[] { "a", new[] { "href", payload } }, new object[] { payload } },
            atoms = new object[] { new object[] { payload, payload, new { } } },
            cards = new object[] { new object[] { "html", new { html = payload } }, new object[] { payload, new { } } },
            sections = new object[]
            {
                new object[] { 1, payload, new object[] { new object[] { 0, new[] { 0, 1 }, 2, payload }, new object[] { 1, None, 0, 0 } } },
                new object[] { 10, 0 }, new object[] { 10, 1 }, new object[] { 2, payload },
            },
        });

        foreach (var html in new[] { GhostLexical.ToHtml(lexical, Cards()), GhostMobiledoc.ToHtml(mobiledoc, Cards()) })
        {
            var rendered = new HtmlParser().ParseFragment(_renderer.ToHtml(HtmlToMarkdown.ToMarkdown(html)), null!).OfType<IElement>()
                .SelectMany(e => e.QuerySelectorAll("*").Prepend(e)).ToList();

            Assert.DoesNotContain(rendered, e => e.LocalName is "script" or "style" or "iframe" or "object" or "embed" or "form");
            Assert.DoesNotContain(rendered.SelectMany(e => e.Attributes), a => a.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase)
                || (a.Name is "href" or "src" && !a.Value.StartsWith("https:", StringComparison.Ordinal) && !a.Value.StartsWith("http:", StringComparison.Ordinal)
                    && !a.Value.StartsWith('/') && !a.Value.StartsWith("mailto:", StringComparison.Ordinal) && !a.Value.StartsWith('#')));
        }
    }
}
