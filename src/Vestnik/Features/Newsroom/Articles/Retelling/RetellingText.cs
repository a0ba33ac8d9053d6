using Vestnik.Infrastructure.Localization;
using Vestnik.Infrastructure.Text;

namespace Vestnik.Features.Newsroom.Articles.Retelling;

/// <summary>Strings of the source pane beside a retelling, in both languages.</summary>
public sealed record RetellingText
{
    public static readonly RetellingText Ru = new()
    {
        Original = "Оригинал",
        Published = "Опубликован",
        FromInbox = "Текст — анонс из ленты входящих. Вставьте полный текст оригинала ниже, чтобы сравнить с ним.",
        NoText = "Текст оригинала не добавлен. Вставьте его ниже, чтобы сравнить пересказ с ним.",
        PasteLabel = "Полный текст оригинала (не публикуется)",
        PasteHint = "Виден только редакции: на сайт, в ленты, поиск и API не попадает. Сохраняется вместе со статьёй.",
        Passages = "Совпадающие фрагменты",
        NotQuoted = "не в кавычках",
        Quoted = "в кавычках",
        Share = share => $"{share} % текста дословно повторяет оригинал.",
        NoRepeats = "Пересказ не повторяет оригинал дословно.",
        Flagged = count => $"{RussianPlural.Format(count, "фрагмент", "фрагмента", "фрагментов")} от {VerbatimOverlap.LongPassageWords} слов не "
            + RussianPlural.Choose(count, "оформлен как цитата.", "оформлены как цитаты.", "оформлены как цитаты."),
        Words = count => RussianPlural.Format(count, "слово", "слова", "слов"),
        PublishWarning = count => $"В тексте {RussianPlural.Format(count, "длинный фрагмент", "длинных фрагмента", "длинных фрагментов")} оригинала без кавычек. "
            + "Возьмите их в кавычки с указанием источника или перескажите своими словами — или отметьте «Опубликовать всё равно».",
        PublishAnyway = "Опубликовать всё равно: дословные фрагменты согласованы",
    };

    public static readonly RetellingText En = new()
    {
        Original = "Original",
        Published = "Published",
        FromInbox = "This is the feed's summary from the inbox. Paste the original's full text below to compare with it.",
        NoText = "No text of the original yet. Paste it below to compare the retelling with it.",
        PasteLabel = "The original's full text (never published)",
        PasteHint = "Seen only by the newsroom: never on the site, in feeds, search or the API. Saved with the article.",
        Passages = "Repeated passages",
        NotQuoted = "not in quotation marks",
        Quoted = "quoted",
        Share = share => $"{share} % of the text repeats the source word for word.",
        NoRepeats = "The retelling does not repeat the source word for word.",
        Flagged = count => (count == 1 ? "1 passage" : $"{count} passages") + $" of {VerbatimOverlap.LongPassageWords}+ words "
            + (count == 1 ? "is" : "are") + " not marked as quotes.",
        Words = count => count == 1 ? "1 word" : $"{count} words",
        PublishWarning = count => (count == 1 ? "A long passage" : $"{count} long passages") + " of the original "
            + (count == 1 ? "is" : "are") + " not in quotation marks. Quote and attribute them or put them in your own words, or tick “Publish anyway”.",
        PublishAnyway = "Publish anyway: the verbatim passages are cleared",
    };

    public static RetellingText For(ContentLanguage language) => language == ContentLanguage.En ? En : Ru;

    public required string Original { get; init; }
    public required string Published { get; init; }
    public required string FromInbox { get; init; }
    public required string NoText { get; init; }
    public required string PasteLabel { get; init; }
    public required string PasteHint { get; init; }
    public required string Passages { get; init; }
    public required string NotQuoted { get; init; }
    public required string Quoted { get; init; }

    /// <summary>The repeated share of the draft's words, in percent.</summary>
    public required Func<int, string> Share { get; init; }
    public required string NoRepeats { get; init; }

    /// <summary>How many long passages are outside quotation marks.</summary>
    public required Func<int, string> Flagged { get; init; }
    public required Func<int, string> Words { get; init; }
    public required Func<int, string> PublishWarning { get; init; }
    public required string PublishAnyway { get; init; }
}
