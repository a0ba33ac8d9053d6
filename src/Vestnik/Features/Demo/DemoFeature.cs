namespace Vestnik.Features.Demo;

public static class DemoFeature
{
    public static IServiceCollection AddDemoContent(this IServiceCollection services)
    {
        services.AddScoped<DemoSeeder>();
        return services;
    }

    /// <summary>Fills an empty database with the demo newsroom unless <c>Vestnik:DemoContent</c> is false.</summary>
    public static async Task SeedDemoContentAsync(this IServiceProvider services, CancellationToken cancellationToken = default)
    {
        await using var scope = services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DemoSeeder>().SeedAsync(cancellationToken);
    }
}
