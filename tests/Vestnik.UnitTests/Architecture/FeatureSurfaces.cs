namespace Vestnik.UnitTests.Architecture;

/// <summary>
/// What each feature offers the others beyond its root namespace, its <c>Model</c> namespace and its entities. Adding a
/// line here is a design decision to be made in review, never a way to silence the architecture test.
/// </summary>
public static class FeatureSurfaces
{
    public static readonly IReadOnlyDictionary<string, string[]> Declared = new Dictionary<string, string[]>
    {
        // The capability vocabulary every desk authorizes with, and the audit log every desk writes to.
        ["Accounts"] = ["Authorization", "Audit"],
        // The comment block the article page embeds, and the formatter an imported comment is rendered by, as a
        // reader's is.
        ["Comments"] = ["Threads", "Posting"],
        // The share bar and the social card image the article page embeds.
        ["Distribution"] = ["Sharing", "SocialCards"],
        // The one write path every writer of articles goes through (the editor, the scheduler, "Retell" in the inbox,
        // an archive import, the admin API) with its form and who-may-edit rule, the menu every desk adds its own entry
        // to, and the media library an import or the admin API brings images into.
        ["Newsroom"] = ["Articles.Workflow", "Menu", "Media"],
        // The Read also list the article page shows.
        ["Search"] = ["ReadAlso"],
    };
}
