using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Vestnik.Infrastructure.Jobs;

public static class JobsFeature
{
    public static IServiceCollection AddJobs(this IServiceCollection services, IConfiguration configuration)
    {
        var node = configuration.GetSection(VestnikOptions.Section).Get<NodeOptions>() ?? new NodeOptions();
        services.AddSingleton(node);
        services.AddScoped<JobLeases>();
        services.TryAddSingleton<JobFailures>();
        services.AddHostedService<NodeRolesAnnouncement>();
        return services;
    }

    /// <summary>Runs <typeparamref name="TJob"/> in the background; the job itself is a singleton others may call or wake.</summary>
    public static IServiceCollection AddPeriodicJob<TJob>(this IServiceCollection services) where TJob : PeriodicJob
    {
        services.AddSingleton<TJob>();
        services.TryAddSingleton<JobFailures>();
        services.AddHostedService<JobRunner<TJob>>();
        return services;
    }

    /// <summary>
    /// Keeps a per-node switch from before <c>Vestnik:Roles</c> working (the job reads it as its
    /// <see cref="PeriodicJob.IsEnabled"/>) and warns at start, once, when it is set.
    /// </summary>
    public static IServiceCollection AddDeprecatedJobSwitch(this IServiceCollection services, IConfiguration configuration, string key, string instead)
    {
        if (configuration[key] is not null)
        {
            services.AddSingleton(new DeprecatedJobSwitch(key, instead));
        }
        return services;
    }
}

/// <summary>A setting that switches jobs off on one node, replaced by <c>Vestnik:Roles</c>.</summary>
public sealed record DeprecatedJobSwitch(string Key, string Instead);
