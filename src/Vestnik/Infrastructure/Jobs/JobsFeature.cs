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

    /// <summary>
    /// Registers a background job that must run once across the cluster: only nodes with the <c>worker</c> role run
    /// it, and the job itself takes a <see cref="JobLeases">lease</see> before each round.
    /// </summary>
    public static IServiceCollection AddWorker<TWorker>(this IServiceCollection services, IConfiguration configuration)
        where TWorker : class, IHostedService
    {
        var node = configuration.GetSection(VestnikOptions.Section).Get<NodeOptions>() ?? new NodeOptions();
        if (node.RunsWorkers)
        {
            services.AddHostedService<TWorker>();
        }
        return services;
    }
}
