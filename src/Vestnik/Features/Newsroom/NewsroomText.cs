using System.Globalization;
using Vestnik.Features.Accounts.Audit;
using Vestnik.Features.Articles.Model;
using Vestnik.Features.Newsroom.Articles.Workflow;
using Vestnik.Features.Newsroom.Media;
using Vestnik.Features.Newsroom.Revisions;
using Vestnik.Infrastructure.Localization;
using Vestnik.Infrastructure.Text;

namespace Vestnik.Features.Newsroom;

/// <summary>Interface strings of the newsroom in both languages; a missing translation is a compile error.</summary>
public sealed record NewsroomText
{
    public static readonly NewsroomText Ru = new()
    {
        Newsroom = "Редакция",
        Home = "Главная",
        WorkWaiting = "Что ждёт вас",
        NothingWaits = "Здесь появится то, что ждёт вашего решения.",
        WorkInReview = "Ждут проверки",
        WorkScheduled = "Запланированы",
        WorkRecentlyPublished = "Опубликованы за сутки",
        WorkMyDrafts = "Мои черновики",
        MineOnly = "Только мои",
        Articles = "Материалы",
        NewArticle = "Новый материал",
        Media = "Медиатека",
        Comments = "Комментарии",
        Inbox = "Входящие",
        Shares = "Репосты",
        Webhooks = "Вебхуки",
        ApiKeys = "Ключи API",
        SystemStatus = "Система",
        Export = "Выгрузка сайта",
        Import = "Импорт архива",
        Users = "Сотрудники",
        EmailOrName = "Почта или имя",
        Audit = "Журнал аудита",
        TwoFactor = "Двухфакторный вход",
        SignOut = "Выйти",
        ToSite = "На сайт",
        ScheduledFor = "Выйдет",
        ViewOnSite = "Открыть на сайте",
        Revisions = "Версии",
        SeeTheirVersion = "Посмотреть их версию",
        ReadOnly = "Этот материал можно только просматривать: авторы правят лишь свои черновики.",
        Title = "Заголовок",
        Dek = "Подзаголовок",
        Body = "Текст",
        Preview = "Предпросмотр",
        Source = "Источник (пересказ)",
        Outlet = "Издание",
        NewOutlet = "Или новое издание",
        OriginalHeadline = "Заголовок оригинала",
        OriginalUrl = "Ссылка на оригинал",
        OriginalDate = "Дата оригинала (UTC)",
        OriginalLanguage = "Язык оригинала (код)",
        Seo = "SEO и соцсети",
        MetaTitle = "Заголовок для поиска",
        MetaDescription = "Описание для поиска",
        SocialImage = "Картинка для соцсетей (URL)",
        EditorNotes = "Заметки редакции (не публикуются)",
        Actions = "Действия",
        Save = "Сохранить",
        SubmitForReview = "Отправить на проверку",
        PublishNow = "Опубликовать",
        ScheduleAt = "Время публикации",
        Schedule = "Запланировать",
        Unpublish = "Снять с публикации",
        BackToDraft = "Вернуть в черновики",
        ConfirmDelete = "Удалить материал безвозвратно?",
        Delete = "Удалить",
        Section = "Рубрика",
        Language = "Язык",
        Authors = "Авторы",
        OwnBylineHint = "Если автора не выбрать, статья будет подписана вашим именем.",
        Tags = "Теги (через запятую)",
        Labels = "Метки",
        Slug = "Адрес (slug)",
        Translation = "Перевод (slug материала на другом языке)",
        LeadImage = "Главная картинка",
        NoImage = "Без картинки",
        UploadImage = "Загрузить картинку",
        Caption = "Подпись",
        Credit = "Автор снимка",
        AltText = "Описание для незрячих (alt)",
        Corrections = "Исправления",
        AddCorrection = "Добавить исправление",
        Saved = "Сохранено.",
        Typography = "Типографика",
        TypographySuggested = n => $"Типографика: можно исправить {RussianPlural.Format(n, "место", "места", "мест")} (кавычки, тире, неразрывные пробелы).",
        TypographyApplied = n => $"Типографика: {RussianPlural.Format(n, "исправление", "исправления", "исправлений")}. Проверьте текст и сохраните.",
        TypographyNothing = "Типографика: исправлять нечего.",
        ScheduleRequired = "Укажите время публикации.",
        CorrectionRequired = "Напишите текст исправления (до 4000 знаков).",
        TitleRequired = "Укажите заголовок.",
        TooLong = "Слишком длинный текст в одном из полей.",
        AuthorRequired = "Укажите хотя бы одного автора из списка.",
        BadUrl = "Ссылка должна начинаться с http:// или https://.",
        SourceIncomplete = "Для пересказа укажите издание, заголовок и ссылку оригинала.",
        Conflict = "Пока вы редактировали, материал сохранил кто-то другой. Ваш текст остался в форме, их версия — последняя в списке версий. Сравните и сохраните снова.",
        NotAllowedFormat = "Материал в статусе «{0}»: этот шаг сейчас невозможен. Ваш текст остался в форме.",
        ScheduleInPast = "Время публикации должно быть в будущем.",
        ScheduleUnreadable = "Не удалось прочитать время публикации: напишите его как дд.мм.гггг чч:мм, например 31.12.2026 18:30. Ваш текст остался в форме.",
        SchedulePlaceholder = "дд.мм.гггг чч:мм",
        ScheduleZoneFormat = "По времени сайта ({0}, UTC{1}), 24 часа.",
        SectionRequired = "Выберите рубрику.",
        ImageNotFound = "Такой картинки нет в медиатеке.",
        Status = "Статус",
        All = "Все",
        TitleContains = "В заголовке",
        SortBy = "Сортировка",
        SortNewest = "Сначала новые",
        SortPublished = "По дате публикации",
        SortCreated = "По дате создания",
        SortTitle = "По заголовку",
        Apply = "Показать",
        Found = "Найдено",
        Date = "Дата",
        Pages = "Страницы",
        PreviousPage = "Предыдущая страница",
        NextPage = "Следующая страница",
        Older = "Более ранние",
        Newer = "Более поздние",
        MediaSearch = "Подпись, автор снимка или файл",
        AuditSearch = "Кто или что",
        AuditArticleFormat = "статья № {0} «{1}»",
        AuditNoteScheduled = "по расписанию",
        AuditNoteRetelling = "пересказ",
        AuditNoteImport = "импорт",
        SchedulerName = "планировщик",
        NothingFound = "Ничего не найдено.",
        AuditActionNames = new Dictionary<string, string>
        {
            [AuditActions.SignIn] = "вход",
            [AuditActions.SignInFailed] = "неудачный вход",
            [AuditActions.SignOut] = "выход",
            [AuditActions.PasswordReset] = "сброс пароля",
            [AuditActions.Invite] = "приглашение",
            [AuditActions.RolesChanged] = "смена ролей",
            [AuditActions.TwoFactorChanged] = "смена второго фактора",
            [AuditActions.ArticleCreate] = "новая статья",
            [AuditActions.ArticleSave] = "сохранение статьи",
            [AuditActions.ArticleAutosave] = "автосохранение статьи",
            [AuditActions.Submit] = "отправка на проверку",
            [AuditActions.ReturnToDraft] = "возврат в черновики",
            [AuditActions.Correction] = "исправление",
            [AuditActions.Restore] = "восстановление версии",
            [AuditActions.Publish] = "публикация",
            [AuditActions.Unpublish] = "снятие с публикации",
            [AuditActions.Schedule] = "планирование",
            [AuditActions.Delete] = "удаление",
            [AuditActions.SiteExport] = "выгрузка сайта",
            [AuditActions.SiteImport] = "импорт архива",
            [AuditActions.ApiKeyCreate] = "новый ключ API",
            [AuditActions.ApiKeyRevoke] = "отзыв ключа API",
        },
        Who = "Кто",
        Compare = "Сравнить с текущей",
        RestoreRevision = "Восстановить эту версию",
        ChooseFile = "Выберите файл.",
        Uploaded = "Картинка загружена.",
        ImageFile = "Файл",
        NotAnImage = "Это не картинка JPEG, PNG или WebP.",
        Truncated = "Файл повреждён или загружен не полностью.",
        TooManyPixels = "Картинка слишком большая (больше 50 мегапикселей или 20000 точек по стороне).",
        FileTooLargeFormat = "Файл больше {0} МБ.",
        RevisionVersusFormat = "Версия {0} → текущая ({1})",
        ReasonSave = "сохранение",
        ReasonAutosave = "автосохранение",
        ReasonRestore = "восстановление",
        ReasonWorkflow = "смена статуса",
        ReasonCorrection = "исправление",
        ReasonRetell = "пересказ из входящих",
        ReasonImport = "импорт архива",
        When = "Когда",
        What = "Действие",
        Subject = "Объект",
        Ip = "IP",
        Invite = "Пригласить сотрудника",
        Email = "Почта",
        DisplayName = "Имя",
        RolesTitle = "Роли",
        SendInvite = "Отправить приглашение",
        Locked = "заблокирован",
        InviteInvalid = "Укажите почту и хотя бы одну роль.",
        UserExists = "Пользователь с такой почтой уже есть.",
        ImageAltMissingFormat = "У картинки {0} в тексте ({1}) нет описания для незрячих читателей: без него статью нельзя опубликовать или запланировать.",
        LastAdmin = "Нельзя снять роль администратора с последнего администратора.",
        RoleAdmin = "Администратор",
        RoleEditor = "Редактор",
        RoleAuthor = "Автор",
        RoleModerator = "Модератор",
        Catalog = "Авторы и рубрики",
        Add = "Добавить",
        NameRequired = "Укажите название (до 200 знаков; для рубрики — на обоих языках).",
        InUse = "Удалить нельзя: у этой записи есть материалы. Сначала перенесите их.",
        StatusNames = ["Черновик", "На проверке", "Запланирован", "Опубликован", "Снят с публикации"],
    };

    public static readonly NewsroomText En = new()
    {
        Newsroom = "Newsroom",
        Home = "Home",
        WorkWaiting = "What needs you now",
        NothingWaits = "What waits for your decision will show here.",
        WorkInReview = "Waiting for review",
        WorkScheduled = "Scheduled",
        WorkRecentlyPublished = "Published in the last day",
        WorkMyDrafts = "My drafts",
        MineOnly = "Mine only",
        Articles = "Articles",
        NewArticle = "New article",
        Media = "Media library",
        Comments = "Comments",
        Inbox = "Inbox",
        Shares = "Shares",
        Webhooks = "Webhooks",
        ApiKeys = "API keys",
        SystemStatus = "System",
        Export = "Site export",
        Import = "Archive import",
        Users = "Staff",
        EmailOrName = "Email or name",
        Audit = "Audit log",
        TwoFactor = "Two-factor sign-in",
        SignOut = "Sign out",
        ToSite = "To the site",
        ScheduledFor = "Goes live",
        ViewOnSite = "View on the site",
        Revisions = "Revisions",
        SeeTheirVersion = "See their version",
        ReadOnly = "You can only view this article: authors edit only their own drafts.",
        Title = "Title",
        Dek = "Dek",
        Body = "Body",
        Preview = "Preview",
        Source = "Source (retelling)",
        Outlet = "Outlet",
        NewOutlet = "Or a new outlet",
        OriginalHeadline = "Original headline",
        OriginalUrl = "Original URL",
        OriginalDate = "Original date (UTC)",
        OriginalLanguage = "Original language (code)",
        Seo = "SEO and social",
        MetaTitle = "Meta title",
        MetaDescription = "Meta description",
        SocialImage = "Social image (URL)",
        EditorNotes = "Desk notes (never published)",
        Actions = "Actions",
        Save = "Save",
        SubmitForReview = "Submit for review",
        PublishNow = "Publish now",
        ScheduleAt = "Publish at",
        Schedule = "Schedule",
        Unpublish = "Unpublish",
        BackToDraft = "Back to draft",
        ConfirmDelete = "Delete this article for good?",
        Delete = "Delete",
        Section = "Section",
        Language = "Language",
        Authors = "Authors",
        OwnBylineHint = "Leave the byline empty to sign the article with your own name.",
        Tags = "Tags (comma-separated)",
        Labels = "Labels",
        Slug = "Slug",
        Translation = "Translation (slug of the other-language article)",
        LeadImage = "Lead image",
        NoImage = "No image",
        UploadImage = "Upload an image",
        Caption = "Caption",
        Credit = "Credit",
        AltText = "Alt text",
        Corrections = "Corrections",
        AddCorrection = "Add a correction",
        Saved = "Saved.",
        Typography = "Typography",
        TypographySuggested = n => $"Typography: {n} {(n == 1 ? "fix" : "fixes")} available (quotes, dashes, non-breaking spaces).",
        TypographyApplied = n => $"Typography: {n} {(n == 1 ? "fix" : "fixes")} made. Check the text and save.",
        TypographyNothing = "Typography: nothing to fix.",
        ScheduleRequired = "Choose when to publish.",
        CorrectionRequired = "Write the correction (up to 4000 characters).",
        TitleRequired = "Enter a title.",
        TooLong = "One of the fields is too long.",
        AuthorRequired = "Pick at least one author from the list.",
        BadUrl = "A link must start with http:// or https://.",
        SourceIncomplete = "A retelling needs the outlet, the original headline and its URL.",
        Conflict = "Someone else saved this article while you were editing. Your text is kept in the form; theirs is the latest revision. Compare and save again.",
        NotAllowedFormat = "The article is “{0}”: that step is not possible now. Your text is kept in the form.",
        ScheduleInPast = "The publication time must be in the future.",
        ScheduleUnreadable = "The publication time could not be read: write it as yyyy-mm-dd hh:mm, e.g. 2026-12-31 18:30. Your text is kept in the form.",
        SchedulePlaceholder = "yyyy-mm-dd hh:mm",
        ScheduleZoneFormat = "In the site's time ({0}, UTC{1}), 24-hour clock.",
        SectionRequired = "Choose a section.",
        ImageNotFound = "That image is not in the media library.",
        Status = "Status",
        All = "All",
        TitleContains = "Title contains",
        SortBy = "Sort by",
        SortNewest = "Newest first",
        SortPublished = "Publication date",
        SortCreated = "Creation date",
        SortTitle = "Title",
        Apply = "Apply",
        Found = "Found",
        Date = "Date",
        Pages = "Pages",
        PreviousPage = "Previous page",
        NextPage = "Next page",
        Older = "Older",
        Newer = "Newer",
        MediaSearch = "Caption, credit or file name",
        AuditSearch = "Person or subject",
        AuditArticleFormat = "article #{0} «{1}»",
        AuditNoteScheduled = "on schedule",
        AuditNoteRetelling = "retelling",
        AuditNoteImport = "import",
        SchedulerName = "scheduler",
        NothingFound = "Nothing found.",
        AuditActionNames = new Dictionary<string, string>
        {
            [AuditActions.SignIn] = "sign-in",
            [AuditActions.SignInFailed] = "failed sign-in",
            [AuditActions.SignOut] = "sign-out",
            [AuditActions.PasswordReset] = "password reset",
            [AuditActions.Invite] = "invitation",
            [AuditActions.RolesChanged] = "roles changed",
            [AuditActions.TwoFactorChanged] = "second factor changed",
            [AuditActions.ArticleCreate] = "new article",
            [AuditActions.ArticleSave] = "article saved",
            [AuditActions.ArticleAutosave] = "article autosaved",
            [AuditActions.Submit] = "submitted for review",
            [AuditActions.ReturnToDraft] = "returned to draft",
            [AuditActions.Correction] = "correction",
            [AuditActions.Restore] = "revision restored",
            [AuditActions.Publish] = "published",
            [AuditActions.Unpublish] = "unpublished",
            [AuditActions.Schedule] = "scheduled",
            [AuditActions.Delete] = "deleted",
            [AuditActions.SiteExport] = "site exported",
            [AuditActions.SiteImport] = "archive imported",
            [AuditActions.ApiKeyCreate] = "API key created",
            [AuditActions.ApiKeyRevoke] = "API key revoked",
        },
        Who = "Who",
        Compare = "Compare with current",
        RestoreRevision = "Restore this revision",
        ChooseFile = "Choose a file.",
        Uploaded = "Image uploaded.",
        ImageFile = "File",
        NotAnImage = "This is not a JPEG, PNG or WebP image.",
        Truncated = "The file is damaged or incomplete.",
        TooManyPixels = "The picture is too large (over 50 megapixels or 20,000 pixels a side).",
        FileTooLargeFormat = "The file is larger than {0} MB.",
        RevisionVersusFormat = "Revision {0} → current ({1})",
        ReasonSave = "save",
        ReasonAutosave = "autosave",
        ReasonRestore = "restore",
        ReasonWorkflow = "status change",
        ReasonCorrection = "correction",
        ReasonRetell = "retold from the inbox",
        ReasonImport = "imported from an archive",
        When = "When",
        What = "Action",
        Subject = "Subject",
        Ip = "IP",
        Invite = "Invite a colleague",
        Email = "Email",
        DisplayName = "Name",
        RolesTitle = "Roles",
        SendInvite = "Send the invitation",
        Locked = "locked",
        InviteInvalid = "Enter an email and at least one role.",
        UserExists = "A user with this email already exists.",
        ImageAltMissingFormat = "Image {0} in the text ({1}) has no description for blind readers: without it the article cannot be published or scheduled.",
        LastAdmin = "The last admin cannot lose the Admin role.",
        RoleAdmin = "Admin",
        RoleEditor = "Editor",
        RoleAuthor = "Author",
        RoleModerator = "Moderator",
        Catalog = "Authors and sections",
        Add = "Add",
        NameRequired = "Enter a name (up to 200 characters; a section needs both languages).",
        InUse = "Cannot delete: articles use it. Move them first.",
        StatusNames = ["Draft", "In review", "Scheduled", "Published", "Unpublished"],
    };

    public required string Newsroom { get; init; }
    public required string Home { get; init; }
    public required string WorkWaiting { get; init; }
    public required string NothingWaits { get; init; }
    public required string WorkInReview { get; init; }
    public required string WorkScheduled { get; init; }
    public required string WorkRecentlyPublished { get; init; }
    public required string WorkMyDrafts { get; init; }
    public required string MineOnly { get; init; }
    public required string Articles { get; init; }
    public required string NewArticle { get; init; }
    public required string Media { get; init; }
    public required string Comments { get; init; }
    public required string Inbox { get; init; }
    public required string Shares { get; init; }
    public required string Webhooks { get; init; }
    public required string ApiKeys { get; init; }
    public required string SystemStatus { get; init; }
    public required string Export { get; init; }
    public required string Import { get; init; }
    public required string Users { get; init; }
    public required string EmailOrName { get; init; }
    public required string Audit { get; init; }
    public required string TwoFactor { get; init; }
    public required string SignOut { get; init; }
    public required string ToSite { get; init; }
    public required string ScheduledFor { get; init; }
    public required string ViewOnSite { get; init; }
    public required string Revisions { get; init; }
    public required string SeeTheirVersion { get; init; }
    public required string ReadOnly { get; init; }
    public required string Title { get; init; }
    public required string Dek { get; init; }
    public required string Body { get; init; }
    public required string Preview { get; init; }
    public required string Source { get; init; }
    public required string Outlet { get; init; }
    public required string NewOutlet { get; init; }
    public required string OriginalHeadline { get; init; }
    public required string OriginalUrl { get; init; }
    public required string OriginalDate { get; init; }
    public required string OriginalLanguage { get; init; }
    public required string Seo { get; init; }
    public required string MetaTitle { get; init; }
    public required string MetaDescription { get; init; }
    public required string SocialImage { get; init; }
    public required string EditorNotes { get; init; }
    public required string Actions { get; init; }
    public required string Save { get; init; }
    public required string SubmitForReview { get; init; }
    public required string PublishNow { get; init; }
    public required string ScheduleAt { get; init; }
    public required string Schedule { get; init; }
    public required string Unpublish { get; init; }
    public required string BackToDraft { get; init; }
    public required string ConfirmDelete { get; init; }
    public required string Delete { get; init; }
    public required string Section { get; init; }
    public required string Language { get; init; }
    public required string Authors { get; init; }
    public required string OwnBylineHint { get; init; }
    public required string Tags { get; init; }
    public required string Labels { get; init; }
    public required string Slug { get; init; }
    public required string Translation { get; init; }
    public required string LeadImage { get; init; }
    public required string NoImage { get; init; }
    public required string UploadImage { get; init; }
    public required string Caption { get; init; }
    public required string Credit { get; init; }
    public required string AltText { get; init; }
    public required string Corrections { get; init; }
    public required string AddCorrection { get; init; }
    public required string Saved { get; init; }
    public required string Typography { get; init; }
    public required Func<int, string> TypographySuggested { get; init; }
    public required Func<int, string> TypographyApplied { get; init; }
    public required string TypographyNothing { get; init; }
    public required string ScheduleRequired { get; init; }
    public required string CorrectionRequired { get; init; }
    public required string TitleRequired { get; init; }
    public required string TooLong { get; init; }
    public required string AuthorRequired { get; init; }
    public required string BadUrl { get; init; }
    public required string SourceIncomplete { get; init; }
    public required string Conflict { get; init; }
    /// <summary>A step the article's status does not allow; {0} is the status name.</summary>
    public required string NotAllowedFormat { get; init; }
    public required string ScheduleInPast { get; init; }
    public required string ScheduleUnreadable { get; init; }
    /// <summary>The form of a schedule the field asks for, in the words of the language.</summary>
    public required string SchedulePlaceholder { get; init; }
    /// <summary>{0} the site's time zone, {1} its standard offset from UTC.</summary>
    public required string ScheduleZoneFormat { get; init; }
    public required string SectionRequired { get; init; }
    public required string ImageNotFound { get; init; }
    public required string Status { get; init; }
    public required string All { get; init; }
    public required string TitleContains { get; init; }
    public required string SortBy { get; init; }
    public required string SortNewest { get; init; }
    public required string SortPublished { get; init; }
    public required string SortCreated { get; init; }
    public required string SortTitle { get; init; }
    public required string Apply { get; init; }
    public required string Found { get; init; }
    public required string Date { get; init; }
    public required string Pages { get; init; }
    public required string PreviousPage { get; init; }
    public required string NextPage { get; init; }
    public required string Older { get; init; }
    public required string Newer { get; init; }
    public required string MediaSearch { get; init; }
    public required string AuditSearch { get; init; }
    public required string AuditArticleFormat { get; init; }
    public required string AuditNoteScheduled { get; init; }
    public required string AuditNoteRetelling { get; init; }
    public required string AuditNoteImport { get; init; }
    public required string SchedulerName { get; init; }
    public required string NothingFound { get; init; }

    /// <summary>The audit log's action codes (<see cref="AuditActions"/>) as the log shows them; a test checks each has a name.</summary>
    public required IReadOnlyDictionary<string, string> AuditActionNames { get; init; }
    public required string Who { get; init; }
    public required string Compare { get; init; }
    public required string RestoreRevision { get; init; }
    public required string ChooseFile { get; init; }
    public required string Uploaded { get; init; }
    public required string ImageFile { get; init; }
    public required string NotAnImage { get; init; }
    public required string Truncated { get; init; }
    public required string TooManyPixels { get; init; }
    public required string FileTooLargeFormat { get; init; }
    public required string RevisionVersusFormat { get; init; }
    public required string ReasonSave { get; init; }
    public required string ReasonAutosave { get; init; }
    public required string ReasonRestore { get; init; }
    public required string ReasonWorkflow { get; init; }
    public required string ReasonCorrection { get; init; }
    public required string ReasonRetell { get; init; }
    public required string ReasonImport { get; init; }
    public required string When { get; init; }
    public required string What { get; init; }
    public required string Subject { get; init; }
    public required string Ip { get; init; }
    public required string Invite { get; init; }
    public required string Email { get; init; }
    public required string DisplayName { get; init; }
    public required string RolesTitle { get; init; }
    public required string SendInvite { get; init; }
    public required string Locked { get; init; }
    public required string InviteInvalid { get; init; }
    public required string UserExists { get; init; }
    public required string ImageAltMissingFormat { get; init; }
    public required string LastAdmin { get; init; }
    public required string RoleAdmin { get; init; }
    public required string RoleEditor { get; init; }
    public required string RoleAuthor { get; init; }
    public required string RoleModerator { get; init; }
    public required string Catalog { get; init; }
    public required string Add { get; init; }
    public required string NameRequired { get; init; }
    public required string InUse { get; init; }

    /// <summary>Names of <see cref="ArticleStatus"/> values, in enum order.</summary>
    public required IReadOnlyList<string> StatusNames { get; init; }

    public static NewsroomText For(ContentLanguage language) => language == ContentLanguage.En ? En : Ru;

    public string StatusName(ArticleStatus status) => StatusNames[(int)status];

    public string NotAllowed(ArticleStatus status) =>
        string.Format(CultureInfo.InvariantCulture, NotAllowedFormat, StatusName(status));

    /// <summary>An action of the audit log in this language; a code this build does not know is shown as stored.</summary>
    public string AuditActionName(string action) => AuditActionNames.GetValueOrDefault(action, action);

    /// <summary>An audit entry's subject in this language when it names an article; any other subject as stored.</summary>
    public string AuditSubject(string stored)
    {
        if (ArticleAuditSubject.Parse(stored) is not { } article)
        {
            return stored;
        }
        var note = article.Note switch
        {
            null => "",
            ArticleAuditSubject.Scheduled => $" ({AuditNoteScheduled})",
            ArticleAuditSubject.Retelling => $" ({AuditNoteRetelling})",
            ArticleAuditSubject.Imported => $" ({AuditNoteImport})",
            var other => $" ({other})",
        };
        return string.Format(CultureInfo.InvariantCulture, AuditArticleFormat, article.Id, article.Title) + note;
    }

    /// <summary>Who made a change: the scheduler, which has no account, by its name in this language.</summary>
    public string ActorName(string? userId, string name) =>
        userId is null && name == ArticleActor.Scheduler.Name ? SchedulerName : name;

    public string RoleName(string role) => role switch
    {
        Accounts.Roles.Admin => RoleAdmin,
        Accounts.Roles.Editor => RoleEditor,
        Accounts.Roles.Author => RoleAuthor,
        _ => RoleModerator,
    };

    public string ScheduleZone(TimeZoneInfo zone)
    {
        var offset = zone.BaseUtcOffset;
        var sign = offset < TimeSpan.Zero ? "−" : "+";
        return string.Format(CultureInfo.InvariantCulture, ScheduleZoneFormat, zone.Id, $"{sign}{offset:hh\\:mm}");
    }

    public string FileTooLarge(long bytes) =>
        string.Format(CultureInfo.InvariantCulture, FileTooLargeFormat, bytes / 1024 / 1024);

    /// <summary>Names an image without alt text by its place in the text and its caption or, lacking one, its address.</summary>
    public string ImageAltMissing(int position, string name) =>
        string.Format(CultureInfo.InvariantCulture, ImageAltMissingFormat, position, name);

    public string RevisionVersusCurrent(int revision, int current) =>
        string.Format(CultureInfo.InvariantCulture, RevisionVersusFormat, revision, current);

    public string ImageProblem(string problem) => problem switch
    {
        nameof(ImagePipeline.Problem.Truncated) => Truncated,
        nameof(ImagePipeline.Problem.TooManyPixels) => TooManyPixels,
        _ => NotAnImage,
    };

    public string ReasonName(string reason) => reason switch
    {
        RevisionReasons.Autosave => ReasonAutosave,
        RevisionReasons.Restore => ReasonRestore,
        RevisionReasons.Workflow => ReasonWorkflow,
        RevisionReasons.Correction => ReasonCorrection,
        RevisionReasons.Retell => ReasonRetell,
        RevisionReasons.Import => ReasonImport,
        _ => ReasonSave,
    };
}
