using Vestnik.Infrastructure.Localization;
using Vestnik.Infrastructure.Text;

namespace Vestnik.Features.Export;

/// <summary>Interface strings of the export page in both languages; a missing translation does not compile.</summary>
public sealed record ExportText
{
    public static readonly ExportText Ru = new()
    {
        Language = ContentLanguage.Ru,
        Title = "Выгрузка сайта",
        Intro = "Архив со всем сайтом: статьи во всех состояниях (Markdown и HTML), рубрики, теги, метки, авторы, " +
            "комментарии, учётные записи сотрудников и читателей, файлы медиатеки. Формат описан в docs/export.md.",
        Contents = "В архив войдут:",
        ArticleOne = "статья",
        ArticleFew = "статьи",
        ArticleMany = "статей",
        CommentOne = "комментарий",
        CommentFew = "комментария",
        CommentMany = "комментариев",
        AccountOne = "учётная запись",
        AccountFew = "учётные записи",
        AccountMany = "учётных записей",
        MediaFileOne = "файл медиатеки",
        MediaFileFew = "файла медиатеки",
        MediaFileMany = "файлов медиатеки",
        Secret = "В архиве хэши паролей, секреты второго фактора и адреса почты читателей. Храните его как резервную копию " +
            "и не пересылайте по почте. Выгрузка записывается в журнал аудита.",
        Download = "Скачать архив",
    };

    public static readonly ExportText En = new()
    {
        Language = ContentLanguage.En,
        Title = "Site export",
        Intro = "An archive of the whole site: articles in every state (Markdown and HTML), sections, tags, labels, " +
            "authors, comments, staff and reader accounts, and the media library's files. docs/export.md describes the format.",
        Contents = "The archive will hold:",
        ArticleOne = "article",
        ArticleFew = "articles",
        ArticleMany = "articles",
        CommentOne = "comment",
        CommentFew = "comments",
        CommentMany = "comments",
        AccountOne = "account",
        AccountFew = "accounts",
        AccountMany = "accounts",
        MediaFileOne = "media file",
        MediaFileFew = "media files",
        MediaFileMany = "media files",
        Secret = "The archive holds password hashes, two-factor secrets and readers' email addresses. Keep it as you keep " +
            "backups and do not send it by email. Each export is recorded in the audit log.",
        Download = "Download the archive",
    };

    public required ContentLanguage Language { get; init; }
    public required string Title { get; init; }
    public required string Intro { get; init; }
    public required string Contents { get; init; }
    public required string ArticleOne { get; init; }
    public required string ArticleFew { get; init; }
    public required string ArticleMany { get; init; }
    public required string CommentOne { get; init; }
    public required string CommentFew { get; init; }
    public required string CommentMany { get; init; }
    public required string AccountOne { get; init; }
    public required string AccountFew { get; init; }
    public required string AccountMany { get; init; }
    public required string MediaFileOne { get; init; }
    public required string MediaFileFew { get; init; }
    public required string MediaFileMany { get; init; }
    public required string Secret { get; init; }
    public required string Download { get; init; }

    public static ExportText For(ContentLanguage language) => language == ContentLanguage.En ? En : Ru;

    public string Articles(long count) => Count(count, ArticleOne, ArticleFew, ArticleMany);
    public string Comments(long count) => Count(count, CommentOne, CommentFew, CommentMany);
    public string Accounts(long count) => Count(count, AccountOne, AccountFew, AccountMany);
    public string MediaFiles(long count) => Count(count, MediaFileOne, MediaFileFew, MediaFileMany);

    private string Count(long count, string one, string few, string many)
    {
        var word = Language == ContentLanguage.En ? (count == 1 ? one : many) : RussianPlural.Choose(count, one, few, many);
        return $"{count.ToString("N0", Language.Culture())} {word}";
    }
}
