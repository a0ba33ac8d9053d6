using Vestnik.Infrastructure.Localization;

namespace Vestnik.Features.Newsroom.Articles;

/// <summary>
/// Strings of the body's visual editor in both languages. Counted phrases carry every plural form the language has;
/// the browser picks one with its plural rules, since it counts as the text is typed.
/// </summary>
public sealed record RichEditorText
{
    public static readonly RichEditorText Ru = new()
    {
        Label = "Текст статьи, визуальный редактор",
        Toolbar = "Оформление текста",
        Bold = "Полужирный (Ctrl+B)",
        BoldShort = "Ж",
        Italic = "Курсив (Ctrl+I)",
        ItalicShort = "К",
        Strike = "Зачёркнутый (Ctrl+Shift+S)",
        StrikeShort = "З",
        Heading2 = "Подзаголовок (Ctrl+Alt+2)",
        Heading3 = "Подзаголовок второго уровня (Ctrl+Alt+3)",
        BulletList = "Маркированный список (Ctrl+Shift+8)",
        OrderedList = "Нумерованный список (Ctrl+Shift+7)",
        Quote = "Цитата (Ctrl+Shift+B)",
        PullQuote = "Врез",
        PullQuoteHint = "Врез: фраза из текста крупно, на полях (в Markdown — цитата в цитате: «> > …»)",
        Link = "Ссылка",
        Rule = "Разделитель",
        Table = "Таблица",
        Image = "Картинка",
        ImageHint = "Картинка из медиатеки или новый файл",
        PickerTitle = "Картинка из медиатеки",
        PickerSearch = "Найти в медиатеке",
        Find = "Найти",
        Previous = "Назад",
        Next = "Дальше",
        PageOf = "Страница {0} из {1}",
        NothingFound = "Ничего не найдено.",
        LoadFailed = "Медиатека не ответила: проверьте связь или войдите снова.",
        UploadNew = "Загрузить новую (JPEG, PNG, WebP)",
        Uploading = "Картинка загружается…",
        UploadFailed = "Картинку не удалось загрузить: нет связи с сервером.",
        Close = "Закрыть",
        ImagePanel = "Картинка в тексте",
        AltText = "Описание для незрячих (alt), без него не опубликовать",
        Caption = "Подпись",
        Credit = "Автор снимка",
        Undo = "Отменить (Ctrl+Z)",
        Redo = "Повторить (Ctrl+Shift+Z)",
        Markdown = "Markdown",
        MarkdownHint = "Показать текст в разметке Markdown",
        LinkPrompt = "Адрес ссылки (https://…). Пустой адрес убирает ссылку.",
        BadLink = "Ссылка должна начинаться с https://, http:// или mailto:.",
        Embed = "Встроить пост или видео",
        EmbedShort = "Встроить",
        EmbedPrompt = "Адрес поста или видео: Telegram, YouTube, VK Видео, X или Rutube.",
        BadEmbed = "Встроить можно пост Telegram или X, видео YouTube, VK Видео или Rutube; этот адрес остался бы обычной ссылкой.",
        Lossy = "Визуальный редактор изменил бы этот текст (например, сноски он не показывает), поэтому он открыт в разметке Markdown.",
        Words = new CountForms(One: "{0} слово", Few: "{0} слова", Many: "{0} слов"),
        Minutes = new CountForms(One: "{0} минута чтения", Few: "{0} минуты чтения", Many: "{0} минут чтения"),
    };

    public static readonly RichEditorText En = new()
    {
        Label = "Article text, visual editor",
        Toolbar = "Text formatting",
        Bold = "Bold (Ctrl+B)",
        BoldShort = "B",
        Italic = "Italic (Ctrl+I)",
        ItalicShort = "I",
        Strike = "Strikethrough (Ctrl+Shift+S)",
        StrikeShort = "S",
        Heading2 = "Subheading (Ctrl+Alt+2)",
        Heading3 = "Minor subheading (Ctrl+Alt+3)",
        BulletList = "Bulleted list (Ctrl+Shift+8)",
        OrderedList = "Numbered list (Ctrl+Shift+7)",
        Quote = "Quote (Ctrl+Shift+B)",
        PullQuote = "Pull quote",
        PullQuoteHint = "Pull quote: a line of the text set large beside it (in Markdown a quote inside a quote: “> > …”)",
        Link = "Link",
        Rule = "Divider",
        Table = "Table",
        Image = "Image",
        ImageHint = "An image from the media library or a new file",
        PickerTitle = "Image from the media library",
        PickerSearch = "Search the media library",
        Find = "Search",
        Previous = "Previous",
        Next = "Next",
        PageOf = "Page {0} of {1}",
        NothingFound = "Nothing found.",
        LoadFailed = "The media library did not answer: check the connection or sign in again.",
        UploadNew = "Upload a new one (JPEG, PNG, WebP)",
        Uploading = "Uploading the image…",
        UploadFailed = "The image could not be uploaded: the server cannot be reached.",
        Close = "Close",
        ImagePanel = "Image in the text",
        AltText = "Description for blind readers (alt), required to publish",
        Caption = "Caption",
        Credit = "Credit",
        Undo = "Undo (Ctrl+Z)",
        Redo = "Redo (Ctrl+Shift+Z)",
        Markdown = "Markdown",
        MarkdownHint = "Show the text as Markdown",
        LinkPrompt = "Link address (https://…). An empty address removes the link.",
        BadLink = "A link must start with https://, http:// or mailto:.",
        Embed = "Embed a post or video",
        EmbedShort = "Embed",
        EmbedPrompt = "Address of the post or video: Telegram, YouTube, VK Video, X or Rutube.",
        BadEmbed = "Only a Telegram or X post, or a YouTube, VK Video or Rutube video can be embedded; this address would stay a plain link.",
        Lossy = "The visual editor would change this text (it does not show footnotes, for one), so it is open as Markdown.",
        Words = new CountForms(One: "{0} word", Few: "{0} words", Many: "{0} words"),
        Minutes = new CountForms(One: "{0} minute read", Few: "{0} minute read", Many: "{0} minute read"),
    };

    public static RichEditorText For(ContentLanguage language) => language == ContentLanguage.En ? En : Ru;

    public required string Label { get; init; }
    public required string Toolbar { get; init; }
    public required string Bold { get; init; }
    public required string BoldShort { get; init; }
    public required string Italic { get; init; }
    public required string ItalicShort { get; init; }
    public required string Strike { get; init; }
    public required string StrikeShort { get; init; }
    public required string Heading2 { get; init; }
    public required string Heading3 { get; init; }
    public required string BulletList { get; init; }
    public required string OrderedList { get; init; }
    public required string Quote { get; init; }
    public required string PullQuote { get; init; }
    public required string PullQuoteHint { get; init; }
    public required string Link { get; init; }
    public required string Rule { get; init; }
    public required string Table { get; init; }
    public required string Image { get; init; }
    public required string ImageHint { get; init; }
    public required string PickerTitle { get; init; }
    public required string PickerSearch { get; init; }
    public required string Find { get; init; }
    public required string Previous { get; init; }
    public required string Next { get; init; }
    public required string PageOf { get; init; }
    public required string NothingFound { get; init; }
    public required string LoadFailed { get; init; }
    public required string UploadNew { get; init; }
    public required string Uploading { get; init; }
    public required string UploadFailed { get; init; }
    public required string Close { get; init; }
    public required string ImagePanel { get; init; }
    public required string AltText { get; init; }
    public required string Caption { get; init; }
    public required string Credit { get; init; }
    public required string Undo { get; init; }
    public required string Redo { get; init; }
    public required string Markdown { get; init; }
    public required string MarkdownHint { get; init; }
    public required string LinkPrompt { get; init; }
    public required string BadLink { get; init; }
    public required string Embed { get; init; }
    public required string EmbedShort { get; init; }
    public required string EmbedPrompt { get; init; }
    public required string BadEmbed { get; init; }
    public required string Lossy { get; init; }
    public required CountForms Words { get; init; }
    public required CountForms Minutes { get; init; }

    /// <summary>A counted phrase in the forms Russian needs (English repeats its plural in Few and Many).</summary>
    public sealed record CountForms(string One, string Few, string Many);
}
