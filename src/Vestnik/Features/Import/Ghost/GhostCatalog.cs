namespace Vestnik.Features.Import.Ghost;

/// <summary>
/// What the posts of a Ghost export refer to, read by the first pass over the file: bylines by Ghost user id, tags
/// and sections by Ghost tag id, each post's tags and authors in their order, and the alt text and caption Ghost
/// keeps for a feature image beside the post.
/// </summary>
public sealed class GhostCatalog
{
    public string Version { get; set; } = "";
    public Dictionary<string, int> BylinesByUser { get; } = new(StringComparer.Ordinal);
    public Dictionary<string, GhostTag> Tags { get; } = new(StringComparer.Ordinal);
    public Dictionary<string, List<string>> TagsOfPost { get; } = new(StringComparer.Ordinal);
    public Dictionary<string, List<string>> AuthorsOfPost { get; } = new(StringComparer.Ordinal);
    public Dictionary<string, (string Alt, string Caption)> FeatureImages { get; } = new(StringComparer.Ordinal);

    /// <summary>The section of posts without a public tag: the first section of the site.</summary>
    public int? FallbackSectionId { get; set; }

    /// <summary>A tag of the export: our tag (null for an internal <c>#tag</c>), and the section it is when it leads a post.</summary>
    public sealed record GhostTag(string Slug, string Name, bool Internal)
    {
        public int? TagId { get; set; }
        public int? SectionId { get; set; }
    }
}
