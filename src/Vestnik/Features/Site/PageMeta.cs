using Vestnik.Infrastructure.Localization;

namespace Vestnik.Features.Site;

/// <summary>
/// What the layout puts in <c>&lt;head&gt;</c> for the current page: title, description, canonical URL,
/// social-card tags, alternates and structured data. A page fills it in; the layout only renders it.
/// </summary>
public sealed class PageMeta
{
    public string Title { get; set; } = "";
    public string Description { get; set; } = "";

    /// <summary>Site-relative canonical path; the layout makes it absolute.</summary>
    public string? CanonicalPath { get; set; }

    /// <summary>OpenGraph type: "website" for lists, "article" for articles.</summary>
    public string OpenGraphType { get; set; } = "website";

    /// <summary>Site-relative or absolute URL of the social-card image.</summary>
    public string? ImageUrl { get; set; }

    public DateTimeOffset? PublishedAt { get; set; }
    public DateTimeOffset? ModifiedAt { get; set; }

    /// <summary>The same content in other languages, as <c>hreflang</c> links (language, site-relative path).</summary>
    public List<(ContentLanguage Language, string Path)> Alternates { get; } = [];

    /// <summary>Serialized schema.org JSON-LD (already escaped for embedding in HTML).</summary>
    public string? JsonLd { get; set; }

    /// <summary>Pages that must never be indexed (errors, search results).</summary>
    public bool NoIndex { get; set; }
}
