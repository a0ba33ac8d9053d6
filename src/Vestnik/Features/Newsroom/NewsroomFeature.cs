using Microsoft.AspNetCore.Http.Features;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Vestnik.Data;
using Vestnik.Features.Accounts.Authorization;
using Vestnik.Features.Newsroom.Articles;
using Vestnik.Features.Newsroom.Articles.Presence;
using Vestnik.Features.Newsroom.Articles.Retelling;
using Vestnik.Features.Newsroom.Articles.Workflow;
using Vestnik.Features.Newsroom.AuditPage;
using Vestnik.Features.Newsroom.Catalog;
using Vestnik.Features.Newsroom.Menu;
using Vestnik.Features.Newsroom.Media;
using Vestnik.Features.Newsroom.Revisions;
using Vestnik.Features.Newsroom.Scheduling;
using Vestnik.Infrastructure.Jobs;
using Vestnik.Infrastructure.Text;

namespace Vestnik.Features.Newsroom;

public static class NewsroomFeature
{

    /// <summary>The newsroom: its home, article list and editor, media library, revisions, scheduled publishing, audit.</summary>
    public static IServiceCollection AddNewsroom(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddHttpContextAccessor();
        services.Configure<MediaOptions>(configuration.GetSection(MediaOptions.Section));
        services.Configure<SchedulerOptions>(configuration.GetSection(SchedulerOptions.Section));
        services.AddScoped<ArticleFormApplier>();
        services.AddScoped<ArticleWorkflow>();
        services.AddSingleton<ImageAltRule>();
        services.AddScoped<NewsroomMenu>();
        services.AddScoped<DeskWorkBoard>();
        services.AddNewsroomMenuEntry(NewsroomUrls.Home, StaffPolicies.EnterNewsroom, t => t.Home, order: 0);
        services.AddNewsroomMenuEntry(NewsroomUrls.Articles, StaffPolicies.Write, t => t.Articles, order: 10);
        services.AddNewsroomMenuEntry(NewsroomUrls.NewArticle, StaffPolicies.Write, t => t.NewArticle, order: 20);
        services.AddNewsroomMenuEntry(NewsroomUrls.Media, StaffPolicies.Write, t => t.Media, order: 30);
        services.AddNewsroomMenuEntry(NewsroomUrls.Catalog, StaffPolicies.ManageCatalog, t => t.Catalog, order: 50);
        services.AddNewsroomMenuEntry(NewsroomUrls.Audit, StaffPolicies.ManageStaff, t => t.Audit, order: 100);
        services.AddDeskWork<ArticlesInReview>();
        services.AddDeskWork<ScheduledArticles>();
        services.AddDeskWork<RecentlyPublishedArticles>();
        services.AddDeskWork<MyDrafts>();
        services.AddScoped<ArticleListQuery>();
        services.AddScoped<EditorOptionsQuery>();
        services.AddScoped<RetellingSourceQuery>();
        services.AddScoped<MediaLibrary>();
        services.AddScoped<IBodyImageCatalog, LibraryBodyImages>();
        services.AddScoped<ArticleRevisionsQuery>();
        services.AddScoped<EditorPresence>();
        services.AddScoped<CatalogQuery>();
        services.AddScoped<CatalogChanges>();
        services.AddScoped<OwnBylines>();
        services.AddScoped<AuditEntriesQuery>();
        services.AddSingleton<ImagePipeline>();
        services.AddPeriodicJob<ScheduledPublisher>();
        return services;
    }

    public static WebApplication MapNewsroom(this WebApplication app)
    {
        app.MapGet("/newsroom/language", (HttpContext context, string? to, string? returnUrl) => NewsroomLanguage.Switch(context, to, returnUrl))
            .RequireAuthorization(StaffPolicies.EnterNewsroom);
        app.MapGet("/newsroom/tags", SuggestTagsAsync).RequireAuthorization(StaffPolicies.Write);
        return app;
    }

    /// <summary>
    /// Caps the body of uploads at <c>Media:MaxUploadBytes</c> (plus room for the form's other fields) before the
    /// form is read, and answers 413 with a readable page instead of an exception when it is exceeded.
    /// </summary>
    public static WebApplication UseNewsroomUploadLimit(this WebApplication app)
    {
        app.Use(async (context, next) =>
        {
            if (HttpMethods.IsPost(context.Request.Method) && context.Request.Path.StartsWithSegments(NewsroomUrls.Media)
                && context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
            {
                limit.MaxRequestBodySize = context.RequestServices.GetRequiredService<IOptions<MediaOptions>>().Value.MaxUploadBytes + 64 * 1024;
            }
            try
            {
                await next(context);
            }
            catch (BadHttpRequestException ex) when (ex.StatusCode == StatusCodes.Status413PayloadTooLarge && !context.Response.HasStarted)
            {
                context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
                var text = NewsroomLanguage.Text(context);
                await context.Response.WriteAsync(text.FileTooLarge(context.RequestServices.GetRequiredService<IOptions<MediaOptions>>().Value.MaxUploadBytes));
            }
        });
        return app;
    }

    /// <summary>Tag names starting with what was typed, for the editor's autocomplete.</summary>
    private static async Task<IResult> SuggestTagsAsync(string? q, VestnikDbContext db, CancellationToken cancellationToken)
    {
        var prefix = (q ?? "").Trim();
        if (prefix.Length is 0 or > 100)
        {
            return Results.Json(Array.Empty<string>());
        }
        var names = await db.Tags.AsNoTracking().WhereStartsWith(prefix, t => t.Name)
            .OrderBy(t => t.Name).Select(t => t.Name).Take(10).ToListAsync(cancellationToken);
        return Results.Json(names);
    }
}
