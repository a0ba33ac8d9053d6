using Vestnik.Features.Accounts.Authorization;
using Vestnik.Features.Newsroom.Menu;
namespace Vestnik.Features.SystemStatus;

public static class SystemStatusFeature
{
    /// <summary>The admin System page at <c>/newsroom/system</c>.</summary>
    public static IServiceCollection AddSystemStatus(this IServiceCollection services) =>
        services.AddScoped<SystemStatusQuery>()
            .AddNewsroomMenuEntry("/newsroom/system", StaffPolicies.ViewSystemStatus, t => t.SystemStatus, order: 110);
}
