using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Vestnik.Features.Search.Indexing;
using Vestnik.Features.Search.Querying;
using Vestnik.Features.Search.ReadAlso;
using Vestnik.Infrastructure.Jobs;
using Vestnik.Infrastructure.Localization;
using Vestnik.Infrastructure.Operations.Metrics;
using Vestnik.Infrastructure.Operations.Backlogs;

namespace Vestnik.Features.Search;

public static class SearchFeature
{
    /// <summary>The index, its change-log indexer, search, completions and "Read also".</summary>
    public static IServiceCollection AddSearch(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<SearchOptions>(configuration.GetSection(SearchOptions.Section));
        // A reader may paste a very long text into the box; the search cuts it, but Kestrel's 8 KB request line
        // would answer 414 before the search sees it.
        services.Configure<KestrelServerOptions>(o => o.Limits.MaxRequestLineSize = Math.Max(o.Limits.MaxRequestLineSize, 32 * 1024));
        services.AddSingleton<SearchIndex>();
        services.AddSingleton<IndexRebuilder>();
        services.AddSingleton<IMetricSampler, IndexLagSampler>();
        services.AddBacklog<SearchIndexBacklog>();
        services.AddSingleton<RelatedArticlesFinder>();
        services.AddSingleton<ReadAlsoRefresher>();
        services.AddSingleton<ArticleSearch>();
        services.AddSingleton<ArticleIdSearch>();
        services.AddSingleton<HeadlineSuggestions>();
        services.AddScoped<ReadAlsoCurationService>();
        services.AddPeriodicJob<ChangeLogIndexer>();
        services.AddPeriodicJob<ReadAlsoWorker>();
        services.AddDeprecatedJobSwitch(configuration, $"{SearchOptions.Section}:{nameof(SearchOptions.Indexing)}",
            "a node without the \"indexer\" role keeps no search index, e.g. Vestnik:Roles=web,worker");
        return services;
    }

    public static WebApplication MapSearch(this WebApplication app)
    {
        app.MapGet("/api/search/suggest", Suggest);
        return app;
    }

    /// <summary>Headline completions for the search box; <c>lang</c> is "ru" or "en", anything else means both.</summary>
    private static Ok<IReadOnlyList<HeadlineSuggestion>> Suggest(string? q, string? lang, HeadlineSuggestions suggestions) =>
        TypedResults.Ok(suggestions.Suggest(q, lang switch
        {
            "ru" => ContentLanguage.Ru,
            "en" => ContentLanguage.En,
            _ => null,
        }));
}
