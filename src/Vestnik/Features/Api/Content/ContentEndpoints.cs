using System.Globalization;
using Vestnik.Data;
using Vestnik.Features.Api.Access;
using Vestnik.Features.Search;
using Vestnik.Features.Search.ReadAlso;
using Vestnik.Infrastructure.Time;

namespace Vestnik.Features.Api.Content;

/// <summary>The read-only content API's operations, all behind <see cref="ApiAccessFilter"/>.</summary>
public static class ContentEndpoints
{
    public static RouteGroupBuilder MapContentEndpoints(this RouteGroupBuilder api)
    {
        api.MapGet("/articles", ListArticlesAsync).WithName("listArticles");
        api.MapGet("/articles/{slug}", GetArticleAsync).WithName("getArticle");
        api.MapGet("/articles/{slug}/related", RelatedAsync).WithName("listRelatedArticles");
        api.MapGet("/sections", SectionsAsync).WithName("listSections");
        api.MapGet("/tags", TagsAsync).WithName("listTags");
        api.MapGet("/authors", AuthorsAsync).WithName("listAuthors");
        api.MapGet("/search", Search).WithName("searchArticles");
        return api;
    }

    private static readonly string[] ArticleListParameters = [.. ListParametersReader.ArticleFilters, .. ListParametersReader.Paging];
    private static readonly string[] TagListParameters = ["language", .. ListParametersReader.Paging];
    private static readonly string[] SearchParameters = ["q", "language", "page"];

    private static async Task<IResult> ListArticlesAsync(HttpContext context, ApiArticleQuery articles, ApiResponses responses)
    {
        var (parameters, error) = ListParametersReader.Read(context.Request.Query, ArticleListParameters);
        if (parameters is null)
        {
            return ApiProblems.BadRequest(error!);
        }
        return await responses.CachedAsync(context, async cancellationToken =>
        {
            var (page, tags, refusal) = await articles.ListAsync(parameters, cancellationToken);
            return page is null ? ApiAnswer.Refused(ApiProblems.BadRequest(refusal!)) : new ApiAnswer(page, tags);
        });
    }

    private static async Task<IResult> GetArticleAsync(string slug, HttpContext context, ApiArticleQuery articles, ApiResponses responses)
    {
        if (NoParameters(context) is { } refusal)
        {
            return refusal;
        }
        return await responses.CachedAsync(context, async cancellationToken =>
        {
            var (article, tags) = await articles.BySlugAsync(slug, cancellationToken);
            return article is null ? ApiAnswer.Refused(NoArticle(slug)) : new ApiAnswer(article, tags);
        });
    }

    private static async Task<IResult> RelatedAsync(
        string slug, HttpContext context, ApiArticleQuery articles, VestnikDbContext db, NewsroomTime time, ApiResponses responses)
    {
        if (NoParameters(context) is { } refusal)
        {
            return refusal;
        }
        return await responses.CachedAsync(context, async cancellationToken =>
        {
            var (id, language) = await articles.IdOfAsync(slug, cancellationToken);
            if (id == 0)
            {
                return ApiAnswer.Refused(NoArticle(slug));
            }
            var cards = await ReadAlsoQuery.StoredCardsAsync(db, id, language, time, cancellationToken);
            var related = await articles.ByIdsAsync([.. cards.Select(c => c.Id)], cancellationToken);
            return new ApiAnswer(new ApiPage<ApiArticleSummary>(related, null),
                [Infrastructure.Caching.CacheTags.Article(id), .. cards.Select(c => Infrastructure.Caching.CacheTags.Shows(c.Id))]);
        });
    }

    private static async Task<IResult> SectionsAsync(HttpContext context, ApiCatalogQuery catalog) =>
        NoParameters(context) ?? ApiResponses.Uncached(context, await catalog.SectionsAsync(context.RequestAborted));

    private static async Task<IResult> TagsAsync(HttpContext context, ApiCatalogQuery catalog)
    {
        var (parameters, error) = ListParametersReader.Read(context.Request.Query, TagListParameters);
        if (parameters is null)
        {
            return ApiProblems.BadRequest(error!);
        }
        var (page, refusal) = await catalog.TagsAsync(parameters, context.RequestAborted);
        return page is null ? ApiProblems.BadRequest(refusal!) : ApiResponses.Uncached(context, page);
    }

    private static async Task<IResult> AuthorsAsync(HttpContext context, ApiCatalogQuery catalog)
    {
        var (parameters, error) = ListParametersReader.Read(context.Request.Query, ListParametersReader.Paging);
        if (parameters is null)
        {
            return ApiProblems.BadRequest(error!);
        }
        var (page, refusal) = await catalog.AuthorsAsync(parameters, context.RequestAborted);
        return page is null ? ApiProblems.BadRequest(refusal!) : ApiResponses.Uncached(context, page);
    }

    private static async Task<IResult> Search(HttpContext context, ArticleIdSearch search, ApiArticleQuery articles)
    {
        var query = context.Request.Query;
        var (parameters, error) = ListParametersReader.Read(query, SearchParameters);
        if (parameters is null)
        {
            return ApiProblems.BadRequest(error!);
        }
        var text = query["q"].ToString().Trim();
        if (text.Length is 0 or > ArticleIdSearch.MaxQueryLength)
        {
            return ApiProblems.BadRequest($"\"q\" is the text to search for, 1 to {ArticleIdSearch.MaxQueryLength} characters.");
        }
        var page = 1;
        if (query["page"].ToString() is { Length: > 0 } pageText
            && (!int.TryParse(pageText, NumberStyles.None, CultureInfo.InvariantCulture, out page) || page is < 1 or > ArticleIdSearch.MaxPage))
        {
            return ApiProblems.BadRequest($"\"page\" is a whole number from 1 to {ArticleIdSearch.MaxPage}.");
        }
        var found = search.Find(text, parameters.Language, page);
        var items = await articles.ByIdsAsync(found.Ids, context.RequestAborted);
        return ApiResponses.Uncached(context, new ApiSearchPage(items, found.Total, found.Page, found.TotalPages, found.IndexRebuilding));
    }

    private static IResult? NoParameters(HttpContext context) =>
        context.Request.Query.Count == 0 ? null : ApiProblems.BadRequest("This operation takes no query parameters.");

    private static IResult NoArticle(string slug) => ApiProblems.NotFound($"No published article has the slug \"{slug}\".");
}
