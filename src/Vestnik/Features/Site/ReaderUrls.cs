using Vestnik.Infrastructure.Localization;

namespace Vestnik.Features.Site;

/// <summary>
/// The reader site's URL scheme, in one place. Russian lives at the root, English under <c>/en</c>;
/// an article's URL follows its own language.
/// </summary>
public static class ReaderUrls
{
    public static string Home(ContentLanguage language) => language == ContentLanguage.En ? "/en" : "/";

    public static string Article(ContentLanguage language, string slug) => $"{language.PathPrefix()}/articles/{slug}";

    public static string Section(ContentLanguage language, string slug) => $"{language.PathPrefix()}/sections/{slug}";

    public static string Tag(ContentLanguage language, string slug) => $"{language.PathPrefix()}/tags/{slug}";

    public static string Author(ContentLanguage language, string slug) => $"{language.PathPrefix()}/authors/{slug}";

    /// <summary>The same path with <c>?page=N</c>; page 1 has no parameter so it has one canonical URL.</summary>
    public static string Paged(string path, int page) => page <= 1 ? path : $"{path}?page={page}";
}
