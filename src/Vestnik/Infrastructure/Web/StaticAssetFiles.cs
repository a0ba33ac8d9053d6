using Microsoft.AspNetCore.StaticAssets.Infrastructure;
using Vestnik.Infrastructure.Operations.Startup;

namespace Vestnik.Infrastructure.Web;

/// <summary>
/// <c>MapStaticAssets</c> answers from the endpoints manifest built with the app, with the length and type the manifest
/// records, and reads the bytes from the web root. When the two disagree (a web root that is not the published one)
/// every stylesheet became an empty 200; the app refuses to start instead, naming the missing file.
/// </summary>
public static class StaticAssetFiles
{
    public static void ThrowIfMissing(WebApplication app)
    {
        var webRoot = app.Environment.WebRootFileProvider;
        var missing = StaticAssetsEndpointDataSourceHelper.ResolveStaticAssetDescriptors(app, manifestPath: null)
            .Select(asset => asset.AssetPath)
            .FirstOrDefault(path => !webRoot.GetFileInfo(path).Exists);
        if (missing is not null)
        {
            throw new ConfigurationProblemException(
                $"the static file {missing} listed in the app's manifest is not in the web root {app.Environment.WebRootPath ?? "(none)"}. " +
                "Run the app from a complete `dotnet publish` folder.");
        }
    }
}
