using System.Globalization;
using Vestnik.Features.Comments.Model;
using Vestnik.Infrastructure.Localization;

namespace Vestnik.Features.Comments.Moderation;

/// <summary>Interface strings of the moderation desk in both languages; a missing translation does not compile.</summary>
public sealed record ModerationText
{
    public static readonly ModerationText Ru = new()
    {
        UiLanguage = ContentLanguage.Ru,
        QueueTitle = "Модерация комментариев",
        QueuePageTitle = "Комментарии: модерация",
        Queues = "Очереди",
        TabPending = "Ждут проверки",
        TabReported = "С жалобами",
        TabSpam = "Спам",
        TabAll = "Все",
        SettingsLink = "Режимы и запрещённые слова",
        ArticleFilter = "Статья (название или номер)",
        AuthorFilter = "Автор",
        TextFilter = "Текст",
        Find = "Найти",
        KeysBefore = "Клавиши:",
        KeysNextPrevious = "— следующий/предыдущий,",
        KeysMark = "— отметить,",
        KeysApprove = "— одобрить,",
        KeysReject = "— отклонить,",
        KeysSpam = "— спам (отмеченные, а если их нет — текущий).",
        Empty = "Здесь пусто.",
        Approve = "Одобрить",
        Reject = "Отклонить",
        Spam = "Спам",
        CommentColumn = "Комментарий",
        WhyHere = "Почему здесь",
        ArticleColumn = "Статья",
        SelectCommentFormat = "Выбрать комментарий {0}",
        Guest = "(гость)",
        ShadowBanned = " (теневой бан)",
        SpamScoreFormat = "Вероятность спама: {0}",
        NoteHoneypot = "заполнено скрытое поле, которое заполняют только роботы",
        NoteTooFastFormat = "отправлен через {0} с после показа страницы (минимум {1} с)",
        NoteNoTimeStamp = "метки времени формы нет или она подделана",
        NoteLinksFormat = "ссылок: {0} (без проверки проходит не больше {1})",
        NoteDuplicateFormat = "тот же текст уже отправляли за последние {0} мин",
        NoteBannedWordsFormat = "запрещённые слова: {0}",
        NoteClassifierFormat = "вероятность спама {0} (порог {1})",
        NotePremoderated = "премодерация: все комментарии к статье ждут модератора",
        NoteGuest = "комментарий гостя: гости всегда на премодерации",
        NoteReportsFormat = "скрыт после жалоб читателей: {0}",
        NoteEditedFormat = "после правки: {0}",
        Report = "Жалоба:",
        Next = "Дальше",
        BatchInvalid = "Выберите от 1 до 500 комментариев и действие.",
        DoneFormat = "Готово: {0} из {1}.",
        BackToQueue = "← Очередь",
        SettingsPageTitle = "Комментарии: режимы и запрещённые слова",
        ModeTitle = "Режим модерации",
        ModeRule = "Действует самый частный: статья, затем рубрика, затем весь сайт.",
        WholeSite = "Весь сайт",
        Save = "Сохранить",
        Section = "Рубрика",
        Mode = "Режим",
        AsSite = "как у сайта",
        ArticleNumber = "Статья №",
        AsSection = "как у рубрики",
        ArticleScopeFormat = "Статья №{0}: {1}",
        SectionScopeFormat = "Рубрика: {0}",
        BannedWords = "Запрещённые слова",
        StemRule = "Слово ловится во всех формах: «спамер» находит и «спамера», и «спамерами».",
        Word = "Слово",
        Action = "Действие",
        HoldForReview = "отправить на проверку",
        RejectAtOnce = "отклонить сразу",
        Add = "Добавить",
        StemFormat = "(основа «{0}»)",
        Rejects = "отклонить",
        Holds = "на проверку",
        Delete = "Удалить",
        UnknownMode = "Неизвестный режим.",
        NoSuchScope = "Такой рубрики или статьи нет.",
        ModeSaved = "Режим сохранён.",
        WordInvalid = "Укажите одно слово (до 100 символов).",
        WordAdded = "Слово добавлено.",
        WordRemoved = "Слово удалено.",
        ModePremoderated = "премодерация",
        ModeClosed = "закрыто (только чтение)",
        ModeHidden = "скрыто",
        ModeOpen = "открыто (постмодерация)",
        ReaderPageTitleFormat = "Читатель {0}",
        PublicProfile = "публичный профиль",
        Bans = "Баны",
        ShadowBan = "Теневой",
        RegularBan = "Обычный",
        SinceFormat = "с {0}",
        UntilFormat = "до {0}",
        Forever = "бессрочно",
        Lift = "Снять",
        NotInForce = "(не действует)",
        ShadowBanOption = "Теневой бан (читатель видит свои комментарии, остальные — нет)",
        AlsoAddress = "Забанить и адрес последнего комментария",
        UntilInclusive = "До (включительно, пусто — бессрочно)",
        Reason = "Причина",
        Ban = "Забанить",
        RemoveAll = "Снять все комментарии читателя",
        Comments = "Комментарии",
        Shadowed = " (теневой)",
        ReasonTooLongFormat = "Причина — не длиннее {0} символов.",
        ShadowBanImposed = "Теневой бан наложен.",
        Banned = "Бан наложен.",
        BanLifted = "Бан снят.",
        RemovedFormat = "Снято комментариев: {0}.",
        StatusNames = ["Опубликован", "На проверке", "Отклонён", "Спам", "Удалён"],
    };

    public static readonly ModerationText En = new()
    {
        UiLanguage = ContentLanguage.En,
        QueueTitle = "Comment moderation",
        QueuePageTitle = "Comments: moderation",
        Queues = "Queues",
        TabPending = "Pending",
        TabReported = "Reported",
        TabSpam = "Spam",
        TabAll = "All",
        SettingsLink = "Modes and banned words",
        ArticleFilter = "Article (title or number)",
        AuthorFilter = "Author",
        TextFilter = "Text",
        Find = "Find",
        KeysBefore = "Keys:",
        KeysNextPrevious = "— next/previous,",
        KeysMark = "— mark,",
        KeysApprove = "— approve,",
        KeysReject = "— reject,",
        KeysSpam = "— spam (the marked ones, or else the current one).",
        Empty = "Nothing here.",
        Approve = "Approve",
        Reject = "Reject",
        Spam = "Spam",
        CommentColumn = "Comment",
        WhyHere = "Why it is here",
        ArticleColumn = "Article",
        SelectCommentFormat = "Select comment {0}",
        Guest = "(guest)",
        ShadowBanned = " (shadow ban)",
        SpamScoreFormat = "Spam probability: {0}",
        NoteHoneypot = "the hidden field that only robots fill in was filled in",
        NoteTooFastFormat = "sent {0} s after the page was shown (minimum {1} s)",
        NoteNoTimeStamp = "the form's time stamp was missing or forged",
        NoteLinksFormat = "{0} links (at most {1} pass unchecked)",
        NoteDuplicateFormat = "the same text was posted in the last {0} minutes",
        NoteBannedWordsFormat = "banned words: {0}",
        NoteClassifierFormat = "spam probability {0} (threshold {1})",
        NotePremoderated = "pre-moderation: every comment on this article waits for a moderator",
        NoteGuest = "guest comment: guests are always pre-moderated",
        NoteReportsFormat = "hidden after reader reports: {0}",
        NoteEditedFormat = "edited: {0}",
        Report = "Report:",
        Next = "Next",
        BatchInvalid = "Choose 1 to 500 comments and an action.",
        DoneFormat = "Done: {0} of {1}.",
        BackToQueue = "← Queue",
        SettingsPageTitle = "Comments: modes and banned words",
        ModeTitle = "Moderation mode",
        ModeRule = "The most specific applies: the article, then the section, then the whole site.",
        WholeSite = "Whole site",
        Save = "Save",
        Section = "Section",
        Mode = "Mode",
        AsSite = "as the site",
        ArticleNumber = "Article no.",
        AsSection = "as the section",
        ArticleScopeFormat = "Article no. {0}: {1}",
        SectionScopeFormat = "Section: {0}",
        BannedWords = "Banned words",
        StemRule = "A word is caught in all its forms: “spammer” also finds “spammers” and “spammer’s”.",
        Word = "Word",
        Action = "Action",
        HoldForReview = "hold for review",
        RejectAtOnce = "reject at once",
        Add = "Add",
        StemFormat = "(stem “{0}”)",
        Rejects = "reject",
        Holds = "hold",
        Delete = "Delete",
        UnknownMode = "Unknown mode.",
        NoSuchScope = "No such section or article.",
        ModeSaved = "The mode is saved.",
        WordInvalid = "Enter one word (up to 100 characters).",
        WordAdded = "The word is added.",
        WordRemoved = "The word is removed.",
        ModePremoderated = "premoderated",
        ModeClosed = "closed (read only)",
        ModeHidden = "hidden",
        ModeOpen = "open (postmoderated)",
        ReaderPageTitleFormat = "Reader {0}",
        PublicProfile = "public profile",
        Bans = "Bans",
        ShadowBan = "Shadow",
        RegularBan = "Regular",
        SinceFormat = "since {0}",
        UntilFormat = "until {0}",
        Forever = "indefinitely",
        Lift = "Lift",
        NotInForce = "(not in force)",
        ShadowBanOption = "Shadow ban (the reader sees their comments, nobody else does)",
        AlsoAddress = "Also ban the address of the latest comment",
        UntilInclusive = "Until (inclusive; empty for indefinitely)",
        Reason = "Reason",
        Ban = "Ban",
        RemoveAll = "Remove all the reader's comments",
        Comments = "Comments",
        Shadowed = " (shadowed)",
        ReasonTooLongFormat = "The reason is at most {0} characters.",
        ShadowBanImposed = "The shadow ban is in force.",
        Banned = "The ban is in force.",
        BanLifted = "The ban is lifted.",
        RemovedFormat = "Comments removed: {0}.",
        StatusNames = ["Published", "Pending", "Rejected", "Spam", "Deleted"],
    };

    public required ContentLanguage UiLanguage { get; init; }
    public required string QueueTitle { get; init; }
    public required string QueuePageTitle { get; init; }
    public required string Queues { get; init; }
    public required string TabPending { get; init; }
    public required string TabReported { get; init; }
    public required string TabSpam { get; init; }
    public required string TabAll { get; init; }
    public required string SettingsLink { get; init; }
    public required string ArticleFilter { get; init; }
    public required string AuthorFilter { get; init; }
    public required string TextFilter { get; init; }
    public required string Find { get; init; }
    public required string KeysBefore { get; init; }
    public required string KeysNextPrevious { get; init; }
    public required string KeysMark { get; init; }
    public required string KeysApprove { get; init; }
    public required string KeysReject { get; init; }
    public required string KeysSpam { get; init; }
    public required string Empty { get; init; }
    public required string Approve { get; init; }
    public required string Reject { get; init; }
    public required string Spam { get; init; }
    public required string CommentColumn { get; init; }
    public required string WhyHere { get; init; }
    public required string ArticleColumn { get; init; }
    public required string SelectCommentFormat { get; init; }
    public required string Guest { get; init; }
    public required string ShadowBanned { get; init; }
    public required string SpamScoreFormat { get; init; }
    public required string NoteHoneypot { get; init; }
    public required string NoteTooFastFormat { get; init; }
    public required string NoteNoTimeStamp { get; init; }
    public required string NoteLinksFormat { get; init; }
    public required string NoteDuplicateFormat { get; init; }
    public required string NoteBannedWordsFormat { get; init; }
    public required string NoteClassifierFormat { get; init; }
    public required string NotePremoderated { get; init; }
    public required string NoteGuest { get; init; }
    public required string NoteReportsFormat { get; init; }
    public required string NoteEditedFormat { get; init; }
    public required string Report { get; init; }
    public required string Next { get; init; }
    public required string BatchInvalid { get; init; }
    public required string DoneFormat { get; init; }
    public required string BackToQueue { get; init; }
    public required string SettingsPageTitle { get; init; }
    public required string ModeTitle { get; init; }
    public required string ModeRule { get; init; }
    public required string WholeSite { get; init; }
    public required string Save { get; init; }
    public required string Section { get; init; }
    public required string Mode { get; init; }
    public required string AsSite { get; init; }
    public required string ArticleNumber { get; init; }
    public required string AsSection { get; init; }
    public required string ArticleScopeFormat { get; init; }
    public required string SectionScopeFormat { get; init; }
    public required string BannedWords { get; init; }
    public required string StemRule { get; init; }
    public required string Word { get; init; }
    public required string Action { get; init; }
    public required string HoldForReview { get; init; }
    public required string RejectAtOnce { get; init; }
    public required string Add { get; init; }
    public required string StemFormat { get; init; }
    public required string Rejects { get; init; }
    public required string Holds { get; init; }
    public required string Delete { get; init; }
    public required string UnknownMode { get; init; }
    public required string NoSuchScope { get; init; }
    public required string ModeSaved { get; init; }
    public required string WordInvalid { get; init; }
    public required string WordAdded { get; init; }
    public required string WordRemoved { get; init; }
    public required string ModePremoderated { get; init; }
    public required string ModeClosed { get; init; }
    public required string ModeHidden { get; init; }
    public required string ModeOpen { get; init; }
    public required string ReaderPageTitleFormat { get; init; }
    public required string PublicProfile { get; init; }
    public required string Bans { get; init; }
    public required string ShadowBan { get; init; }
    public required string RegularBan { get; init; }
    public required string SinceFormat { get; init; }
    public required string UntilFormat { get; init; }
    public required string Forever { get; init; }
    public required string Lift { get; init; }
    public required string NotInForce { get; init; }
    public required string ShadowBanOption { get; init; }
    public required string AlsoAddress { get; init; }
    public required string UntilInclusive { get; init; }
    public required string Reason { get; init; }
    public required string Ban { get; init; }
    public required string RemoveAll { get; init; }
    public required string Comments { get; init; }
    public required string Shadowed { get; init; }
    public required string ReasonTooLongFormat { get; init; }
    public required string ShadowBanImposed { get; init; }
    public required string Banned { get; init; }
    public required string BanLifted { get; init; }
    public required string RemovedFormat { get; init; }

    /// <summary>Names of <see cref="CommentStatus"/> values, in enum order.</summary>
    public required IReadOnlyList<string> StatusNames { get; init; }

    public static ModerationText For(ContentLanguage language) => language == ContentLanguage.En ? En : Ru;

    public string StatusName(CommentStatus status) => StatusNames[(int)status];

    public string ModeName(ModerationMode mode) => mode switch
    {
        ModerationMode.Premoderated => ModePremoderated,
        ModerationMode.Closed => ModeClosed,
        ModerationMode.Hidden => ModeHidden,
        _ => ModeOpen,
    };

    public string SelectComment(long id) => Format(SelectCommentFormat, id);

    public string SpamScore(double score) => Format(SpamScoreFormat, score.ToString("0.00", UiLanguage.Culture()));

    /// <summary>A review note in this language, with its figures in this language's number format.</summary>
    public string Note(ReviewNote note)
    {
        string Value(int index) => index < note.Values.Count ? note.Values[index] : "";
        string Number(int index) =>
            double.TryParse(Value(index), NumberStyles.Float, CultureInfo.InvariantCulture, out var number) ? number.ToString("0.##", UiLanguage.Culture()) : Value(index);
        return note.Code switch
        {
            ReviewNote.Honeypot => NoteHoneypot,
            ReviewNote.TooFast => Format(NoteTooFastFormat, Number(0), Number(1)),
            ReviewNote.NoTimeStamp => NoteNoTimeStamp,
            ReviewNote.Links => Format(NoteLinksFormat, Number(0), Number(1)),
            ReviewNote.Duplicate => Format(NoteDuplicateFormat, Number(0)),
            ReviewNote.BannedWords => Format(NoteBannedWordsFormat, Value(0)),
            ReviewNote.Classifier => Format(NoteClassifierFormat, Number(0), Number(1)),
            ReviewNote.Premoderated => NotePremoderated,
            ReviewNote.Guest => NoteGuest,
            ReviewNote.Reports => Format(NoteReportsFormat, Number(0)),
            ReviewNote.Edited when note.Inner is { } inner => Format(NoteEditedFormat, Note(inner)),
            _ => note.Stored,
        };
    }

    public string Done(int changed, int asked) => Format(DoneFormat, changed, asked);

    public string ArticleScope(int id, string? title) => Format(ArticleScopeFormat, id, title);

    public string SectionScope(string? name) => Format(SectionScopeFormat, name);

    public string Stem(string stem) => Format(StemFormat, stem);

    public string ReaderPageTitle(string name) => Format(ReaderPageTitleFormat, name);

    public string Since(string date) => Format(SinceFormat, date);

    public string Until(string date) => Format(UntilFormat, date);

    public string ReasonTooLong(int max) => Format(ReasonTooLongFormat, max);

    public string Removed(int count) => Format(RemovedFormat, count);

    private string Format(string format, params object?[] values) => string.Format(UiLanguage.Culture(), format, values);
}
