using System.Globalization;
using Microsoft.AspNetCore.Http.Extensions;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Vestnik.Features.Search.Querying;
using Vestnik.Features.Site;
using Vestnik.Infrastructure.Localization;
using Vestnik.Infrastructure.Time;

namespace Vestnik.Features.Search;

/// <summary>An active filter shown above the results, with the link that removes it.</summary>
public sealed record ActiveFilter(string Name, string Value, string RemoveUrl);

/// <summary>
/// The search page at <c>/search</c> and <c>/en/search</c>. Every parameter is read by hand and tolerated: a value
/// that makes no sense is ignored rather than answered with an error.
/// </summary>
public sealed class SearchModel(ArticleSearch search, SiteNavigation navigation, PageMeta meta, NewsroomTime time) : PageModel
{
    private static readonly string[] Parameters = ["q", "exact", "lang", "section", "author", "tag", "label", "from", "to", "sort"];

    public SearchRequest Query { get; private set; } = new();
    public SearchResults Results { get; private set; } = SearchResults.Empty(rebuilding: false);
    public IReadOnlyList<NavigationItem> Sections { get; private set; } = [];
    public IReadOnlyList<ActiveFilter> ActiveFilters { get; private set; } = [];
    public ContentLanguage PageLanguage { get; private set; }
    public string LanguageChoice { get; private set; } = "";
    public SearchText Text => SearchText.For(PageLanguage);
    public bool Searched { get; private set; }
    public string Path => PageLanguage.PathPrefix() + "/search";

    public async Task OnGetAsync()
    {
        PageLanguage = ContentLanguageExtensions.FromPath(Request.Path);
        LanguageChoice = Value("lang") is "ru" or "en" or "all" ? Value("lang")! : PageLanguage.Code();
        Query = new SearchRequest
        {
            Text = Value("q") ?? "",
            Language = LanguageChoice switch
            {
                "all" => null,
                "en" => ContentLanguage.En,
                _ => ContentLanguage.Ru,
            },
            Section = Slug("section"),
            Author = Slug("author"),
            Tag = Slug("tag"),
            Label = Slug("label"),
            From = Date("from"),
            To = Date("to"),
            Sort = Value("sort") == "date" ? SearchSort.Date : SearchSort.Relevance,
            Page = int.TryParse(Value("page"), NumberStyles.None, CultureInfo.InvariantCulture, out var page) ? page : 1,
            AsTyped = Value("exact") == "1",
        };
        Searched = QueryWords.Split(Query.Text).Count > 0 || Query.HasFilters;
        Results = search.Search(Query);
        Sections = await navigation.SectionsAsync(PageLanguage);
        ActiveFilters = new[] { ("author", Text.Author, Query.Author), ("tag", Text.Tag, Query.Tag), ("label", Text.Label, Query.Label) }
            .Where(f => f.Item3 is not null)
            .Select(f => new ActiveFilter(f.Item2, f.Item3!, LinkWith(("page", null), (f.Item1, null))))
            .ToList();

        meta.Title = Query.Text.Length > 0 ? $"{Text.Search}: {Truncate(Query.Text)}" : Text.Search;
        meta.NoIndex = true;
        meta.CanonicalPath = Path;
    }

    /// <summary>This search's URL with some parameters replaced (null removes one).</summary>
    public string LinkWith(params (string Name, string? Value)[] changes)
    {
        var values = Parameters.Append("page").ToDictionary(p => p, Value);
        foreach (var (name, value) in changes)
        {
            values[name] = value;
        }
        var query = new QueryBuilder(values.Where(v => !string.IsNullOrEmpty(v.Value)).Select(v => KeyValuePair.Create(v.Key, v.Value!)));
        return Path + query.ToQueryString();
    }

    public string FormatDate(DateTimeOffset instant, ContentLanguage language) => time.FormatDate(instant, language);

    public string PageUrl(int page) => LinkWith(("page", page > 1 ? page.ToString(CultureInfo.InvariantCulture) : null));

    private string? Value(string name)
    {
        var value = Request.Query[name].ToString();
        return string.IsNullOrWhiteSpace(value) ? null : value;
    }

    /// <summary>Slugs are short ASCII; anything else cannot match a filter value and is dropped.</summary>
    private string? Slug(string name) =>
        Value(name) is { Length: <= 100 } value && value.All(c => char.IsAsciiLetterOrDigit(c) || c == '-') ? value : null;

    private DateOnly? Date(string name) =>
        DateOnly.TryParseExact(Value(name), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;

    private static string Truncate(string text) => text.Length > 60 ? text[..60] + "…" : text;
}
