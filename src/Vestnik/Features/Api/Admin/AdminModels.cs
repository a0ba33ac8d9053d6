using System.ComponentModel;

namespace Vestnik.Features.Api.Admin;

// The JSON the admin API reads and answers with. Names follow the content API's; dates are ISO 8601 with an offset.

/// <summary>
/// An article's fields as a tool sends them. On create and PUT, a field left out is empty (title and section are
/// required); on PATCH, a field left out or null keeps its value.
/// </summary>
public sealed record AdminArticleInput(
    [property: Description("The headline; Unicode of any script.")] string? Title,
    [property: Description("The standfirst under the headline.")] string? Dek,
    [property: Description("The body in the newsroom's Markdown; raw HTML is not rendered.")] string? BodyMarkdown,
    [property: Description("The section's slug (GET /api/v1/sections lists them).")] string? Section,
    [property: Description("ru or en; new articles are Russian unless told.")] string? Language,
    [property: Description("The address after /articles/; by default it follows the title until first publication.")] string? Slug,
    [property: Description("Tag names; unknown ones are created.")] IReadOnlyList<string>? Tags,
    [property: Description("Authors' slugs in byline order (at most four); none: the key's account's own byline.")] IReadOnlyList<string>? Authors,
    [property: Description("Label slugs: exclusive, breaking, analysis, opinion or one the newsroom defined.")] IReadOnlyList<string>? Labels,
    [property: Description("The outlet and story a retelling is based on.")] AdminSourceInput? Source);

public sealed record AdminSourceInput(
    [property: Description("The outlet's name; a new one is added to the newsroom's list.")] string? Outlet,
    [property: Description("The original story's headline.")] string? Headline,
    [property: Description("The original story's address (http or https).")] string? Url,
    DateTimeOffset? PublishedAt,
    [property: Description("The original's language code, such as en or de.")] string? Language);

/// <summary>When a scheduled article goes live.</summary>
public sealed record AdminScheduleInput([property: Description("A time in the future, ISO 8601 with an offset.")] DateTimeOffset? At);

public sealed record AdminNamed(string Slug, string Name);

public sealed record AdminSource(string Outlet, string Headline, string Url, DateTimeOffset? PublishedAt, string Language);

/// <summary>An article in any status, as the newsroom holds it; <c>Version</c> is what If-Match names (its ETag is <c>"Version"</c>).</summary>
public sealed record AdminArticle(
    int Id,
    int Version,
    [property: Description("draft, inreview, scheduled, published or unpublished.")] string Status,
    string Slug,
    string Language,
    string Title,
    string Dek,
    string BodyMarkdown,
    [property: Description("The body as readers get it: rendered and sanitized, links absolute.")] string BodyHtml,
    AdminNamed Section,
    IReadOnlyList<AdminNamed> Authors,
    IReadOnlyList<AdminNamed> Tags,
    IReadOnlyList<AdminNamed> Labels,
    AdminSource? Source,
    DateTimeOffset CreatedAt,
    DateTimeOffset? PublishedAt,
    DateTimeOffset? UpdatedAt,
    DateTimeOffset? ScheduledFor,
    [property: Description("The reader page; it answers once the article is published.")] string Url,
    [property: Description("The article in the newsroom's editor.")] string EditUrl);

/// <summary>One size of an uploaded image.</summary>
public sealed record AdminRendition(int Width, int Height, string Jpeg, string Webp);

/// <summary>An image in the media library, with the Markdown that places it in a body.</summary>
public sealed record AdminMedia(
    int Id,
    int Width,
    int Height,
    string Caption,
    string Credit,
    string Alt,
    [property: Description("The largest JPEG, absolute.")] string Url,
    IReadOnlyList<AdminRendition> Renditions,
    [property: Description("Paste into bodyMarkdown: the image as a figure with its caption and credit.")] string Markdown);
