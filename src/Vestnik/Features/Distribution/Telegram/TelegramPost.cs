using System.Text.Json;

namespace Vestnik.Features.Distribution.Telegram;

/// <summary>The body of a Bot API <c>sendMessage</c> call: the headline in bold, the dek, and the link (whose preview Telegram shows).</summary>
public static class TelegramPost
{
    /// <summary>Telegram's limit for a message's text.</summary>
    public const int MaxTextLength = 4096;

    public static string Serialize(string chatId, string headline, string dek, string url)
    {
        var text = $"<b>{Escape(headline)}</b>";
        if (!string.IsNullOrWhiteSpace(dek))
        {
            text += "\n\n" + Escape(dek);
        }
        text += "\n\n" + Escape(url);
        if (text.Length > MaxTextLength)
        {
            text = $"<b>{Escape(headline)}</b>\n\n{Escape(url)}";
        }
        return JsonSerializer.Serialize(new Dictionary<string, object>
        {
            ["chat_id"] = chatId,
            ["text"] = text,
            ["parse_mode"] = "HTML",
        });
    }

    /// <summary>Telegram's HTML mode needs only these three escaped; other characters stay readable as they are.</summary>
    private static string Escape(string text) =>
        text.Replace("&", "&amp;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal).Replace(">", "&gt;", StringComparison.Ordinal);
}
