using Vestnik.Infrastructure.Text;

namespace Vestnik.Tests.Infrastructure.Text;

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
        foreach (var payload in SharedData.XssPayloads())
        {
            var html = _renderer.ToHtml(payload);
            Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotMatch("<[^>]+\\son[a-z]+\\s*=", html);
            Assert.DoesNotMatch("(href|src)=\"\\s*(javascript|vbscript|data):", html);
        }
    }

    [Fact]
    public void ToPlainText_ShouldDropMarkup()
    {
        Assert.Equal("Заголовок\nТекст жирный.", _renderer.ToPlainText("# Заголовок\n\nТекст **жирный**."));
    }
}
