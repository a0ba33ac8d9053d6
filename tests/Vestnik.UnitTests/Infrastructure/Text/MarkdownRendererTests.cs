using Vestnik.Infrastructure.Text;
using Vestnik.Testing;

namespace Vestnik.UnitTests.Infrastructure.Text;

public sealed class MarkdownRendererTests
{
    private readonly MarkdownRenderer _renderer = new();

    [Fact]
    public void ToHtml_ShouldRenderArticleMarkdown()
    {
        var html = _renderer.ToHtml("## Итоги\n\nТекст с **акцентом** и [ссылкой](https://example.org).\n\n> Цитата эксперта\n\n- один\n- два");

        Assert.Contains("<h2>Итоги</h2>", html);
        Assert.Contains("<strong>акцентом</strong>", html);
        Assert.Contains("<a href=\"https://example.org\" rel=\"noopener noreferrer\">ссылкой</a>", html);
        Assert.Contains("<blockquote>", html);
        Assert.Contains("<li>два</li>", html);
    }

    [Fact]
    public void ToHtml_ShouldSetAQuoteInsideAQuote_AsAPullQuote()
    {
        var html = _renderer.ToHtml("Текст.\n\n> > Мост построили за **два** года.\n\nДальше.");

        Assert.Contains("<aside class=\"pull-quote\">\n<p>Мост построили за <strong>два</strong> года.</p>\n</aside>", html);
        Assert.DoesNotContain("<blockquote>", html);
    }

    [Theory]
    [InlineData("> Обычная цитата.")]
    [InlineData("> Цитата\n>\n> > и цитата в ней.")]
    public void ToHtml_ShouldKeepOtherQuotes_AsQuotes(string markdown)
    {
        var html = _renderer.ToHtml(markdown);

        Assert.Contains("<blockquote>", html);
        Assert.DoesNotContain("pull-quote", html);
    }

    [Theory]
    [InlineData("<script>alert(1)</script>")]
    [InlineData("<img src=x onerror=alert(1)>")]
    [InlineData("[click](javascript:alert(1))")]
    [InlineData("<iframe src=\"https://evil.example\"></iframe>")]
    [InlineData("<a href=\"#\" onclick=\"alert(1)\">x</a>")]
    [InlineData("![x](https://evil.example/x.png \"onerror=alert(1)\")")]
    [InlineData("<svg/onload=alert(1)>")]
    public void ToHtml_ShouldNeverEmitActiveContent_WhenMarkdownContainsHtmlOrScriptLinks(string markdown)
    {
        var html = _renderer.ToHtml(markdown);

        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<iframe", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<svg", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("javascript:", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotMatch("<[^>]+\\son[a-z]+=", html);
    }

    [Fact]
    public void ToHtml_ShouldSurviveEveryXssPayloadOfTheSharedLists()
    {
        foreach (var payload in TestData.XssPayloads())
        {
            // Judge the markup as a browser parses it: escaped text that merely looks like a tag is harmless.
            var document = Html.Parse(_renderer.ToHtml(payload));
            Assert.Empty(document.QuerySelectorAll("script, iframe, object, embed, img, svg, style, form"));
            foreach (var element in document.All)
            {
                Assert.DoesNotContain(element.Attributes, a => a.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase) || a.Name == "style");
                var href = element.GetAttribute("href")?.Trim();
                Assert.False(href is not null && !href.StartsWith("http", StringComparison.OrdinalIgnoreCase) && !href.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase) && !href.StartsWith('#') && href.Contains(':'), href);
            }
        }
    }

    [Fact]
    public void ToPlainText_ShouldDropMarkup()
    {
        Assert.Equal("Заголовок\nТекст жирный.", _renderer.ToPlainText("# Заголовок\n\nТекст **жирный**."));
    }
}
