using Vestnik.Infrastructure.Text;
using Vestnik.Infrastructure.Text.Embeds;

namespace Vestnik.UnitTests.Infrastructure.Text.Embeds;

public sealed class EmbedRenderingTests
{
    private readonly MarkdownRenderer _renderer = new();

    [Theory]
    [InlineData("Вступление.\n\nhttps://t.me/durov/123\n\nИтог.")]
    [InlineData("Вступление.\n\n<https://t.me/durov/123>\n\nИтог.")]
    public void ToHtml_ShouldRenderACardWithTheOriginalLinkAndNoProviderResource_WhenAParagraphIsOnlyASupportedAddress(string markdown)
    {
        var html = _renderer.ToHtml(markdown);

        Assert.Contains("<div class=\"embed embed--telegram\" data-embed-frame=\"https://t.me/durov/123?embed=1\">", html);
        Assert.Contains("<p class=\"embed__provider\">Telegram</p>", html);
        Assert.Contains("<a href=\"https://t.me/durov/123\" rel=\"noopener noreferrer\">https://t.me/durov/123</a>", html);
        Assert.Contains("<p>Вступление.</p>", html);
        Assert.DoesNotContain("<iframe", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void ToHtml_ShouldEscapeThePlayerAddress_WhenItCarriesAQuery()
    {
        var html = _renderer.ToHtml("https://vk.com/video-22822305_456242096");

        Assert.Contains("data-embed-frame=\"https://vkvideo.ru/video_ext.php?oid=-22822305&amp;id=456242096\"", html);
        Assert.Contains("<p class=\"embed__provider\">VK Video</p>", html);
    }

    [Theory]
    [InlineData("Смотрите https://t.me/durov/123")]
    [InlineData("https://t.me/durov/123.")]
    [InlineData("[пост](https://t.me/durov/123)")]
    [InlineData("> https://t.me/durov/123")]
    [InlineData("- https://t.me/durov/123")]
    [InlineData("https://t.me.evil.com/durov/123")]
    [InlineData("https://example.org/video/1")]
    public void ToHtml_ShouldKeepAPlainLink_WhenTheAddressIsNotAloneInATopLevelParagraphOrNotSupported(string markdown)
    {
        var html = _renderer.ToHtml(markdown);

        Assert.DoesNotContain("embed", html);
        Assert.Contains("<a href=", html);
    }

    [Fact]
    public void ToLinks_ShouldLeaveOnlyTheOriginalLink_WhenTheBodyHasEmbedCards()
    {
        var html = _renderer.ToHtml("Начало.\n\nhttps://youtu.be/dQw4w9WgXcQ\n\n<https://t.me/durov/123>");

        var links = EmbedCards.ToLinks(html);

        Assert.Contains("<p>Начало.</p>", links);
        Assert.Contains("<p><a href=\"https://youtu.be/dQw4w9WgXcQ\" rel=\"noopener noreferrer\">https://youtu.be/dQw4w9WgXcQ</a></p>", links);
        Assert.Contains("<p><a href=\"https://t.me/durov/123\" rel=\"noopener noreferrer\">https://t.me/durov/123</a></p>", links);
        Assert.DoesNotContain("embed", links);
        Assert.DoesNotContain("YouTube<", links);
        Assert.DoesNotContain("youtube-nocookie", links);
    }

    [Fact]
    public void ToLinks_ShouldReturnTheBodyUnchanged_WhenItHasNoEmbed()
    {
        const string html = "<p>Текст <a href=\"https://example.org\">ссылка</a></p>\n";

        Assert.Same(html, EmbedCards.ToLinks(html));
    }
}
