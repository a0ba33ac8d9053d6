using Microsoft.AspNetCore.Mvc.RazorPages;
using Vestnik.Features.Accounts.Authorization;
using Vestnik.Features.Api.Access;
using Vestnik.Features.Api.Admin;
using Vestnik.Features.Api.Content;
using Vestnik.Features.Api.Documentation;
using Vestnik.Features.Api.Keys;
using Vestnik.Features.Newsroom.Menu;
using Vestnik.Infrastructure.Web;

namespace Vestnik.Features.Api;

public static class ApiFeature
{
    /// <summary>Where the content API's operations live; a later incompatible version gets a new prefix beside it.</summary>
    public const string Prefix = "/api/v1";

    public const string KeysPath = "/newsroom/api-keys";
    public const string DocsPath = "/api/docs";

    /// <summary>The content API under <see cref="Prefix"/>, the admin API beside it, their keys, and the admins' key page.</summary>
    public static IServiceCollection AddApi(this IServiceCollection services)
    {
        services.AddHttpContextAccessor();
        services.AddSingleton<ApiKeyRegistry>();
        services.AddSingleton<ApiRateLimits>();
        services.AddSingleton<ApiCursor>();
        services.AddSingleton<ApiResponses>();
        services.AddSingleton<ApiRoutes>();
        services.AddScoped<ApiKeyAdmin>();
        services.AddScoped<ApiArticleQuery>();
        services.AddScoped<ApiCatalogQuery>();
        services.AddScoped<ActingAccount>();
        services.AddScoped<AdminArticleFields>();
        services.AddScoped<AdminArticleView>();
        services.AddApiDocument();
        services.AddScoped<ApiReference>();
        services.Configure<RazorPagesOptions>(options => options.Conventions.AddEnglishTwins("/Api/Documentation"));
        services.AddNewsroomMenuEntry(KeysPath, StaffPolicies.ManageApiKeys, t => t.ApiKeys, order: 105);
        return services;
    }

    public static WebApplication MapApi(this WebApplication app)
    {
        var api = app.MapGroup(Prefix)
            .CacheOutput(policy => policy.AddPolicy<BypassReaderCache>())
            .DisableAntiforgery();
        api.MapMethods("/{**path}", [HttpMethods.Options], ApiCors.PreflightAsync).ExcludeFromDescription();
        // An unknown operation, or a method an operation does not take, answers in the API's own terms, not with the
        // reader site's error page.
        api.MapFallback(ApiRoutes.Unmatched).ExcludeFromDescription();
        api.MapGroup("")
            .AddEndpointFilter<ApiAccessFilter>()
            .WithMetadata(new RequiredScope(ApiScopes.ContentRead))
            .MapContentEndpoints();
        // Each admin operation names its own scope; the door reads the endpoint's, not the group's.
        api.MapGroup("")
            .AddEndpointFilter<ApiAccessFilter>()
            .MapAdminArticleEndpoints()
            .MapAdminMediaEndpoints();
        app.MapApiDocument();
        return app;
    }
}
