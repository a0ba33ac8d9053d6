namespace Vestnik.Features.Api.Content;

// The JSON the content API answers with. Every URL is absolute; dates are ISO 8601 with their offset (UTC).

/// <summary>A section, tag, author or label as an article names it.</summary>
public sealed record ApiRef(string Slug, string Name, string? Url);

public sealed record ApiImage(string Url, string Alt, string Caption, string Credit, int Width, int Height);

public sealed record ApiSource(string Outlet, string Headline, string Url);

public sealed record ApiCorrection(string Text, DateTimeOffset CreatedAt);

/// <summary>An article in a list: everything but the body.</summary>
public record ApiArticleSummary(
    int Id,
    string Slug,
    string Language,
    string Title,
    string Dek,
    string Url,
    DateTimeOffset PublishedAt,
    DateTimeOffset UpdatedAt,
    ApiRef Section,
    IReadOnlyList<ApiRef> Authors,
    IReadOnlyList<ApiRef> Tags,
    IReadOnlyList<ApiRef> Labels,
    ApiImage? Image);

/// <summary>One article with its body as the reader page renders it (HTML) and as the newsroom wrote it (Markdown).</summary>
public sealed record ApiArticle : ApiArticleSummary
{
    public ApiArticle(ApiArticleSummary summary)
        : base(summary)
    {
    }

    public required string BodyHtml { get; init; }
    public required string BodyMarkdown { get; init; }

    /// <summary>The outlet and story a retelling is based on.</summary>
    public required ApiSource? Source { get; init; }
    public required IReadOnlyList<ApiCorrection> Corrections { get; init; }

    /// <summary>The same story in the other language, when it is published.</summary>
    public required string? TranslationUrl { get; init; }
}

/// <summary>A page of a list; <c>NextCursor</c> is null on the last page.</summary>
public sealed record ApiPage<T>(IReadOnlyList<T> Items, string? NextCursor);

/// <summary>A page of search results, best first.</summary>
public sealed record ApiSearchPage(IReadOnlyList<ApiArticleSummary> Items, int Total, int Page, int TotalPages, bool IndexRebuilding);

public sealed record ApiSection(string Slug, string NameRu, string NameEn, string UrlRu, string UrlEn);

public sealed record ApiTag(string Slug, string Name, string Language, string Url, int PublishedArticles);

public sealed record ApiAuthor(string Slug, string Name, string Bio, string? PhotoUrl, string UrlRu, string UrlEn, int PublishedArticlesRu, int PublishedArticlesEn);
