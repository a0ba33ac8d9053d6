using Vestnik.Features.Accounts.Authorization;
using Vestnik.Features.Newsroom.Menu;

namespace Vestnik.Features.Export;

public static class ExportFeature
{
    public const string Path = "/newsroom/export";

    /// <summary>The full export: the <c>export</c> command and the admins' download page at <c>/newsroom/export</c>.</summary>
    public static IServiceCollection AddExport(this IServiceCollection services)
        => services.AddScoped<SiteExport>()
            .AddScoped<ExportContentsQuery>()
            .AddNewsroomMenuEntry(Path, StaffPolicies.ExportSite, t => t.Export, order: 120);
}
