using Vestnik.Features.Accounts.Authorization;
using Vestnik.Features.Newsroom.Menu;
using Vestnik.Infrastructure.Jobs;

namespace Vestnik.Features.Import.Upload;

/// <summary>The admins' import page at <c>/newsroom/import</c> and the job that runs the uploaded exports.</summary>
public static class ImportUploadFeature
{
    public const string Path = "/newsroom/import";

    public static IServiceCollection AddImportUpload(this IServiceCollection services)
    {
        services.AddOptions<ImportUploadOptions>().BindConfiguration(ImportUploadOptions.Section);
        services.AddScoped<ImportUploads>();
        services.AddScoped<ImportRunner>();
        services.AddScoped<ImportRunsQuery>();
        services.AddPeriodicJob<ImportRunJob>();
        services.AddNewsroomMenuEntry(Path, StaffPolicies.ImportArchive, t => t.Import, order: 125);
        return services;
    }
}
