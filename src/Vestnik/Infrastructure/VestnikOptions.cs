namespace Vestnik.Infrastructure;

/// <summary>The <c>Vestnik</c> configuration section.</summary>
public sealed class VestnikOptions
{
    public const string Section = "Vestnik";

    /// <summary>Folder for everything the app writes: database, index, media. Relative paths are under the working directory.</summary>
    public string DataPath { get; set; } = "data";

    /// <summary>Seed demo content into an empty database.</summary>
    public bool DemoContent { get; set; } = true;

    /// <summary>IANA or Windows time zone id in which dates are shown to readers.</summary>
    public string TimeZone { get; set; } = "Europe/Moscow";

    /// <summary>Public name of the site, used in titles, feeds and structured data.</summary>
    public string SiteName { get; set; } = "Вестник";

    /// <summary>Absolute base URL for canonical links when the app runs behind a proxy (e.g. https://vestnik.example).</summary>
    public string? PublicBaseUrl { get; set; }

    public AdminOptions Admin { get; set; } = new();

    public string ResolveDataPath() => Path.GetFullPath(DataPath);
}

public sealed class AdminOptions
{
    public string? Email { get; set; }
    public string? Password { get; set; }
}
