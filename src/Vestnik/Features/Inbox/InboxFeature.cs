using Microsoft.Extensions.Options;
using Vestnik.Features.Accounts.Authorization;
using Vestnik.Features.Inbox.Items;
using Vestnik.Features.Inbox.Polling;
using Vestnik.Features.Inbox.Sources;
using Vestnik.Features.Newsroom.Menu;
using Vestnik.Infrastructure.Jobs;

namespace Vestnik.Features.Inbox;

public static class InboxFeature
{
    /// <summary>The foreign-press inbox: subscriptions, the feed poller, the purge job and the inbox pages.</summary>
    public static IServiceCollection AddInbox(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<InboxOptions>().Bind(configuration.GetSection(InboxOptions.Section))
            .Validate(o => o.MaxFeedBytes > 0 && o.MaxRedirects >= 0 && o.BatchSize > 0 && o.RetentionDays > 0, "Inbox settings must be positive.");
        services.AddHttpClient(FeedFetcher.ClientName)
            .ConfigurePrimaryHttpMessageHandler(sp => FeedFetcher.CreateHandler(sp.GetRequiredService<IOptions<InboxOptions>>()))
            // The fetcher applies its own whole-request timeout, redirects included.
            .ConfigureHttpClient(client => client.Timeout = Timeout.InfiniteTimeSpan);
        services.AddSingleton<HostPace>();
        services.AddSingleton<LanguageDetection>();
        services.AddScoped<FeedFetcher>();
        services.AddScoped<InboxIngest>();
        services.AddScoped<PollSubscription>();
        services.AddScoped<InboxQuery>();
        services.AddScoped<ItemActions>();
        services.AddScoped<RetellItem>();
        services.AddScoped<Subscribe>();
        services.AddScoped<TestFeed>();
        services.AddNewsroomMenuEntry("/newsroom/inbox", StaffPolicies.ReadForeignPress, t => t.Inbox, order: 40);
        services.AddDeskWork<InboxWork>();
        services.AddPeriodicJob<FeedPoller>();
        services.AddPeriodicJob<InboxPurge>();
        services.AddDeprecatedJobSwitch(configuration, $"{InboxOptions.Section}:{nameof(InboxOptions.PollerEnabled)}",
            "a node without the \"worker\" role polls no feeds, e.g. Vestnik:Roles=web,indexer");
        return services;
    }
}
