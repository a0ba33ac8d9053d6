using Vestnik.Features.Accounts.Authorization;
using Vestnik.Features.Comments.Moderation;
using Vestnik.Features.Comments.Notifications;
using Vestnik.Features.Comments.Posting;
using Vestnik.Features.Comments.Readers;
using Vestnik.Features.Comments.Spam;
using Vestnik.Features.Comments.Threads;
using Vestnik.Features.Newsroom.Menu;
using Vestnik.Infrastructure.Caching;
using Vestnik.Infrastructure.Jobs;
using Vestnik.Infrastructure.Operations.Metrics;
using Vestnik.Infrastructure.Operations.Backlogs;

namespace Vestnik.Features.Comments;

public static class CommentsFeature
{
    /// <summary>Reader comments: posting, threads, moderation, the anti-spam pipeline and reply notifications.</summary>
    public static IServiceCollection AddComments(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<CommentsOptions>(configuration.GetSection(CommentsOptions.Section));
        services.AddSingleton<CommentFormatter>();
        services.AddSingleton<ICacheTagSource, CommentCacheTags>();
        services.AddSingleton<IpHasher>();
        services.AddSingleton<PostingRateLimits>();
        services.AddSingleton<FormClock>();
        services.AddScoped<DisplayNamePolicy>();
        services.AddScoped<ReaderSettingsStore>();
        services.AddScoped<ReaderProfileQuery>();
        services.AddScoped<ReaderAccountQuery>();
        services.AddScoped<ChangeDisplayName>();
        services.AddScoped<ChangeEmail>();
        services.AddScoped<ReaderDataExport>();
        services.AddScoped<DeleteReaderAccount>();
        services.AddSingleton<SpamClassifier>();
        services.AddPeriodicJob<ReplyNotifications>();
        services.AddSingleton<IMetricSampler, PendingCommentsSampler>();
        services.AddBacklog<ModerationBacklog>();
        services.AddDeskWork<ModerationWork>();
        services.AddNewsroomMenuEntry(CommentUrls.Queue, StaffPolicies.ModerateComments, t => t.Comments, order: 60);

        services.AddScoped<ModerationModes>();
        services.AddScoped<ModerationSettingsQuery>();
        services.AddScoped<ReaderHistoryQuery>();
        services.AddScoped<Bans>();
        services.AddScoped<BannedWords>();
        services.AddScoped<SpamPipeline>();
        services.AddScoped<CommentedArticleQuery>();
        services.AddScoped<PostComment>();
        services.AddScoped<LikeComment>();
        services.AddScoped<DeleteComment>();
        services.AddScoped<ReportComment>();
        services.AddScoped<EditComment>();
        services.AddScoped<CommentPermalinkQuery>();
        services.AddScoped<CommentThreadsQuery>();
        services.AddScoped<CommentsBlockQuery>();
        services.AddScoped<ModerateComments>();
        services.AddScoped<ModerationQueueQuery>();
        services.AddScoped<BanReader>();
        return services;
    }

    /// <summary>Trains the classifier's seed set into a fresh database.</summary>
    public static Task SeedCommentsAsync(this IServiceProvider services) =>
        services.GetRequiredService<SpamClassifier>().SeedAsync(CancellationToken.None);
}
