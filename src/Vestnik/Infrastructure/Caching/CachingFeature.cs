using System.IO.Compression;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.ResponseCompression;
using Vestnik.Infrastructure.Jobs;
using Vestnik.Infrastructure.Operations.Metrics;

namespace Vestnik.Infrastructure.Caching;

public static class CachingFeature
{
    public const string RedisSection = "Redis";

    /// <summary>
    /// Output cache for anonymous reader pages (in memory, or in Redis when <c>Redis:Configuration</c> is set so
    /// that every node shares it), Brotli/gzip compression stored in the cache, and eviction driven by the change log.
    /// </summary>
    public static IServiceCollection AddReaderCache(this IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection(ReaderCacheOptions.Section).Get<ReaderCacheOptions>() ?? new ReaderCacheOptions();
        services.AddSingleton(options);
        services.AddOutputCache(cache =>
        {
            cache.SizeLimit = options.SizeLimitMegabytes * 1024L * 1024L;
            cache.MaximumBodySize = 8 * 1024 * 1024;
        });
        services.AddOptions<OutputCacheOptions>().Configure<VestnikMetrics>((cache, metrics) => cache.AddBasePolicy(new ReaderCachePolicy(options, metrics)));
        var redis = configuration[$"{RedisSection}:Configuration"];
        if (!string.IsNullOrWhiteSpace(redis))
        {
            services.AddStackExchangeRedisOutputCache(o =>
            {
                o.Configuration = redis;
                o.InstanceName = configuration[$"{RedisSection}:InstanceName"] ?? "vestnik:";
            });
        }

        services.AddResponseCompression(compression =>
        {
            compression.EnableForHttps = true;
            compression.Providers.Add<BrotliCompressionProvider>();
            compression.Providers.Add<GzipCompressionProvider>();
            compression.MimeTypes = ResponseCompressionDefaults.MimeTypes.Concat(
                ["application/rss+xml", "application/atom+xml", "application/feed+json", "image/svg+xml"]);
        });
        // Compression happens once per cached rendering, so it can afford the better (slower) level.
        services.Configure<BrotliCompressionProviderOptions>(o => o.Level = CompressionLevel.Optimal);
        services.Configure<GzipCompressionProviderOptions>(o => o.Level = CompressionLevel.Optimal);
        services.AddSingleton<IResponseCompressionProvider, AnonymousOnlyCompressionProvider>();
        services.AddPeriodicJob<ChangeLogCacheEvictor>();
        return services;
    }

    /// <summary>
    /// The cache sits outside compression, so a hit replays stored compressed bytes and does no compression work.
    /// Call after routing and before authentication: a hit needs neither.
    /// </summary>
    public static IApplicationBuilder UseReaderCache(this IApplicationBuilder app)
    {
        app.UseMiddleware<AcceptEncodingNormalizer>();
        app.UseOutputCache();
        app.UseResponseCompression();
        return app;
    }
}
