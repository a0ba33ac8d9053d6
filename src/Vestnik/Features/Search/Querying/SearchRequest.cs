using Vestnik.Infrastructure.Localization;

namespace Vestnik.Features.Search.Querying;

public enum SearchSort
{
    Relevance = 0,
    Date = 1,
}

/// <summary>
/// What a reader asked for. Every field comes from the query string and may hold anything; the search treats it as
/// words to look for, never as query syntax.
/// </summary>
public sealed record SearchRequest
{
    public const int MaxQueryLength = 200;
    public const int MaxWords = 12;
    public const int PageSize = 10;
    public const int MaxPage = 100;

    public string Text { get; init; } = "";

    /// <summary>The languages to search; null means both.</summary>
    public ContentLanguage? Language { get; init; }

    public string? Section { get; init; }
    public string? Author { get; init; }
    public string? Tag { get; init; }
    public string? Label { get; init; }
    public DateOnly? From { get; init; }
    public DateOnly? To { get; init; }
    public SearchSort Sort { get; init; }
    public int Page { get; init; } = 1;

    /// <summary>Search the words as typed, never switched to the other keyboard layout (the reader asked for exactly this).</summary>
    public bool AsTyped { get; init; }

    public bool HasFilters => Section is not null || Author is not null || Tag is not null || Label is not null || From is not null || To is not null;
}
