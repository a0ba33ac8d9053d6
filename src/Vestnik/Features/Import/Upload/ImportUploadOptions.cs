namespace Vestnik.Features.Import.Upload;

/// <summary>Limits of the newsroom's import upload (<c>Import:*</c>).</summary>
public sealed class ImportUploadOptions
{
    public const string Section = "Import";

    /// <summary>Largest accepted upload in bytes (1 GiB by default): an export of years of archive, with its images.</summary>
    public long MaxUploadBytes { get; set; } = 1L << 30;

    /// <summary>Most bytes a zip may unpack to, whatever its entries declare (4 GiB by default): a zip bomb stops here.</summary>
    public long MaxUnpackedBytes { get; set; } = 4L << 30;

    /// <summary>Most entries a zip may hold (100,000 by default).</summary>
    public int MaxZipEntries { get; set; } = 100_000;
}
