namespace Vestnik.Features.Distribution.Telegram;

/// <summary>The <c>Telegram</c> configuration section: post new articles to a channel through a bot.</summary>
public sealed class TelegramOptions
{
    public const string Section = "Telegram";

    /// <summary>The bot's token from @BotFather; the bot must be an admin of the channel.</summary>
    public string? BotToken { get; set; }

    /// <summary>The channel, as <c>@channelname</c> or its numeric id (<c>-100…</c>).</summary>
    public string? ChannelId { get; set; }

    /// <summary>The Bot API server; a self-hosted Bot API server or a test double can stand in.</summary>
    public string ApiBaseUrl { get; set; } = "https://api.telegram.org";

    public bool IsConfigured => !string.IsNullOrWhiteSpace(BotToken) && !string.IsNullOrWhiteSpace(ChannelId);
}
