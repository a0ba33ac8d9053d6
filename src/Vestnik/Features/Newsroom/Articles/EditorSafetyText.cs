using System.Globalization;
using Vestnik.Infrastructure.Localization;

namespace Vestnik.Features.Newsroom.Articles;

/// <summary>
/// Strings of the editor's safety net in both languages: the autosave status line, the side-by-side view of a
/// conflicting save, the warning that someone else has the article open, and the way back to an earlier revision.
/// </summary>
public sealed record EditorSafetyText
{
    public static readonly EditorSafetyText Ru = new()
    {
        SavedAtFormat = "Сохранено {0}",
        Saving = "Сохраняется…",
        Offline = "Нет связи с сервером: черновик пока не сохранён, попробуем ещё раз",
        TitleFirst = "Черновик начнёт сохраняться сам, когда у материала появится заголовок",
        AutosaveStopped = "Автосохранение остановлено: материал сохранил кто-то другой.",
        CompareVersions = "Сравнить версии",
        AlsoEditingOneFormat = "{0} тоже редактирует этот материал",
        AlsoEditingManyFormat = "{0} тоже редактируют этот материал",
        ConflictHeading = "Материал сохранили, пока вы его редактировали",
        ConflictSavedByFormat = "Сохранено: {0}, {1} (версия {2}). Ваш текст никуда не делся: он справа и в форме ниже.",
        TheirText = "Сохранённый текст",
        YourText = "Ваш текст",
        DiffLegend = "«−» — строка есть только в сохранённом тексте, «+» — только в вашем.",
        KeepMine = "Оставить мой текст",
        KeepMineHint = "Сохранит ваш текст поверх сохранённого; их версия останется в истории.",
        TakeTheirs = "Взять сохранённый текст",
        TakeTheirsHint = "Откроет сохранённую версию; ваши правки на этой странице пропадут.",
        CopyByHand = "Или перенесите нужные строки в форму ниже и нажмите «Сохранить».",
        RestoreEarlier = "Вернуть прежнюю версию",
        RestoreHint = "Выберите версию: откроется её сравнение с текущим текстом и кнопка восстановления. Текущий текст останется в истории.",
        AllRevisions = "Все версии",
        RestoreConfirm = "Текст этой версии заменит текущий заголовок, подзаголовок и текст; нынешний останется в истории версий.",
    };

    public static readonly EditorSafetyText En = new()
    {
        SavedAtFormat = "Saved {0}",
        Saving = "Saving…",
        Offline = "No connection to the server: the draft is not saved yet, trying again",
        TitleFirst = "The draft starts saving itself once the article has a title",
        AutosaveStopped = "Autosave stopped: someone else saved this article.",
        CompareVersions = "Compare versions",
        AlsoEditingOneFormat = "{0} is also editing this article",
        AlsoEditingManyFormat = "{0} are also editing this article",
        ConflictHeading = "This article was saved while you were editing it",
        ConflictSavedByFormat = "Saved by {0}, {1} (version {2}). Your text is safe: it is on the right and in the form below.",
        TheirText = "Saved text",
        YourText = "Your text",
        DiffLegend = "“−” marks a line only in the saved text, “+” a line only in yours.",
        KeepMine = "Keep mine",
        KeepMineHint = "Saves your text over the saved one; theirs stays in the history.",
        TakeTheirs = "Take the saved text",
        TakeTheirsHint = "Opens the saved version; your changes on this page are dropped.",
        CopyByHand = "Or copy the lines you need into the form below and press “Save”.",
        RestoreEarlier = "Restore an earlier version",
        RestoreHint = "Pick a version to compare it with the current text and restore it. The current text stays in the history.",
        AllRevisions = "All revisions",
        RestoreConfirm = "This revision's title, dek and text replace the current ones; the current text stays in the history.",
    };

    public static EditorSafetyText For(ContentLanguage language) => language == ContentLanguage.En ? En : Ru;

    public required string SavedAtFormat { get; init; }
    public required string Saving { get; init; }
    public required string Offline { get; init; }
    public required string TitleFirst { get; init; }
    public required string AutosaveStopped { get; init; }
    public required string CompareVersions { get; init; }
    public required string AlsoEditingOneFormat { get; init; }
    public required string AlsoEditingManyFormat { get; init; }
    public required string ConflictHeading { get; init; }
    public required string ConflictSavedByFormat { get; init; }
    public required string TheirText { get; init; }
    public required string YourText { get; init; }
    public required string DiffLegend { get; init; }
    public required string KeepMine { get; init; }
    public required string KeepMineHint { get; init; }
    public required string TakeTheirs { get; init; }
    public required string TakeTheirsHint { get; init; }
    public required string CopyByHand { get; init; }
    public required string RestoreEarlier { get; init; }
    public required string RestoreHint { get; init; }
    public required string AllRevisions { get; init; }
    public required string RestoreConfirm { get; init; }

    /// <summary>"Сохранено 12:04": the time of the save on the newsroom's clock.</summary>
    public string SavedAt(DateTimeOffset localTime) =>
        string.Format(CultureInfo.InvariantCulture, SavedAtFormat, localTime.ToString("HH:mm", CultureInfo.InvariantCulture));

    /// <summary>"Мария Иванова тоже редактирует этот материал"; none: null.</summary>
    public string? AlsoEditing(IReadOnlyList<string> names) => names.Count switch
    {
        0 => null,
        1 => string.Format(CultureInfo.InvariantCulture, AlsoEditingOneFormat, names[0]),
        _ => string.Format(CultureInfo.InvariantCulture, AlsoEditingManyFormat, string.Join(", ", names)),
    };

    public string ConflictSavedBy(string name, string when, int version) =>
        string.Format(CultureInfo.InvariantCulture, ConflictSavedByFormat, name, when, version);
}
