namespace Vestnik.Infrastructure.Jobs;

public static class JobsFeature
{
    public static IServiceCollection AddJobs(this IServiceCollection services, IConfiguration configuration)
    {
        var node = configuration.GetSection(VestnikOptions.Section).Get<NodeOptions>() ?? new NodeOptions();
        services.AddSingleton(node);
        services.AddScoped<JobLeases>();
        return services;
    }
}
