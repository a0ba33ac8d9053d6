using Vestnik.Infrastructure.Localization;
using Vestnik.Infrastructure.Text;

namespace Vestnik.Features.Import.Upload;

/// <summary>Interface strings of the import page in both languages; a missing translation does not compile.</summary>
public sealed record ImportText
{
    public static readonly ImportText Ru = new()
    {
        Language = ContentLanguage.Ru,
        Title = "Импорт архива",
        Intro = "Загрузите выгрузку WordPress (файл .xml) или Ghost (файл .json): сам файл или zip-архив с ним и папкой " +
            "изображений рядом (uploads у WordPress, images у Ghost). Статьи, " +
            "рубрики, теги, авторы, комментарии и изображения переносятся на сайт, старые адреса отвечают переадресацией. " +
            "Повторный импорт того же файла ничего не меняет; более новая выгрузка обновляет то, что изменилось.",
        Source = "Откуда",
        FileFormat = "Файл выгрузки (.xml, .json или .zip, до {0})",
        DryRun = "Пробный прогон: прочитать и проверить всё, ничего не сохраняя",
        IncludePages = "Импортировать и страницы, не только записи",
        Start = "Загрузить и импортировать",
        Uploading = "Отправка файла",
        Latest = "Последний импорт",
        Refresh = "Обновить",
        RefreshHint = "Ход импорта обновляется сам; если на странице не работают скрипты, нажмите «Обновить».",
        QueuedByFormat = "{0}, загрузил(а) {1} {2}",
        Queued = "В очереди",
        Running = "Идёт импорт",
        Finished = "Завершён",
        Failed = "Остановлен",
        CatalogPhase = "рубрики, теги и авторы",
        PostsPhase = "статьи и комментарии",
        ProgressFormat = "{0}: {1} % файла, {2}",
        DryRunDone = "Пробный прогон: ничего не сохранено.",
        Report = "Итог",
        NewArticles = "Новые статьи",
        UpdatedArticles = "Обновлённые статьи",
        UnchangedArticles = "Без изменений",
        SkippedItems = "Пропущено",
        NewComments = "Новые комментарии",
        UpdatedComments = "Обновлённые комментарии",
        Images = "Изображения в медиатеке",
        SkippedList = "Пропущенные записи и причины",
        WarningList = "Замечания",
        NotImportedList = "Не импортировано (на сайте нет такого вида материалов)",
        Unreadable = "Файл не удалось прочитать до конца. Пакеты до ошибки сохранены; импорт исправленного файла продолжит с этого места.",
        Interrupted = "Импорт прервался: сайт остановился во время импорта. Сохранённое до остановки остаётся; загрузите файл ещё раз, чтобы продолжить.",
        Broken = "Импорт прервался на непредвиденной ошибке; подробности в журнале сервера.",
        History = "Прошлые импорты",
        When = "Когда",
        File = "Файл",
        Who = "Кто",
        State = "Состояние",
        Outcome = "Итог",
        OutcomeFormat = "{0} импортировано или обновлено, пропущено: {1}",
        UploadFailed = "Файл не удалось отправить: связь прервалась. Попробуйте ещё раз.",
        NoRuns = "Импортов ещё не было.",
        ChooseFile = "Выберите файл выгрузки.",
        WrongTypeFormat = "Нужен файл {0} или zip-архив.",
        TooLargeFormat = "Файл больше {0}: столько принимает сайт (настройка Import:MaxUploadBytes).",
        NotAZip = "Файл не читается как zip-архив.",
        UnsafePath = "В архиве есть пути, ведущие за его пределы (../ или абсолютные); такой архив не принимается.",
        TooManyEntriesFormat = "В архиве больше {0} файлов.",
        TooLargeUnpackedFormat = "Распакованный архив больше {0}.",
        NoExportFormat = "В архиве нет файла выгрузки {0} (вне папки {1}).",
        SeveralExportsFormat = "В архиве несколько файлов выгрузки {0}; оставьте один.",
        Article = new("статья", "статьи", "статей"),
        Comment = new("комментарий", "комментария", "комментариев"),
        Image = new("изображение", "изображения", "изображений"),
        Item = new("запись", "записи", "записей"),
        Entry = new("файла", "файлов", "файлов"),
    };

    public static readonly ImportText En = new()
    {
        Language = ContentLanguage.En,
        Title = "Archive import",
        Intro = "Upload a WordPress export (the .xml file) or a Ghost export (the .json file): the file itself, or a zip holding " +
            "it with its images folder beside it (uploads for WordPress, images for Ghost). Articles, " +
            "sections, tags, authors, comments and images come into the site, and the old addresses redirect to the new ones. " +
            "Importing the same file again changes nothing; a newer export updates what changed.",
        Source = "From",
        FileFormat = "Export file (.xml, .json or .zip, up to {0})",
        DryRun = "Dry run: read and check everything, keep nothing",
        IncludePages = "Import pages too, not only posts",
        Start = "Upload and import",
        Uploading = "Sending the file",
        Latest = "Latest import",
        Refresh = "Refresh",
        RefreshHint = "The progress updates by itself; where scripts do not run on the page, press “Refresh”.",
        QueuedByFormat = "{0}, uploaded by {1} on {2}",
        Queued = "Queued",
        Running = "Importing",
        Finished = "Finished",
        Failed = "Stopped",
        CatalogPhase = "sections, tags and authors",
        PostsPhase = "articles and comments",
        ProgressFormat = "{0}: {1} % of the file, {2}",
        DryRunDone = "Dry run: nothing was kept.",
        Report = "Report",
        NewArticles = "New articles",
        UpdatedArticles = "Updated articles",
        UnchangedArticles = "Unchanged",
        SkippedItems = "Skipped",
        NewComments = "New comments",
        UpdatedComments = "Updated comments",
        Images = "Images in the media library",
        SkippedList = "Skipped items and why",
        WarningList = "Notes",
        NotImportedList = "Not imported (the site has no such kind of content)",
        Unreadable = "The file could not be read to the end. The batches before the error are kept; importing the corrected file continues from there.",
        Interrupted = "The import was cut short: the site stopped while it ran. What was saved before stays; upload the file again to continue.",
        Broken = "The import broke on an unexpected error; the server log has the details.",
        History = "Past imports",
        When = "When",
        File = "File",
        Who = "Who",
        State = "State",
        Outcome = "Outcome",
        OutcomeFormat = "{0} imported or updated, skipped: {1}",
        UploadFailed = "The file could not be sent: the connection broke. Try again.",
        NoRuns = "Nothing has been imported yet.",
        ChooseFile = "Choose an export file.",
        WrongTypeFormat = "A {0} file or a zip archive is needed.",
        TooLargeFormat = "The file is larger than {0}, the most the site takes (the Import:MaxUploadBytes setting).",
        NotAZip = "The file cannot be read as a zip archive.",
        UnsafePath = "The archive has paths leading out of it (../ or absolute ones); such an archive is refused.",
        TooManyEntriesFormat = "The archive holds more than {0} files.",
        TooLargeUnpackedFormat = "The archive unpacks to more than {0}.",
        NoExportFormat = "The archive holds no {0} export file (outside the {1} folder).",
        SeveralExportsFormat = "The archive holds several {0} export files; keep one.",
        Article = new("article", "articles", "articles"),
        Comment = new("comment", "comments", "comments"),
        Image = new("image", "images", "images"),
        Item = new("item", "items", "items"),
        Entry = new("file", "files", "files"),
    };

    /// <summary>A noun's forms after a count: 1, 2–4 and 5 or more in Russian (one and many in English).</summary>
    public sealed record Forms(string One, string Few, string Many);

    public required ContentLanguage Language { get; init; }
    public required string Title { get; init; }
    public required string Intro { get; init; }
    public required string Source { get; init; }
    public required string FileFormat { get; init; }
    public required string DryRun { get; init; }
    public required string IncludePages { get; init; }
    public required string Start { get; init; }
    public required string Uploading { get; init; }
    public required string Latest { get; init; }
    public required string Refresh { get; init; }
    public required string RefreshHint { get; init; }
    public required string QueuedByFormat { get; init; }
    public required string Queued { get; init; }
    public required string Running { get; init; }
    public required string Finished { get; init; }
    public required string Failed { get; init; }
    public required string CatalogPhase { get; init; }
    public required string PostsPhase { get; init; }
    public required string ProgressFormat { get; init; }
    public required string DryRunDone { get; init; }
    public required string Report { get; init; }
    public required string NewArticles { get; init; }
    public required string UpdatedArticles { get; init; }
    public required string UnchangedArticles { get; init; }
    public required string SkippedItems { get; init; }
    public required string NewComments { get; init; }
    public required string UpdatedComments { get; init; }
    public required string Images { get; init; }
    public required string SkippedList { get; init; }
    public required string WarningList { get; init; }
    public required string NotImportedList { get; init; }
    public required string Unreadable { get; init; }
    public required string Interrupted { get; init; }
    public required string Broken { get; init; }
    public required string History { get; init; }
    public required string When { get; init; }
    public required string File { get; init; }
    public required string Who { get; init; }
    public required string State { get; init; }
    public required string Outcome { get; init; }
    public required string OutcomeFormat { get; init; }
    public required string UploadFailed { get; init; }
    public required string NoRuns { get; init; }
    public required string ChooseFile { get; init; }
    public required string WrongTypeFormat { get; init; }
    public required string TooLargeFormat { get; init; }
    public required string NotAZip { get; init; }
    public required string UnsafePath { get; init; }
    public required string TooManyEntriesFormat { get; init; }
    public required string TooLargeUnpackedFormat { get; init; }
    public required string NoExportFormat { get; init; }
    public required string SeveralExportsFormat { get; init; }
    public required Forms Article { get; init; }
    public required Forms Comment { get; init; }
    public required Forms Image { get; init; }
    public required Forms Item { get; init; }
    public required Forms Entry { get; init; }

    public static ImportText For(ContentLanguage language) => language == ContentLanguage.En ? En : Ru;

    public string SourceName(ImportRunSource source) => source switch
    {
        ImportRunSource.WordPress => "WordPress",
        ImportRunSource.Ghost => "Ghost",
        _ => source.ToString(),
    };

    public string FileLabel(long maxBytes) => string.Format(Language.Culture(), FileFormat, ByteSize.Format(maxBytes, Language));

    public string QueuedBy(string file, string who, string when) => string.Format(Language.Culture(), QueuedByFormat, file, who, when);

    public string StateName(ImportRunState state) => state switch
    {
        ImportRunState.Queued => Queued,
        ImportRunState.Running => Running,
        ImportRunState.Finished => Finished,
        _ => Failed,
    };

    /// <summary>"статьи и комментарии: 40 % файла, 120 записей"; a phase a future importer names is shown as it is.</summary>
    public string Progress(string phase, long read, long total, int items)
    {
        var name = phase switch
        {
            "catalog" => CatalogPhase,
            "posts" => PostsPhase,
            _ => phase,
        };
        return string.Format(Language.Culture(), ProgressFormat, name, total == 0 ? 0 : read * 100 / total, Count(items, Item));
    }

    public string OutcomeLine(int articles, int skipped) =>
        string.Format(Language.Culture(), OutcomeFormat, Count(articles, Article), skipped.ToString("N0", Language.Culture()));

    public string FailureText(ImportRunFailure failure) => failure switch
    {
        ImportRunFailure.Unreadable => Unreadable,
        ImportRunFailure.Interrupted => Interrupted,
        _ => Broken,
    };

    /// <summary>Why an upload was refused, naming the file and folder the chosen source's export has.</summary>
    public string Problem(UploadProblem problem, ImportUploadOptions limits, ImportRunSource source) => problem switch
    {
        UploadProblem.NoFile => ChooseFile,
        UploadProblem.WrongType => string.Format(Language.Culture(), WrongTypeFormat, ImportRunSources.FilesOf(source).ExportExtension),
        UploadProblem.TooLarge => string.Format(Language.Culture(), TooLargeFormat, ByteSize.Format(limits.MaxUploadBytes, Language)),
        UploadProblem.NotAZip => NotAZip,
        UploadProblem.UnsafePath => UnsafePath,
        UploadProblem.TooManyEntries => string.Format(Language.Culture(), TooManyEntriesFormat, Count(limits.MaxZipEntries, Entry)),
        UploadProblem.TooLargeUnpacked => string.Format(Language.Culture(), TooLargeUnpackedFormat, ByteSize.Format(limits.MaxUnpackedBytes, Language)),
        UploadProblem.NoExport => string.Format(Language.Culture(), NoExportFormat, ImportRunSources.FilesOf(source).ExportExtension, ImportRunSources.FilesOf(source).MediaFolder),
        _ => string.Format(Language.Culture(), SeveralExportsFormat, ImportRunSources.FilesOf(source).ExportExtension),
    };

    /// <summary>"12 статей", "1 article": the number in the page's language and the agreeing form.</summary>
    public string Count(long count, Forms forms)
    {
        var word = Language == ContentLanguage.En ? (count == 1 ? forms.One : forms.Many) : RussianPlural.Choose(count, forms.One, forms.Few, forms.Many);
        return $"{count.ToString("N0", Language.Culture())} {word}";
    }
}
