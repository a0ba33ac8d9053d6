using Vestnik.Features.Accounts.Authorization;
using Vestnik.Features.Newsroom.Menu;

namespace Vestnik.Features.SystemStatus;

public static class SystemStatusFeature
{
    public const string Path = "/newsroom/system";

    /// <summary>The admin System page at <c>/newsroom/system</c>, and the failed jobs on the admins' newsroom home.</summary>
    public static IServiceCollection AddSystemStatus(this IServiceCollection services)
        => services.AddScoped<SystemStatusQuery>()
            .AddDeskWork<FailedJobsWork>()
            .AddNewsroomMenuEntry(Path, StaffPolicies.ViewSystemStatus, t => t.SystemStatus, order: 110);
}
