using Microsoft.Extensions.FileProviders;
using Vestnik.Infrastructure.Caching;
using Vestnik.Infrastructure.Operations;

namespace Vestnik.Infrastructure.Web;

public static class WebPipeline
{
    /// <summary>The middleware every request passes, in order: errors, security and caching headers, static files, auth.</summary>
    public static WebApplication UseVestnikWeb(this WebApplication app)
    {
        app.UseVestnikForwardedHeaders();
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler("/errors/500");
        }
        app.UseStatusCodePagesWithReExecute("/errors/{0}");
        app.UseMiddleware<SecurityHeadersMiddleware>();
        app.UseMiddleware<VersionedAssetCaching>();
        app.UseMiddleware<NewsroomNoStore>();
        app.UseRouting();
        app.UseRateLimiter();
        app.UseReaderCache();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseAntiforgery();
        app.MapStaticAssets();
        StaticAssetFiles.ThrowIfMissing(app);
        app.UseMediaFiles();
        return app;
    }

    /// <summary>Serves the media folder of the data directory under <c>/media</c>, cached for a year: media files never change in place.</summary>
    private static void UseMediaFiles(this WebApplication app)
    {
        var folders = app.Services.GetRequiredService<DataFolders>();
        Directory.CreateDirectory(folders.Media);
        app.UseStaticFiles(new StaticFileOptions
        {
            FileProvider = new PhysicalFileProvider(folders.Media),
            RequestPath = DataFolders.MediaUrlPrefix,
            OnPrepareResponse = context =>
                context.Context.Response.Headers.CacheControl = "public, max-age=31536000, immutable",
        });
    }
}
