using Vestnik.Infrastructure.Localization;

namespace Vestnik.Features.Inbox;

/// <summary>Interface strings of the foreign-press desk in both languages; a missing translation does not compile.</summary>
public sealed record InboxText
{
    public static readonly InboxText Ru = new()
    {
        UiLanguage = ContentLanguage.Ru,
        NewStories = "Новые сюжеты во входящих",
        Title = "Входящие",
        PageTitle = "Входящие: зарубежная пресса",
        Sources = "Источники",
        FilterLabel = "Фильтр входящих",
        Outlet = "Издание",
        AllOutlets = "все",
        Language = "Язык",
        AnyLanguage = "любой",
        Word = "Слово",
        From = "С",
        To = "По",
        Show = "Показать",
        ShowFresh = "новые",
        ShowAll = "все, кроме скрытых",
        ShowIgnored = "скрытые",
        Apply = "Применить",
        NothingNewBefore = "Ничего нового. Добавьте ленты на странице «",
        NothingNewAfter = "» или измените фильтр.",
        SameStoryFormat = "Та же история: ещё {0}",
        Pages = "Страницы",
        Newer = "← Новее",
        Older = "Старше →",
        NoDate = "(лента не указала дату)",
        RetoldOpen = "Пересказ уже есть — открыть",
        Retell = "Пересказать",
        MarkSeen = "Просмотрено",
        Ignore = "Скрыть",
        Restore = "Вернуть",
        BadFilter = "Фильтр не распознан: проверьте даты (ГГГГ-ММ-ДД) и длину запроса.",
        NoSection = "Чтобы пересказать материал, сначала создайте хотя бы одну рубрику в каталоге.",
        SourcesPageTitle = "Источники входящих",
        BackToInbox = "← Входящие",
        NewFeed = "Новая лента",
        FeedUrl = "Адрес ленты (RSS, Atom или JSON Feed)",
        OutletAsSigned = "Издание, как оно будет подписано в заголовке",
        FeedLanguage = "Язык (код ISO 639-1; пусто — определять автоматически)",
        PollInterval = "Интервал опроса, минут",
        Add = "Добавить",
        TestFeed = "Проверить ленту",
        FeedTest = "Проверка ленты",
        FeedProblem = "Ленту не удалось прочитать:",
        PreviewFormat = "«{0}»: материалов — {1}{2}. Будет импортировано, например:",
        PreviewLanguageFormat = ", язык {0}",
        SubscriptionsFormat = "Подписки ({0})",
        Feed = "Лента",
        State = "Состояние",
        LastSuccess = "Последний успех",
        Items = "Материалы",
        Actions = "Действия",
        EveryMinutesFormat = "каждые {0} мин.",
        Disabled = "выключена; ",
        NotPolledYet = "ещё не опрошена",
        Working = "работает",
        NotModified = "без изменений (304)",
        FailingFormat = "ошибка ×{0}",
        NextPoll = "следующий опрос:",
        ItemsFormat = "{0} в ленте, {1} новых",
        PollNow = "Опросить",
        Disable = "Выключить",
        Enable = "Включить",
        Delete = "Удалить",
        DownloadOpml = "Скачать список подписок (OPML)",
        ImportOpml = "Импортировать из OPML (до 1 МБ)",
        Import = "Импортировать",
        AddedFormat = "Лента «{0}» добавлена; первые материалы появятся в течение минуты.",
        PollSoon = "Лента будет опрошена в ближайшую минуту.",
        DeletedFormat = "Лента «{0}» удалена вместе с её материалами во входящих; черновики пересказов остаются.",
        ChooseOpml = "Выберите файл OPML.",
        OpmlTooLarge = "Файл OPML больше 1 МБ.",
        NotOpml = "Это не файл OPML, или он повреждён.",
        ImportedFormat = "Импорт OPML: добавлено {0}, уже были {1}, пропущено с ошибками {2}.",
        UrlRequired = "Укажите адрес ленты.",
        UrlTooLong = "Адрес ленты слишком длинный.",
        UrlNotHttp = "Нужен адрес ленты, начинающийся с http:// или https://.",
        OutletRequired = "Укажите название издания (до 200 знаков).",
        LanguageCode = "Язык — двухбуквенный код ISO 639-1 (en, de, fr) или пусто для автоопределения.",
        IntervalRangeFormat = "Интервал опроса — от {0} до {1} минут.",
        AlreadySubscribed = "Эта лента уже есть в списке источников.",
    };

    public static readonly InboxText En = new()
    {
        UiLanguage = ContentLanguage.En,
        NewStories = "New stories in the inbox",
        Title = "Inbox",
        PageTitle = "Inbox: the foreign press",
        Sources = "Sources",
        FilterLabel = "Inbox filter",
        Outlet = "Outlet",
        AllOutlets = "all",
        Language = "Language",
        AnyLanguage = "any",
        Word = "Word",
        From = "From",
        To = "To",
        Show = "Show",
        ShowFresh = "new",
        ShowAll = "all but hidden",
        ShowIgnored = "hidden",
        Apply = "Apply",
        NothingNewBefore = "Nothing new. Add feeds on the ",
        NothingNewAfter = " page or change the filter.",
        SameStoryFormat = "Same story: {0} more",
        Pages = "Pages",
        Newer = "← Newer",
        Older = "Older →",
        NoDate = "(the feed gave no date)",
        RetoldOpen = "Already retold — open",
        Retell = "Retell",
        MarkSeen = "Seen",
        Ignore = "Hide",
        Restore = "Restore",
        BadFilter = "The filter could not be read: check the dates (YYYY-MM-DD) and the length of the query.",
        NoSection = "To retell a story, first create at least one section in the catalog.",
        SourcesPageTitle = "Inbox sources",
        BackToInbox = "← Inbox",
        NewFeed = "New feed",
        FeedUrl = "Feed address (RSS, Atom or JSON Feed)",
        OutletAsSigned = "Outlet, as the headline will credit it",
        FeedLanguage = "Language (ISO 639-1 code; empty to detect it)",
        PollInterval = "Poll every, minutes",
        Add = "Add",
        TestFeed = "Test the feed",
        FeedTest = "Feed test",
        FeedProblem = "The feed could not be read:",
        PreviewFormat = "“{0}”: {1} items{2}. It will import, for example:",
        PreviewLanguageFormat = ", language {0}",
        SubscriptionsFormat = "Subscriptions ({0})",
        Feed = "Feed",
        State = "State",
        LastSuccess = "Last success",
        Items = "Items",
        Actions = "Actions",
        EveryMinutesFormat = "every {0} min",
        Disabled = "off; ",
        NotPolledYet = "not polled yet",
        Working = "working",
        NotModified = "unchanged (304)",
        FailingFormat = "failing ×{0}",
        NextPoll = "next poll:",
        ItemsFormat = "{0} in the feed, {1} new",
        PollNow = "Poll now",
        Disable = "Disable",
        Enable = "Enable",
        Delete = "Delete",
        DownloadOpml = "Download the subscriptions (OPML)",
        ImportOpml = "Import from OPML (up to 1 MB)",
        Import = "Import",
        AddedFormat = "The feed “{0}” is added; its first items will arrive within a minute.",
        PollSoon = "The feed will be polled within a minute.",
        DeletedFormat = "The feed “{0}” is deleted with its inbox items; drafts of retellings stay.",
        ChooseOpml = "Choose an OPML file.",
        OpmlTooLarge = "The OPML file is larger than 1 MB.",
        NotOpml = "This is not an OPML file, or it is damaged.",
        ImportedFormat = "OPML import: {0} added, {1} already there, {2} skipped with errors.",
        UrlRequired = "Enter the feed's address.",
        UrlTooLong = "The feed's address is too long.",
        UrlNotHttp = "The feed's address must start with http:// or https://.",
        OutletRequired = "Enter the outlet's name (up to 200 characters).",
        LanguageCode = "The language is a two-letter ISO 639-1 code (en, de, fr), or empty to detect it.",
        IntervalRangeFormat = "Poll every {0} to {1} minutes.",
        AlreadySubscribed = "This feed is already among the sources.",
    };

    public required string NewStories { get; init; }
    public required string SourcesPageTitle { get; init; }
    public required string BackToInbox { get; init; }
    public required string NewFeed { get; init; }
    public required string FeedUrl { get; init; }
    public required string OutletAsSigned { get; init; }
    public required string FeedLanguage { get; init; }
    public required string PollInterval { get; init; }
    public required string Add { get; init; }
    public required string TestFeed { get; init; }
    public required string FeedTest { get; init; }
    public required string FeedProblem { get; init; }
    public required string PreviewFormat { get; init; }
    public required string PreviewLanguageFormat { get; init; }
    public required string SubscriptionsFormat { get; init; }
    public required string Feed { get; init; }
    public required string State { get; init; }
    public required string LastSuccess { get; init; }
    public required string Items { get; init; }
    public required string Actions { get; init; }
    public required string EveryMinutesFormat { get; init; }
    public required string Disabled { get; init; }
    public required string NotPolledYet { get; init; }
    public required string Working { get; init; }
    public required string NotModified { get; init; }
    public required string FailingFormat { get; init; }
    public required string NextPoll { get; init; }
    public required string ItemsFormat { get; init; }
    public required string PollNow { get; init; }
    public required string Disable { get; init; }
    public required string Enable { get; init; }
    public required string Delete { get; init; }
    public required string DownloadOpml { get; init; }
    public required string ImportOpml { get; init; }
    public required string Import { get; init; }
    public required string AddedFormat { get; init; }
    public required string PollSoon { get; init; }
    public required string DeletedFormat { get; init; }
    public required string ChooseOpml { get; init; }
    public required string OpmlTooLarge { get; init; }
    public required string NotOpml { get; init; }
    public required string ImportedFormat { get; init; }
    public required string UrlRequired { get; init; }
    public required string UrlTooLong { get; init; }
    public required string UrlNotHttp { get; init; }
    public required string OutletRequired { get; init; }
    public required string LanguageCode { get; init; }
    public required string IntervalRangeFormat { get; init; }
    public required string AlreadySubscribed { get; init; }
    public required string Title { get; init; }
    public required string PageTitle { get; init; }
    public required string Sources { get; init; }
    public required string FilterLabel { get; init; }
    public required string Outlet { get; init; }
    public required string AllOutlets { get; init; }
    public required string Language { get; init; }
    public required string AnyLanguage { get; init; }
    public required string Word { get; init; }
    public required string From { get; init; }
    public required string To { get; init; }
    public required string Show { get; init; }
    public required string ShowFresh { get; init; }
    public required string ShowAll { get; init; }
    public required string ShowIgnored { get; init; }
    public required string Apply { get; init; }
    public required string NothingNewBefore { get; init; }
    public required string NothingNewAfter { get; init; }
    public required string SameStoryFormat { get; init; }
    public required string Pages { get; init; }
    public required string Newer { get; init; }
    public required string Older { get; init; }
    public required string NoDate { get; init; }
    public required string RetoldOpen { get; init; }
    public required string Retell { get; init; }
    public required string MarkSeen { get; init; }
    public required string Ignore { get; init; }
    public required string Restore { get; init; }
    public required string BadFilter { get; init; }
    public required string NoSection { get; init; }

    public required ContentLanguage UiLanguage { get; init; }

    public string SameStory(int more) => Format(SameStoryFormat, more);

    public string Preview(string? title, int items, string? language) =>
        Format(PreviewFormat, title, items, language is null ? "" : Format(PreviewLanguageFormat, language));

    public string Subscriptions(int count) => Format(SubscriptionsFormat, count);

    public string EveryMinutes(int minutes) => Format(EveryMinutesFormat, minutes);

    public string Failing(int failures) => Format(FailingFormat, failures);

    public string ItemsCounts(int found, int added) => Format(ItemsFormat, found, added);

    public string Added(string outlet) => Format(AddedFormat, outlet);

    public string Deleted(string outlet) => Format(DeletedFormat, outlet);

    public string Imported(int added, int duplicates, int invalid) => Format(ImportedFormat, added, duplicates, invalid);

    public string IntervalRange(int min, int max) => Format(IntervalRangeFormat, min, max);

    private string Format(string format, params object?[] values) => string.Format(UiLanguage.Culture(), format, values);

    public static InboxText For(ContentLanguage language) => language == ContentLanguage.En ? En : Ru;
}
