namespace Vestnik.Infrastructure.Text.Embeds;

/// <summary>The sites whose posts and videos an article can embed: what Russian news quotes most.</summary>
public enum EmbedProvider
{
    Telegram,
    YouTube,
    VkVideo,
    X,
    Rutube,
}

/// <summary>
/// A recognised post or video: the link as the editor wrote it (what readers without JavaScript and feed readers
/// follow) and the provider's player address, loaded only when the reader asks for it.
/// </summary>
public sealed record Embed(EmbedProvider Provider, string Id, string Url, string FrameUrl)
{
    /// <summary>The provider's own name, the same in both languages.</summary>
    public string ProviderName => Provider switch
    {
        EmbedProvider.Telegram => "Telegram",
        EmbedProvider.YouTube => "YouTube",
        EmbedProvider.VkVideo => "VK Video",
        EmbedProvider.X => "X",
        EmbedProvider.Rutube => "Rutube",
        _ => throw new ArgumentOutOfRangeException(nameof(Provider), Provider, null),
    };

    /// <summary>The CSS modifier of the provider's card: posts and videos take different shapes.</summary>
    public string CssName => Provider.ToString().ToLowerInvariant();
}
