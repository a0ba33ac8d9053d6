namespace Vestnik.Features.Distribution.Sharing;

/// <summary>A network the share bar offers, and how its own share dialog takes a URL and a headline.</summary>
public sealed record ShareNetwork(string Key, string Name, Func<string, string, string> ShareUrl);

public static class ShareNetworks
{
    /// <summary>In the order the bar shows them. Parameters are percent-encoded with RFC 3986 rules.</summary>
    public static readonly IReadOnlyList<ShareNetwork> All =
    [
        new("vk", "VK", (url, title) => $"https://vk.com/share.php?url={E(url)}&title={E(title)}"),
        new("x", "X", (url, title) => $"https://x.com/intent/post?url={E(url)}&text={E(title)}"),
        new("ok", "OK", (url, title) => $"https://connect.ok.ru/offer?url={E(url)}&title={E(title)}"),
        // WhatsApp takes one text: the headline, then the link on its own line so the app previews it.
        new("whatsapp", "WhatsApp", (url, title) => $"https://wa.me/?text={E(title + "\n" + url)}"),
        new("telegram", "Telegram", (url, title) => $"https://t.me/share/url?url={E(url)}&text={E(title)}"),
    ];

    public static ShareNetwork? Find(string key) => All.FirstOrDefault(n => n.Key == key);

    private static string E(string value) => Uri.EscapeDataString(value);
}
