using Microsoft.Extensions.Options;

namespace Vestnik.Infrastructure;

/// <summary>The folders under <c>Vestnik:DataPath</c>. Backing up the site is backing up this one folder.</summary>
public sealed class DataFolders(IOptions<VestnikOptions> options)
{
    public string Root { get; } = options.Value.ResolveDataPath();

    /// <summary>Uploaded and generated images, served to readers under <c>/media</c>.</summary>
    public string Media => Path.Combine(Root, "media");

    /// <summary>Outgoing email as .eml files, when no SMTP server is configured.</summary>
    public string Mail => Path.Combine(Root, "mail");

    public const string MediaUrlPrefix = "/media";

    /// <summary>Bytes in a folder and below it; 0 when it cannot be read (the System page must render regardless).</summary>
    public static long SizeOf(string folder)
    {
        try
        {
            return Directory.EnumerateFiles(folder, "*", new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true })
                .Sum(f => new FileInfo(f).Length);
        }
        catch (IOException)
        {
            return 0;
        }
    }
}
