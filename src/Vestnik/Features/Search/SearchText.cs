using Vestnik.Infrastructure.Localization;
using Vestnik.Infrastructure.Text;

namespace Vestnik.Features.Search;

/// <summary>The search interface's strings in both languages (typed, so a missing translation does not compile).</summary>
public sealed record SearchText
{
    public static readonly SearchText Ru = new()
    {
        Search = "Поиск",
        SearchButton = "Найти",
        Placeholder = "Поиск по сайту",
        Prompt = "Введите слова, которые нужно найти.",
        NothingFound = "Ничего не нашлось. Попробуйте другие слова или уберите фильтры.",
        DidYouMean = "Возможно, вы имели в виду",
        TypoTolerant = "Точных совпадений нет, показаны похожие слова.",
        LayoutSwitched = "Запрос набран в другой раскладке клавиатуры. Показаны результаты по запросу",
        SearchAsTyped = "Искать как написано:",
        Partial = "Материалов со всеми словами запроса нет: показаны те, где есть все слова, кроме одного.",
        Rebuilding = "Поиск перестраивается: результаты могут быть неполными. Это займёт не больше нескольких минут.",
        Section = "Раздел",
        AnySection = "Все разделы",
        Language = "Язык",
        AnyLanguage = "Русский и английский",
        From = "С",
        To = "по",
        Sort = "Порядок",
        ByRelevance = "по релевантности",
        ByDate = "сначала новые",
        Author = "Автор",
        Tag = "Тег",
        Label = "Метка",
        RemoveFilter = "убрать фильтр",
        Filters = "Фильтры",
        Results = n => $"Найдено: {n} {RussianPlural.Choose(n, "материал", "материала", "материалов")}",
        Suggestions = "Подсказки",
        IndexQueue = "Поисковый индекс",
        IndexRebuildingState = "перестраивается",
        IndexUpToDate = "успевает за журналом изменений",
        IndexBehind = n => $"отстаёт на {RussianPlural.Format(n, "изменение", "изменения", "изменений")}",
    };

    public static readonly SearchText En = new()
    {
        Search = "Search",
        SearchButton = "Search",
        Placeholder = "Search the site",
        Prompt = "Type the words to look for.",
        NothingFound = "Nothing found. Try other words or remove the filters.",
        DidYouMean = "Did you mean",
        TypoTolerant = "No exact matches; showing similar words.",
        LayoutSwitched = "The query was typed in the other keyboard layout. Showing results for",
        SearchAsTyped = "Search as typed:",
        Partial = "No article has every word you searched for; showing those with all the words but one.",
        Rebuilding = "Search is being rebuilt: results may be incomplete. This takes a few minutes at most.",
        Section = "Section",
        AnySection = "All sections",
        Language = "Language",
        AnyLanguage = "Russian and English",
        From = "From",
        To = "to",
        Sort = "Order",
        ByRelevance = "most relevant",
        ByDate = "newest first",
        Author = "Author",
        Tag = "Tag",
        Label = "Label",
        RemoveFilter = "remove filter",
        Filters = "Filters",
        Results = n => n == 1 ? "1 article found" : $"{n} articles found",
        Suggestions = "Suggestions",
        IndexQueue = "Search index",
        IndexRebuildingState = "rebuilding",
        IndexUpToDate = "keeps up with the change log",
        IndexBehind = n => n == 1 ? "1 change behind" : $"{n} changes behind",
    };

    public static SearchText For(ContentLanguage language) => language == ContentLanguage.En ? En : Ru;

    public required string Search { get; init; }
    public required string SearchButton { get; init; }
    public required string Placeholder { get; init; }
    public required string Prompt { get; init; }
    public required string NothingFound { get; init; }
    public required string DidYouMean { get; init; }
    public required string TypoTolerant { get; init; }

    /// <summary>Followed by the switched query, e.g. «нефть» for "ytanm".</summary>
    public required string LayoutSwitched { get; init; }

    /// <summary>Followed by the link that searches the query exactly as typed.</summary>
    public required string SearchAsTyped { get; init; }

    public required string Partial { get; init; }
    public required string Rebuilding { get; init; }
    public required string Section { get; init; }
    public required string AnySection { get; init; }
    public required string Language { get; init; }
    public required string AnyLanguage { get; init; }
    public required string From { get; init; }
    public required string To { get; init; }
    public required string Sort { get; init; }
    public required string ByRelevance { get; init; }
    public required string ByDate { get; init; }
    public required string Author { get; init; }
    public required string Tag { get; init; }
    public required string Label { get; init; }
    public required string RemoveFilter { get; init; }
    public required string Filters { get; init; }
    public required Func<int, string> Results { get; init; }
    public required string Suggestions { get; init; }

    // The System page's line for this node's index.
    public required string IndexQueue { get; init; }
    public required string IndexRebuildingState { get; init; }
    public required string IndexUpToDate { get; init; }
    public required Func<long, string> IndexBehind { get; init; }
}
