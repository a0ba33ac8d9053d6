using Vestnik.Infrastructure.Text.Embeds;

namespace Vestnik.UnitTests.Infrastructure.Text.Embeds;

public sealed class EmbedLinksTests
{
    [Theory]
    [InlineData("https://t.me/durov/123", EmbedProvider.Telegram, "durov/123", "https://t.me/durov/123?embed=1")]
    [InlineData("https://telegram.me/rian_ru/250000/", EmbedProvider.Telegram, "rian_ru/250000", "https://t.me/rian_ru/250000?embed=1")]
    [InlineData("https://www.youtube.com/watch?v=dQw4w9WgXcQ", EmbedProvider.YouTube, "dQw4w9WgXcQ", "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ")]
    [InlineData("https://youtube.com/watch?feature=share&v=dQw4w9WgXcQ&t=42", EmbedProvider.YouTube, "dQw4w9WgXcQ", "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ")]
    [InlineData("https://youtu.be/dQw4w9WgXcQ?si=abc", EmbedProvider.YouTube, "dQw4w9WgXcQ", "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ")]
    [InlineData("https://www.youtube.com/shorts/a1B2c3D4e5_", EmbedProvider.YouTube, "a1B2c3D4e5_", "https://www.youtube-nocookie.com/embed/a1B2c3D4e5_")]
    [InlineData("https://vk.com/video-22822305_456242096", EmbedProvider.VkVideo, "-22822305_456242096", "https://vkvideo.ru/video_ext.php?oid=-22822305&id=456242096")]
    [InlineData("https://vkvideo.ru/video-22822305_456242096", EmbedProvider.VkVideo, "-22822305_456242096", "https://vkvideo.ru/video_ext.php?oid=-22822305&id=456242096")]
    [InlineData("https://vk.com/video1234_5678", EmbedProvider.VkVideo, "1234_5678", "https://vkvideo.ru/video_ext.php?oid=1234&id=5678")]
    [InlineData("https://x.com/elonmusk/status/1234567890123456789", EmbedProvider.X, "1234567890123456789", "https://platform.twitter.com/embed/Tweet.html?id=1234567890123456789")]
    [InlineData("https://twitter.com/jack/status/20", EmbedProvider.X, "20", "https://platform.twitter.com/embed/Tweet.html?id=20")]
    [InlineData("https://rutube.ru/video/c6cc4d620b1d4338901770a44b3e82f4/", EmbedProvider.Rutube, "c6cc4d620b1d4338901770a44b3e82f4", "https://rutube.ru/play/embed/c6cc4d620b1d4338901770a44b3e82f4")]
    public void Recognize_ShouldGiveProviderIdAndPlayer_WhenTheAddressIsASupportedPostOrVideo(string url, EmbedProvider provider, string id, string frame)
    {
        var embed = EmbedLinks.Recognize(url);

        Assert.NotNull(embed);
        Assert.Equal(provider, embed.Provider);
        Assert.Equal(id, embed.Id);
        Assert.Equal(frame, embed.FrameUrl);
        Assert.Equal(url, embed.Url);
    }

    [Theory]
    [InlineData("https://t.me.evil.com/durov/123")]
    [InlineData("https://evilt.me/durov/123")]
    [InlineData("https://t.me@evil.com/durov/123")]
    [InlineData("https://youtube.com@evil.com/watch?v=dQw4w9WgXcQ")]
    [InlineData("https://evil.com/?x=https://youtube.com/watch?v=dQw4w9WgXcQ")]
    [InlineData("https://www.youtube.com.evil.com/watch?v=dQw4w9WgXcQ")]
    [InlineData("https://t.me:8443/durov/123")]
    [InlineData("javascript://t.me/durov/123")]
    [InlineData("ftp://t.me/durov/123")]
    [InlineData("t.me/durov/123")]
    [InlineData(" https://t.me/durov/123")]
    [InlineData("https://t.me/durov")]
    [InlineData("https://t.me/c/1234567/89")]
    [InlineData("https://t.me/durov/12x")]
    [InlineData("https://t.me/durov/123/456")]
    [InlineData("https://www.youtube.com/watch?v=short")]
    [InlineData("https://www.youtube.com/watch?v=dQw4w9WgXcQ&v=a1B2c3D4e5_")]
    [InlineData("https://www.youtube.com/watch?v=dQw4w9WgXcQ\"onload=x")]
    [InlineData("https://youtu.be/dQw4w9WgXcQ/extra")]
    [InlineData("https://vk.com/video-22822305")]
    [InlineData("https://vk.com/wall-22822305_456")]
    [InlineData("https://x.com/elonmusk")]
    [InlineData("https://x.com/a_name_far_too_long/status/123")]
    [InlineData("https://rutube.ru/video/not-an-id/")]
    [InlineData("https://rutube.ru/channel/123/")]
    [InlineData("")]
    [InlineData(null)]
    public void Recognize_ShouldRefuse_WhenTheAddressIsALookAlikeOrNotAPostOrVideo(string? url)
    {
        Assert.Null(EmbedLinks.Recognize(url));
    }

    [Fact]
    public void FrameOrigins_ShouldHoldTheOriginOfEveryPlayer()
    {
        string[] samples =
        [
            "https://t.me/durov/1", "https://youtu.be/dQw4w9WgXcQ", "https://vk.com/video-1_2",
            "https://x.com/jack/status/20", "https://rutube.ru/video/c6cc4d620b1d4338901770a44b3e82f4/",
        ];

        foreach (var sample in samples)
        {
            var frame = new Uri(EmbedLinks.Recognize(sample)!.FrameUrl);
            Assert.Contains(frame.GetLeftPart(UriPartial.Authority), EmbedLinks.FrameOrigins);
        }
    }
}
