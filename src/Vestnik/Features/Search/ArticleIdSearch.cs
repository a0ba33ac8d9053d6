using Vestnik.Features.Search.Querying;
using Vestnik.Infrastructure.Localization;

namespace Vestnik.Features.Search;

/// <summary>One page of search results as article ids, best first, with the totals.</summary>
public sealed record FoundArticles(IReadOnlyList<int> Ids, int Total, int Page, int TotalPages, bool IndexRebuilding);

/// <summary>
/// The reader search as other features ask for it (the content API): the same querying, typo tolerance and ranking,
/// answered as ids, so the caller shapes the articles its own way.
/// </summary>
public sealed class ArticleIdSearch(ArticleSearch search)
{
    public const int PageSize = SearchRequest.PageSize;
    public const int MaxPage = SearchRequest.MaxPage;
    public const int MaxQueryLength = SearchRequest.MaxQueryLength;

    public FoundArticles Find(string text, ContentLanguage? language, int page)
    {
        var results = search.Search(new SearchRequest { Text = text, Language = language, Page = page });
        return new FoundArticles([.. results.Hits.Select(h => h.Id)], results.Total, results.Page, results.TotalPages, results.IndexRebuilding);
    }
}
