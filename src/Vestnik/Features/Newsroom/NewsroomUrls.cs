namespace Vestnik.Features.Newsroom;

/// <summary>
/// The newsroom's own addresses in one place, as <see cref="Site.ReaderUrls"/> is for the reader site: other desks
/// (the inbox's "Retell") link to the editor through these, and a page's route and its links cannot drift apart.
/// </summary>
public static class NewsroomUrls
{
    public const string Home = "/newsroom";

    public const string Articles = "/newsroom/articles";

    public const string NewArticle = "/newsroom/articles/edit";

    public const string Media = "/newsroom/media";
    public const string MediaLibrary = Media + "/library";

    public const string Catalog = "/newsroom/catalog";

    public const string Audit = "/newsroom/audit";

    public static string EditArticle(int id) => $"{NewArticle}/{id}";

    public static string Revisions(int articleId) => $"{Articles}/{articleId}/revisions";

    /// <summary>Switches the newsroom's language and comes back to <paramref name="returnUrl"/>.</summary>
    public static string Language(string to, string returnUrl) => $"{Home}/language?to={to}&returnUrl={Uri.EscapeDataString(returnUrl)}";
}
