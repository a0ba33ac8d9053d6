using Microsoft.Extensions.Options;
using Vestnik.Features.Accounts.Authorization;
using Vestnik.Features.Distribution.Feeds;
using Vestnik.Features.Distribution.Outbox;
using Vestnik.Features.Distribution.Sharing;
using Vestnik.Features.Distribution.Sitemaps;
using Vestnik.Features.Distribution.SocialCards;
using Vestnik.Features.Distribution.Telegram;
using Vestnik.Features.Distribution.Webhooks;
using Vestnik.Features.Newsroom.Menu;
using Vestnik.Infrastructure.Jobs;
using Vestnik.Infrastructure.Operations.Backlogs;

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
        services.AddWebhooks(configuration);
        services.AddNewsroomMenuEntry("/newsroom/shares", StaffPolicies.ViewShares, t => t.Shares, order: 70);
        services.AddNewsroomMenuEntry("/newsroom/webhooks", StaffPolicies.ManageWebhooks, t => t.Webhooks, order: 80);
        return services;
    }

    /// <summary>The outbox (webhooks and Telegram): its options, the two HTTP clients, the sender and the background worker.</summary>
    private static void AddWebhooks(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<WebhookOptions>(configuration.GetSection(WebhookOptions.Section));
        services.Configure<TelegramOptions>(configuration.GetSection(TelegramOptions.Section));
        services.AddSingleton<WebhookTargetGuard>();
        services.AddHttpClient(DeliverySender.WebhookClient, (provider, client) =>
            {
                client.Timeout = provider.GetRequiredService<IOptions<WebhookOptions>>().Value.Timeout;
                client.DefaultRequestHeaders.UserAgent.ParseAdd("Vestnik-Webhooks/1.0");
            })
            .ConfigurePrimaryHttpMessageHandler(provider => new SocketsHttpHandler
            {
                // Redirects could lead anywhere, including our own network.
                AllowAutoRedirect = false,
                UseCookies = false,
                ConnectCallback = provider.GetRequiredService<WebhookTargetGuard>().ConnectAsync,
            });
        services.AddHttpClient(DeliverySender.TelegramClient, (provider, client) =>
            client.Timeout = provider.GetRequiredService<IOptions<WebhookOptions>>().Value.Timeout);
        services.AddScoped<OutboxWriter>();
        services.AddScoped<WebhookAdmin>();
        services.AddScoped<DeliverySender>();
        services.AddBacklog<DeliveryBacklog>();
        services.AddDeskWork<FailedDeliveriesWork>();
        services.AddPeriodicJob<OutboxWorker>();
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
