using Vestnik.Infrastructure.Text;

namespace Vestnik.Infrastructure.Localization;

/// <summary>
/// Every interface string of the reader site, typed, in both languages. A missing translation is a compile
/// error rather than a key showing on the page.
/// </summary>
public sealed record UiText
{
    public static readonly UiText Ru = new()
    {
        Language = ContentLanguage.Ru,
        Home = "Главная",
        Sections = "Разделы",
        Latest = "Последние новости",
        MostRead = "Самое читаемое",
        ReadAlso = "Читайте также",
        WriteComment = "Написать комментарий",
        Source = "Источник",
        OriginalPublished = "опубликовано",
        Corrections = "Исправления",
        Updated = "обновлено",
        Page = "Страница",
        NextPage = "Следующая страница",
        PreviousPage = "Предыдущая страница",
        Pagination = "Страницы",
        ArticlesByAuthor = "Статьи автора",
        Tag = "Тег",
        Translation = "Read in English",
        NotFoundTitle = "Страница не найдена",
        NotFoundText = "Такой страницы нет. Возможно, ссылка устарела или в адресе опечатка.",
        GoneTitle = "Материал снят с публикации",
        GoneText = "Редакция сняла этот материал с публикации.",
        ErrorTitle = "Что-то пошло не так",
        ErrorText = "Мы уже знаем об ошибке. Попробуйте обновить страницу через минуту.",
        SkipToContent = "Перейти к содержанию",
        OtherLanguage = "English",
        MainNavigation = "Основная навигация",
        NoArticles = "Здесь пока нет статей.",
        AllRights = "Все материалы созданы редакцией.",
        SignIn = "Войти",
        MyAccount = "Мой аккаунт",
        SignOut = "Выйти",
        AccountNavigation = "Учётная запись",
    };

    public static readonly UiText En = new()
    {
        Language = ContentLanguage.En,
        Home = "Home",
        Sections = "Sections",
        Latest = "Latest news",
        MostRead = "Most read",
        ReadAlso = "Read also",
        WriteComment = "Write a comment",
        Source = "Source",
        OriginalPublished = "published",
        Corrections = "Corrections",
        Updated = "updated",
        Page = "Page",
        NextPage = "Next page",
        PreviousPage = "Previous page",
        Pagination = "Pages",
        ArticlesByAuthor = "Articles by",
        Tag = "Tag",
        Translation = "Читать по-русски",
        NotFoundTitle = "Page not found",
        NotFoundText = "There is no such page. The link may be out of date, or the address may have a typo.",
        GoneTitle = "This article was withdrawn",
        GoneText = "The editors have withdrawn this article.",
        ErrorTitle = "Something went wrong",
        ErrorText = "We have been told about the error. Please try again in a minute.",
        SkipToContent = "Skip to content",
        OtherLanguage = "Русский",
        MainNavigation = "Main navigation",
        NoArticles = "No articles here yet.",
        AllRights = "All content is written by the newsroom.",
        SignIn = "Sign in",
        MyAccount = "My account",
        SignOut = "Sign out",
        AccountNavigation = "Account",
    };

    public required ContentLanguage Language { get; init; }
    public required string Home { get; init; }
    public required string Sections { get; init; }
    public required string Latest { get; init; }
    public required string MostRead { get; init; }
    public required string ReadAlso { get; init; }
    public required string WriteComment { get; init; }
    public required string Source { get; init; }
    public required string OriginalPublished { get; init; }
    public required string Corrections { get; init; }
    public required string Updated { get; init; }
    public required string Page { get; init; }
    public required string NextPage { get; init; }
    public required string PreviousPage { get; init; }
    public required string Pagination { get; init; }
    public required string ArticlesByAuthor { get; init; }
    public required string Tag { get; init; }
    public required string Translation { get; init; }
    public required string NotFoundTitle { get; init; }
    public required string NotFoundText { get; init; }
    public required string GoneTitle { get; init; }
    public required string GoneText { get; init; }
    public required string ErrorTitle { get; init; }
    public required string ErrorText { get; init; }
    public required string SkipToContent { get; init; }
    public required string OtherLanguage { get; init; }
    public required string MainNavigation { get; init; }
    public required string NoArticles { get; init; }
    public required string AllRights { get; init; }
    public required string SignIn { get; init; }
    public required string MyAccount { get; init; }
    public required string SignOut { get; init; }
    public required string AccountNavigation { get; init; }

    public static UiText For(ContentLanguage language) => language == ContentLanguage.En ? En : Ru;

    /// <summary>"12 статей" / "12 articles".</summary>
    public string ArticleCount(long count) => Language == ContentLanguage.En
        ? $"{count} {(count == 1 ? "article" : "articles")}"
        : RussianPlural.Format(count, "статья", "статьи", "статей");

    /// <summary>"3 комментария" / "3 comments".</summary>
    public string CommentCount(long count) => Language == ContentLanguage.En
        ? $"{count} {(count == 1 ? "comment" : "comments")}"
        : RussianPlural.Format(count, "комментарий", "комментария", "комментариев");

    /// <summary>"5 минут чтения" / "5 min read".</summary>
    public string ReadingTime(int minutes) => Language == ContentLanguage.En
        ? $"{minutes} min read"
        : $"{minutes} {RussianPlural.Choose(minutes, "минута", "минуты", "минут")} чтения";
}
