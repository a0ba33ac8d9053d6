using Vestnik.Infrastructure.Localization;

namespace Vestnik.Features.Distribution;

/// <summary>Interface strings of the distribution desk (webhooks, Telegram, shares) in both languages; a missing translation does not compile.</summary>
public sealed record DistributionText
{
    public static readonly DistributionText Ru = new()
    {
        UiLanguage = ContentLanguage.Ru,
        WebhooksTitle = "Вебхуки",
        WebhooksIntroBefore = "При публикации, изменении и снятии статьи каждый адрес получает POST с JSON, подписанный HMAC-SHA256 (заголовки",
        And = "и",
        WebhooksIntroAfter = "). Как проверять подпись — в docs/distribution.md.",
        Address = "Адрес (https://…)",
        AddressColumn = "Адрес",
        Description = "Описание",
        AddWebhook = "Добавить вебхук",
        State = "Состояние",
        Queued = "В очереди",
        NotDelivered = "Не доставлено",
        On = "включён",
        Off = "выключен",
        TelegramChannelBefore = "Новые статьи публикуются в канал",
        TelegramNotConfiguredBefore = "Не настроено: задайте",
        AllWebhooks = "← Все вебхуки",
        WebhookTitle = "Вебхук",
        Secret = "Секрет для проверки подписи",
        Disable = "Выключить",
        Enable = "Включить",
        RemoveWebhook = "Удалить вебхук и его журнал",
        DeliveryLog = "Журнал доставок",
        NoDeliveries = "Доставок пока не было.",
        Number = "№",
        Event = "Событие",
        Article = "Статья",
        Status = "Статус",
        Attempts = "Попыток",
        Response = "Ответ",
        Created = "Создана",
        Delivered = "доставлено",
        Failed = "не доставлено",
        Waiting = "в очереди",
        RetryAtFormat = "повтор в {0}",
        Resend = "Отправить ещё раз",
        SharesTitle = "Репосты",
        SharesIntroFormat = "Клики по кнопкам «Поделиться» под статьями, по соцсетям; самые расшариваемые сверху (до {0} статей).",
        NoShares = "Пока никто не делился статьями.",
        Total = "Всего",
        DescriptionTooLongFormat = "Описание длиннее {0} символов.",
        NotAUrl = "Это не адрес: нужен полный URL, например https://example.com/hooks/vestnik.",
        HttpOnly = "Поддерживаются только адреса http:// и https://.",
        NoCredentials = "Адрес не должен содержать логин и пароль.",
        UnknownHostFormat = "Имя {0} не найдено в DNS.",
        PrivateTarget = "Адрес ведёт во внутреннюю сеть или на этот сервер; такие адреса запрещены.",
    };

    public static readonly DistributionText En = new()
    {
        UiLanguage = ContentLanguage.En,
        WebhooksTitle = "Webhooks",
        WebhooksIntroBefore = "When an article is published, changed or unpublished, each address receives a POST with JSON signed with HMAC-SHA256 (headers",
        And = "and",
        WebhooksIntroAfter = "). How to check the signature: docs/distribution.md.",
        Address = "Address (https://…)",
        AddressColumn = "Address",
        Description = "Description",
        AddWebhook = "Add the webhook",
        State = "State",
        Queued = "Queued",
        NotDelivered = "Not delivered",
        On = "on",
        Off = "off",
        TelegramChannelBefore = "New articles are posted to the channel",
        TelegramNotConfiguredBefore = "Not configured: set",
        AllWebhooks = "← All webhooks",
        WebhookTitle = "Webhook",
        Secret = "Secret to check the signature",
        Disable = "Disable",
        Enable = "Enable",
        RemoveWebhook = "Delete the webhook and its log",
        DeliveryLog = "Delivery log",
        NoDeliveries = "No deliveries yet.",
        Number = "No.",
        Event = "Event",
        Article = "Article",
        Status = "Status",
        Attempts = "Attempts",
        Response = "Response",
        Created = "Created",
        Delivered = "delivered",
        Failed = "not delivered",
        Waiting = "queued",
        RetryAtFormat = "retry at {0}",
        Resend = "Send again",
        SharesTitle = "Shares",
        SharesIntroFormat = "Clicks on the Share buttons under articles, by network; the most shared first (up to {0} articles).",
        NoShares = "Nobody has shared an article yet.",
        Total = "Total",
        DescriptionTooLongFormat = "The description is longer than {0} characters.",
        NotAUrl = "This is not an address: a full URL is needed, e.g. https://example.com/hooks/vestnik.",
        HttpOnly = "Only http:// and https:// addresses are supported.",
        NoCredentials = "The address must not contain a user name and password.",
        UnknownHostFormat = "The name {0} is not in DNS.",
        PrivateTarget = "The address leads into the internal network or to this server; such addresses are not allowed.",
    };

    public required ContentLanguage UiLanguage { get; init; }
    public required string WebhooksTitle { get; init; }
    public required string WebhooksIntroBefore { get; init; }
    public required string And { get; init; }
    public required string WebhooksIntroAfter { get; init; }
    public required string Address { get; init; }
    public required string AddressColumn { get; init; }
    public required string Description { get; init; }
    public required string AddWebhook { get; init; }
    public required string State { get; init; }
    public required string Queued { get; init; }
    public required string NotDelivered { get; init; }
    public required string On { get; init; }
    public required string Off { get; init; }
    public required string TelegramChannelBefore { get; init; }
    public required string TelegramNotConfiguredBefore { get; init; }
    public required string AllWebhooks { get; init; }
    public required string WebhookTitle { get; init; }
    public required string Secret { get; init; }
    public required string Disable { get; init; }
    public required string Enable { get; init; }
    public required string RemoveWebhook { get; init; }
    public required string DeliveryLog { get; init; }
    public required string NoDeliveries { get; init; }
    public required string Number { get; init; }
    public required string Event { get; init; }
    public required string Article { get; init; }
    public required string Status { get; init; }
    public required string Attempts { get; init; }
    public required string Response { get; init; }
    public required string Created { get; init; }
    public required string Delivered { get; init; }
    public required string Failed { get; init; }
    public required string Waiting { get; init; }
    public required string RetryAtFormat { get; init; }
    public required string Resend { get; init; }
    public required string SharesTitle { get; init; }
    public required string SharesIntroFormat { get; init; }
    public required string NoShares { get; init; }
    public required string Total { get; init; }
    public required string DescriptionTooLongFormat { get; init; }
    public required string NotAUrl { get; init; }
    public required string HttpOnly { get; init; }
    public required string NoCredentials { get; init; }
    public required string UnknownHostFormat { get; init; }
    public required string PrivateTarget { get; init; }

    public static DistributionText For(ContentLanguage language) => language == ContentLanguage.En ? En : Ru;

    public string RetryAt(string time) => Format(RetryAtFormat, time);

    public string SharesIntro(int shown) => Format(SharesIntroFormat, shown);

    public string DescriptionTooLong(int max) => Format(DescriptionTooLongFormat, max);

    public string UnknownHost(string host) => Format(UnknownHostFormat, host);

    private string Format(string format, params object?[] values) => string.Format(UiLanguage.Culture(), format, values);
}
