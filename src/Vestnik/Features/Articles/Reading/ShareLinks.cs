namespace Vestnik.Features.Articles.Reading;

/// <summary>A link that opens a network's own share dialog with the article's URL and headline.</summary>
public sealed record ShareLink(string Network, string Name, string Url);

public static class ShareLinks
{
    /// <summary>Share URLs for VK, X, OK, WhatsApp and Telegram, each with its parameters percent-encoded.</summary>
    public static IReadOnlyList<ShareLink> For(string canonicalUrl, string title)
    {
        var url = Uri.EscapeDataString(canonicalUrl);
        var text = Uri.EscapeDataString(title);
        return
        [
            new("vk", "VK", $"https://vk.com/share.php?url={url}&title={text}"),
            new("x", "X", $"https://x.com/intent/post?url={url}&text={text}"),
            new("ok", "OK", $"https://connect.ok.ru/offer?url={url}&title={text}"),
            new("whatsapp", "WhatsApp", $"https://wa.me/?text={Uri.EscapeDataString(title + " " + canonicalUrl)}"),
            new("telegram", "Telegram", $"https://t.me/share/url?url={url}&text={text}"),
        ];
    }
}
