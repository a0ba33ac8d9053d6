using Vestnik.Features.Import.Upload;
using Vestnik.Features.Import.WordPress;

namespace Vestnik.Features.Import;

/// <summary>Importing another system's archive (WordPress today) and answering its old addresses.</summary>
public static class ImportFeature
{
    public static IServiceCollection AddImport(this IServiceCollection services)
    {
        services.AddScoped<ImportedRecords>();
        services.AddScoped<LibraryImageImporter>();
        services.AddScoped<WordPressCatalogImport>();
        services.AddScoped<WordPressPosts>();
        services.AddScoped<WordPressComments>();
        services.AddScoped<WordPressImport>();
        services.AddImportUpload();
        return services;
    }

    public static WebApplication MapImport(this WebApplication app)
    {
        app.MapOldAddresses();
        return app;
    }
}
