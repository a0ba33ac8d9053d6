using Vestnik.Features.Distribution.Feeds;
using Vestnik.Features.Distribution.Sharing;
using Vestnik.Features.Distribution.Sitemaps;
using Vestnik.Features.Distribution.SocialCards;

namespace Vestnik.Features.Distribution;

public static class DistributionFeature
{
    /// <summary>Everything that carries articles off the site: feeds, sitemaps, share links, social cards, webhooks, Telegram.</summary>
    public static IServiceCollection AddDistribution(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<DistributionOptions>(configuration.GetSection(DistributionOptions.Section));
        services.AddSingleton<ArticleMedia>();
        services.AddScoped<FeedQuery>();
        services.AddScoped<SitemapQuery>();
        services.AddSingleton<ShareLinks>();
        services.AddScoped<ShareCountsQuery>();
        services.AddSingleton<CardFont>();
        services.AddSingleton<SocialCardRenderer>();
        services.AddScoped<SocialCardImages>();
        return services;
    }

    public static WebApplication MapDistribution(this WebApplication app)
    {
        app.MapFeeds();
        app.MapSitemaps();
        app.MapShareClicks();
        app.MapSocialCards();
        return app;
    }
}
