using Vestnik.Features.Import.Ghost;
using Vestnik.Features.Import.Upload;
using Vestnik.Features.Import.Restore;
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
        services.AddScoped<RestoredArticles>();
        services.AddScoped<VestnikImport>();
        services.AddImportUpload();
        services.AddScoped<GhostCatalogImport>();
        services.AddScoped<GhostPosts>();
        services.AddScoped<GhostImport>();
        return services;
    }

    /// <summary>Runs before the web pipeline: WordPress's <c>/?p=123</c> links answer before the front page's cache does.</summary>
    public static WebApplication UseImport(this WebApplication app) => app.UseWordPressQueryLinks();

    public static WebApplication MapImport(this WebApplication app)
    {
        app.MapOldAddresses();
        return app;
    }
}
