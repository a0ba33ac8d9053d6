using System.Globalization;
using Vestnik.Data;
using Microsoft.OpenApi;
using Vestnik.Features.Api.Access;
using Vestnik.Features.Api.Documentation;
using Vestnik.Features.Search;
using Vestnik.Features.Search.ReadAlso;
using Vestnik.Infrastructure.Time;

namespace Vestnik.Features.Api.Content;

/// <summary>The read-only content API's operations, all behind <see cref="ApiAccessFilter"/>.</summary>
public static class ContentEndpoints
{
    public static RouteGroupBuilder MapContentEndpoints(this RouteGroupBuilder api)
    {
        api.MapMethods("/articles", ApiRoutes.ReadMethods, ListArticlesAsync)
            .Describe<ApiPage<ApiArticleSummary>>("listArticles", ApiTags.Articles, "List published articles, newest first",
                "Filters combine; a page holds up to 100 articles; follow nextCursor until it is null to read the whole list.",
                [.. ArticleFilterParameters, .. PagingParameters]);
        api.MapMethods("/articles/{slug}", ApiRoutes.ReadMethods, GetArticleAsync)
            .Describe<ApiArticle>("getArticle", ApiTags.Articles, "One published article with its bodies",
                "bodyHtml is the reader page's rendering with absolute links; bodyMarkdown is the text as the newsroom wrote it.")
            .NotFoundBySlug();
        api.MapMethods("/articles/{slug}/related", ApiRoutes.ReadMethods, RelatedAsync)
            .Describe<ApiPage<ApiArticleSummary>>("listRelatedArticles", ApiTags.Articles, "The article's Read also list",
                "The articles the site shows under the article, in the same order; one page, nextCursor is always null.")
            .NotFoundBySlug();
        api.MapMethods("/sections", ApiRoutes.ReadMethods, SectionsAsync)
            .Describe<IReadOnlyList<ApiSection>>("listSections", ApiTags.Catalog, "All sections",
                "In the site's navigation order, named in both languages.");
        api.MapMethods("/tags", ApiRoutes.ReadMethods, TagsAsync)
            .Describe<ApiPage<ApiTag>>("listTags", ApiTags.Catalog, "Tags with published articles",
                "Oldest first; each tag belongs to one language.", [LanguageParameter, .. PagingParameters]);
        api.MapMethods("/authors", ApiRoutes.ReadMethods, AuthorsAsync)
            .Describe<ApiPage<ApiAuthor>>("listAuthors", ApiTags.Catalog, "Authors with published articles",
                "Oldest first, with their published articles per language.", PagingParameters);
        api.MapMethods("/search", ApiRoutes.ReadMethods, Search)
            .Describe<ApiSearchPage>("searchArticles", ApiTags.Search, "Search published articles",
                "The site's search: every word must match (word forms included); typos are tolerated when nothing matches exactly. Ten results a page, best first.",
                new QueryParameter("q", "The words to look for.", MinLength: 1, MaxLength: ArticleIdSearch.MaxQueryLength, Required: true),
                LanguageParameter,
                new QueryParameter("page", "The page of results, from 1.", JsonSchemaType.Integer, Minimum: 1, Maximum: ArticleIdSearch.MaxPage));
        return api;
    }

    private static readonly QueryParameter LanguageParameter = new("language", "Only this language.", Values: ["ru", "en"]);

    private static readonly QueryParameter[] PagingParameters =
    [
        new("limit", $"How many items a page holds (default {ListParameters.DefaultLimit}).", JsonSchemaType.Integer, Minimum: 1, Maximum: ListParameters.MaxLimit),
        new("cursor", "The nextCursor of the previous page, as given."),
    ];

    private static readonly QueryParameter[] ArticleFilterParameters =
    [
        new("section", "Only this section (its slug)."),
        new("tag", "Only articles with this tag (its slug)."),
        new("author", "Only articles this author bylines (the author's slug)."),
        new("label", "Only articles with this label: exclusive, breaking, analysis, opinion or one the newsroom defined."),
        LanguageParameter,
        new("updated_since", "Only articles published or updated at or after this time (ISO 8601).", Format: "date-time"),
    ];

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
            if (await articles.IdOfAsync(slug, cancellationToken) is not var (id, language))
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
