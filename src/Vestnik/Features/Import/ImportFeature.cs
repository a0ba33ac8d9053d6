using Vestnik.Features.Import.Ghost;
using Vestnik.Features.Import.WordPress;

namespace Vestnik.Features.Import;

/// <summary>Importing another system's archive (WordPress, Ghost) and answering its old addresses.</summary>
public static class ImportFeature
{
    public static IServiceCollection AddImport(this IServiceCollection services)
    {
        services.AddScoped<ImportedRecords>();
        services.AddScoped<LibraryImageImporter>();
        services.AddScoped<ImportCatalog>();
        services.AddScoped<ImportedArticles>();
        services.AddScoped<WordPressCatalogImport>();
        services.AddScoped<WordPressPosts>();
        services.AddScoped<WordPressComments>();
        services.AddScoped<WordPressImport>();
        services.AddScoped<GhostCatalogImport>();
        services.AddScoped<GhostPosts>();
        services.AddScoped<GhostImport>();
        return services;
    }

    public static WebApplication MapImport(this WebApplication app)
    {
        app.MapOldAddresses();
        return app;
    }
}
