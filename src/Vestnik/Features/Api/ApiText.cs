using System.Globalization;
using Vestnik.Features.Api.Keys;
using Vestnik.Infrastructure.Localization;

namespace Vestnik.Features.Api;

/// <summary>Interface strings of the API key page and the API reference in both languages; a missing translation does not compile.</summary>
public sealed record ApiText
{
    public static readonly ApiText Ru = new()
    {
        Language = ContentLanguage.Ru,
        Title = "Ключи API",
        Intro = "Ключ открывает API (/api/v1) приложениям, ботам и партнёрам: чтение опубликованного, а с правами на запись — создание и публикацию материалов и загрузку изображений от имени сотрудника редакции. Описание API для разработчиков — на странице",
        NewKey = "Новый ключ",
        Name = "Название",
        NameHint = "Кто или что будет пользоваться ключом, например «Мобильное приложение».",
        Origins = "Сайты, которым разрешены запросы из браузера",
        OriginsHint = "По одному на строку, например https://partner.example. Пусто — только запросы с серверов.",
        RequestsPerMinute = "Запросов в минуту",
        Create = "Создать ключ",
        CreatedNotice = "Ключ создан. Скопируйте его сейчас: он показан один раз и нигде не хранится.",
        Keys = "Ключи",
        NoKeys = "Ключей пока нет.",
        Scopes = "Права",
        Limit = "Лимит",
        Created = "Создан",
        LastUsed = "Последний запрос",
        State = "Состояние",
        Never = "не было",
        Active = "действует",
        RevokedFormat = "отозван {0}",
        Revoke = "Отозвать",
        FromServersOnly = "только с серверов",
        NameRequired = "Укажите название ключа.",
        NameTooLongFormat = "Название длиннее {0} знаков.",
        RateOutOfRangeFormat = "Лимит — от {0} до {1} запросов в минуту.",
        TooManyOriginsFormat = "Не больше {0} сайтов на ключ.",
        NotAnOriginFormat = "«{0}» — не адрес сайта вида https://example.com (без пути).",
        PerMinuteFormat = "{0} в минуту",
        ScopeContentRead = "читать опубликованное",
        ScopeArticlesWrite = "писать, отправлять и публиковать материалы",
        ScopeMediaWrite = "загружать изображения",
        ActsAs = "От чьего имени пишет ключ",
        ActsAsHint = "Ключ с правами на запись может то же, что этот сотрудник: ключ автора не публикует. Правки подписываются его именем и названием ключа.",
        ActsAsColumn = "От имени",
        ScopeRequired = "Отметьте хотя бы одно право.",
        ActsAsRequired = "Ключу с правами на запись нужен сотрудник редакции, который пишет материалы.",
        DocsTitle = "API материалов Вестника",
        DocsDocumentBefore = "Описание в формате OpenAPI 3.1 —",
        DocsDocumentAfter = "; по нему можно создать клиент для своего языка.",
        DocsKeys = "Ключ",
        DocsKeysText = "Ключ выдаёт администратор редакции. Его передают в заголовке Authorization: Bearer или X-Api-Key; ответы без ключа, с неизвестным или отозванным ключом — 401, сверх лимита запросов в минуту — 429 с заголовком Retry-After. Все отказы — документы application/problem+json (RFC 7807).",
        DocsOperations = "Операции",
        DocsParameters = "Параметры",
        DocsResponses = "Ответы",
        DocsSchemas = "Схемы",
        DocsName = "Имя",
        DocsIn = "Где",
        DocsType = "Тип",
        DocsDescription = "Описание",
        DocsStatus = "Статус",
        DocsBody = "Тело",
        DocsRequestBody = "Тело запроса",
    };

    public static readonly ApiText En = new()
    {
        Language = ContentLanguage.En,
        Title = "API keys",
        Intro = "A key opens the API (/api/v1) to apps, bots and partners: reading what is published and, with the writing scopes, creating and publishing articles and uploading images on behalf of a member of staff. The API's documentation for developers is at",
        NewKey = "New key",
        Name = "Name",
        NameHint = "Who or what will use the key, for example “Mobile app”.",
        Origins = "Sites allowed to call from a browser",
        OriginsHint = "One per line, for example https://partner.example. Empty: calls from servers only.",
        RequestsPerMinute = "Requests per minute",
        Create = "Create key",
        CreatedNotice = "The key is created. Copy it now: it is shown this once and stored nowhere.",
        Keys = "Keys",
        NoKeys = "No keys yet.",
        Scopes = "Scopes",
        Limit = "Limit",
        Created = "Created",
        LastUsed = "Last request",
        State = "State",
        Never = "never",
        Active = "active",
        RevokedFormat = "revoked {0}",
        Revoke = "Revoke",
        FromServersOnly = "servers only",
        NameRequired = "Name the key.",
        NameTooLongFormat = "The name is longer than {0} characters.",
        RateOutOfRangeFormat = "The limit is from {0} to {1} requests a minute.",
        TooManyOriginsFormat = "At most {0} sites per key.",
        NotAnOriginFormat = "“{0}” is not a site address like https://example.com (without a path).",
        PerMinuteFormat = "{0} a minute",
        ScopeContentRead = "read what is published",
        ScopeArticlesWrite = "write, submit and publish articles",
        ScopeMediaWrite = "upload images",
        ActsAs = "Writes on behalf of",
        ActsAsHint = "A key with a writing scope may do what this member of staff may: an author's key does not publish. Changes are signed with their name and the key's.",
        ActsAsColumn = "On behalf of",
        ScopeRequired = "Tick at least one scope.",
        ActsAsRequired = "A key with a writing scope needs a member of staff who writes articles.",
        DocsTitle = "Vestnik content API",
        DocsDocumentBefore = "The OpenAPI 3.1 document is at",
        DocsDocumentAfter = "; generate a client for your language from it.",
        DocsKeys = "Key",
        DocsKeysText = "Keys are issued by the newsroom's administrators. Send the key in Authorization: Bearer or in X-Api-Key; no key, an unknown or a revoked one gets 401, going over the key's requests per minute gets 429 with Retry-After. Every refusal is an application/problem+json document (RFC 7807).",
        DocsOperations = "Operations",
        DocsParameters = "Parameters",
        DocsResponses = "Responses",
        DocsSchemas = "Schemas",
        DocsName = "Name",
        DocsIn = "In",
        DocsType = "Type",
        DocsDescription = "Description",
        DocsStatus = "Status",
        DocsBody = "Body",
        DocsRequestBody = "Request body",
    };

    public required ContentLanguage Language { get; init; }
    public required string Title { get; init; }
    public required string Intro { get; init; }
    public required string NewKey { get; init; }
    public required string Name { get; init; }
    public required string NameHint { get; init; }
    public required string Origins { get; init; }
    public required string OriginsHint { get; init; }
    public required string RequestsPerMinute { get; init; }
    public required string Create { get; init; }
    public required string CreatedNotice { get; init; }
    public required string Keys { get; init; }
    public required string NoKeys { get; init; }
    public required string Scopes { get; init; }
    public required string Limit { get; init; }
    public required string Created { get; init; }
    public required string LastUsed { get; init; }
    public required string State { get; init; }
    public required string Never { get; init; }
    public required string Active { get; init; }
    /// <summary>{0} the date and time of revocation.</summary>
    public required string RevokedFormat { get; init; }
    public required string Revoke { get; init; }
    public required string FromServersOnly { get; init; }
    public required string NameRequired { get; init; }
    public required string NameTooLongFormat { get; init; }
    public required string RateOutOfRangeFormat { get; init; }
    public required string TooManyOriginsFormat { get; init; }
    public required string NotAnOriginFormat { get; init; }
    public required string PerMinuteFormat { get; init; }
    public required string ScopeContentRead { get; init; }
    public required string ScopeArticlesWrite { get; init; }
    public required string ScopeMediaWrite { get; init; }
    public required string ActsAs { get; init; }
    public required string ActsAsHint { get; init; }
    public required string ActsAsColumn { get; init; }
    public required string ScopeRequired { get; init; }
    public required string ActsAsRequired { get; init; }
    public required string DocsTitle { get; init; }
    public required string DocsDocumentBefore { get; init; }
    public required string DocsDocumentAfter { get; init; }
    public required string DocsKeys { get; init; }
    public required string DocsKeysText { get; init; }
    public required string DocsOperations { get; init; }
    public required string DocsParameters { get; init; }
    public required string DocsResponses { get; init; }
    public required string DocsSchemas { get; init; }
    public required string DocsName { get; init; }
    public required string DocsIn { get; init; }
    public required string DocsType { get; init; }
    public required string DocsDescription { get; init; }
    public required string DocsStatus { get; init; }
    public required string DocsBody { get; init; }
    public required string DocsRequestBody { get; init; }

    public static ApiText For(ContentLanguage language) => language == ContentLanguage.En ? En : Ru;

    public CultureInfo Culture => Language.Culture();

    public string NameTooLong(int max) => string.Format(Culture, NameTooLongFormat, max);

    public string RateOutOfRange(int min, int max) => string.Format(Culture, RateOutOfRangeFormat, min, max.ToString("N0", Culture));

    public string TooManyOrigins(int max) => string.Format(Culture, TooManyOriginsFormat, max);

    public string NotAnOrigin(string text) => string.Format(Culture, NotAnOriginFormat, text);

    public string Revoked(string when) => string.Format(Culture, RevokedFormat, when);

    /// <summary>What a scope lets a key do, in the admin's words.</summary>
    public string ScopeMeaning(string scope) => scope switch
    {
        ApiScopes.ArticlesWrite => ScopeArticlesWrite,
        ApiScopes.MediaWrite => ScopeMediaWrite,
        _ => ScopeContentRead,
    };

    public string PerMinute(int requests) => string.Format(Culture, PerMinuteFormat, requests.ToString("N0", Culture));
}
