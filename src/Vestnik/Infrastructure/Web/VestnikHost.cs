namespace Vestnik.Infrastructure.Web;

/// <summary>
/// The host's folders. The content root is the app's own folder (where Vestnik.dll, <c>appsettings.json</c> and, once
/// published, <c>wwwroot</c> sit), not the working directory: <c>dotnet /srv/vestnik/app/Vestnik.dll</c> started from
/// anywhere reads its settings and serves its styles. <c>Vestnik:DataPath</c> stays relative to the working directory
/// (see <see cref="VestnikOptions.DataPath"/>): code and data live apart.
/// </summary>
public static class VestnikHost
{
    public static WebApplicationBuilder CreateBuilder(string[] args)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });
        // The build output has no wwwroot: it finds the project's files through the manifest the build writes next to
        // the dll. Development does this by itself; a published folder has no manifest and serves its own wwwroot.
        if (!builder.Environment.IsDevelopment())
        {
            builder.WebHost.UseStaticWebAssets();
        }
        // "Server: Kestrel" tells a scanner which exploits to try and a reader nothing.
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.AddServerHeader = false);
        return builder;
    }

    /// <summary>Says where settings and static files come from and where data goes, so a surprising folder is seen at once.</summary>
    public static void LogFolders(this WebApplication app)
    {
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(VestnikHost));
        logger.LogInformation("Content root {ContentRoot}; data folder {DataFolder} (Vestnik:DataPath, relative to the working directory {WorkingDirectory})",
            app.Environment.ContentRootPath, app.Services.GetRequiredService<DataFolders>().Root, Environment.CurrentDirectory);
    }
}
