namespace Vestnik.Features.Import.WordPress;

/// <summary>
/// What the posts of an export refer to, resolved to rows here by the first pass over the file: bylines by login,
/// sections by category slug, tags by tag slug, and the attachments (featured images, galleries) by id.
/// </summary>
public sealed class WordPressCatalog
{
    public WxrSite Site { get; set; } = new("", "", "");
    public Dictionary<string, int> AuthorsByLogin { get; } = new(StringComparer.Ordinal);
    public Dictionary<string, int> SectionsBySlug { get; } = new(StringComparer.Ordinal);
    public Dictionary<string, int> TagsBySlug { get; } = new(StringComparer.Ordinal);
    public Dictionary<string, Attachment> Attachments { get; } = new(StringComparer.Ordinal);

    /// <summary>The byline of posts whose author the export does not name.</summary>
    public int? FallbackAuthorId { get; set; }

    /// <summary>The section of posts without a category: the first section of the site.</summary>
    public int? FallbackSectionId { get; set; }

    /// <summary>The path the old site's addresses start with ("" at the root, "/blog" for a blog in a folder).</summary>
    public string BasePath => Uri.TryCreate(Site.BaseUrl, UriKind.Absolute, out var uri) ? uri.AbsolutePath.TrimEnd('/') : "";

    public sealed record Attachment(string Url, string Alt, string Caption);
}
