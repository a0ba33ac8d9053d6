using System.Globalization;
using System.Text.RegularExpressions;
using Vestnik.Infrastructure.Localization;

namespace Vestnik.Features.Api.Content;

/// <summary>What a list request asked for, checked: a bad value is a 400 with the reason, never a guess.</summary>
public sealed record ListParameters
{
    public const int DefaultLimit = 20;
    public const int MaxLimit = 100;

    public int Limit { get; init; } = DefaultLimit;
    public string? Cursor { get; init; }
    public string? Section { get; init; }
    public string? Tag { get; init; }
    public string? Author { get; init; }
    public string? Label { get; init; }
    public ContentLanguage? Language { get; init; }
    public DateTimeOffset? UpdatedSince { get; init; }
}

/// <summary>Reads a list request's query string; the parameters an endpoint does not know are refused, so a typo shows.</summary>
public static partial class ListParametersReader
{
    public static readonly string[] ArticleFilters = ["section", "tag", "author", "label", "language", "updated_since"];
    public static readonly string[] Paging = ["limit", "cursor"];

    [GeneratedRegex("^[a-z0-9-]{1,100}$")]
    private static partial Regex SlugPattern();

    /// <summary>The parameters, or the reason they cannot be read.</summary>
    public static (ListParameters? Parameters, string? Error) Read(IQueryCollection query, IReadOnlyCollection<string> allowed)
    {
        if (query.Keys.FirstOrDefault(k => !allowed.Contains(k)) is { } unknown)
        {
            return (null, $"Unknown parameter \"{unknown}\"; this list takes {string.Join(", ", allowed)}.");
        }
        if (query.FirstOrDefault(p => p.Value.Count > 1) is { Key: { } repeated })
        {
            return (null, $"The parameter \"{repeated}\" is given more than once.");
        }
        var parameters = new ListParameters();
        if (Value(query, "limit") is { } limitText)
        {
            if (!int.TryParse(limitText, NumberStyles.None, CultureInfo.InvariantCulture, out var limit) || limit is < 1 or > ListParameters.MaxLimit)
            {
                return (null, $"\"limit\" is a whole number from 1 to {ListParameters.MaxLimit}.");
            }
            parameters = parameters with { Limit = limit };
        }
        foreach (var name in new[] { "section", "tag", "author", "label" })
        {
            if (Value(query, name) is { } slug && !SlugPattern().IsMatch(slug))
            {
                return (null, $"\"{name}\" is a slug: lower-case Latin letters, digits and hyphens.");
            }
        }
        ContentLanguage? language = null;
        if (Value(query, "language") is { } code)
        {
            language = code switch
            {
                "ru" => ContentLanguage.Ru,
                "en" => ContentLanguage.En,
                _ => null,
            };
            if (language is null)
            {
                return (null, "\"language\" is \"ru\" or \"en\".");
            }
        }
        DateTimeOffset? since = null;
        if (Value(query, "updated_since") is { } sinceText)
        {
            if (!DateTimeOffset.TryParse(sinceText, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var parsedSince))
            {
                return (null, "\"updated_since\" is an ISO 8601 date and time, for example 2026-01-31T12:00:00Z.");
            }
            since = parsedSince;
        }
        return (parameters with
        {
            Cursor = Value(query, "cursor"),
            Section = Value(query, "section"),
            Tag = Value(query, "tag"),
            Author = Value(query, "author"),
            Label = Value(query, "label"),
            Language = language,
            UpdatedSince = since,
        }, null);
    }

    private static string? Value(IQueryCollection query, string name) =>
        query.TryGetValue(name, out var value) && value.ToString() is { Length: > 0 } text ? text : null;
}
