using Vestnik.Features.Articles.Home;
using Vestnik.Features.Articles.Reading;
using Vestnik.Infrastructure.Caching;
using Vestnik.Infrastructure.Jobs;

namespace Vestnik.Features.Articles;

public static class ArticlesFeature
{
    /// <summary>The reader site's article pages: home, article, section, tag and author pages.</summary>
    public static IServiceCollection AddArticles(this IServiceCollection services)
    {
        services.AddScoped<ArticlePageQuery>();
        services.AddScoped<HomePageQuery>();
        services.AddSingleton<ViewCounter>();
        services.AddSingleton<ICacheTagSource, ArticleCacheTags>();
        services.AddPeriodicJob<ViewCountFlusher>();
        return services;
    }

    public static WebApplication MapArticles(this WebApplication app)
    {
        app.MapViewBeacon();
        return app;
    }
}
