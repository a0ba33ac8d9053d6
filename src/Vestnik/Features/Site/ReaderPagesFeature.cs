using Vestnik.Features.Site.Errors;
using Vestnik.Infrastructure.Web;

namespace Vestnik.Features.Site;

public static class ReaderPagesFeature
{
    /// <summary>
    /// Razor Pages live beside their feature's code under <c>Features/</c>; every page states its own URL
    /// with <c>@page "/route"</c>, so folder names never leak into URLs.
    /// </summary>
    public static IServiceCollection AddReaderPages(this IServiceCollection services)
    {
        services.AddRazorPages(options =>
        {
            options.RootDirectory = "/Features";
            options.Conventions.AddEnglishTwins("/Articles");
            options.Conventions.AddEnglishTwins("/Site/Errors");
            options.Conventions.AddEnglishTwins("/Accounts");
            // The reader's own pages: registration, account, public profile.
            options.Conventions.AddEnglishTwins("/Comments/Readers");
            options.Conventions.AddEnglishTwins("/Search");
        });
        services.AddMemoryCache();
        services.AddScoped<PageMeta>();
        services.AddScoped<LatestArticlesQuery>();
        services.AddSingleton<SiteNavigation>();
        services.AddSingleton<PublicUrl>();
        return services;
    }

    public static WebApplication MapReaderPages(this WebApplication app)
    {
        app.MapRazorPages();
        return app;
    }
}
