namespace Vestnik.Features.Newsroom.Media;

public sealed class MediaOptions
{
    public const string Section = "Media";

    /// <summary>Largest accepted upload, in bytes (15 MB by default).</summary>
    public long MaxUploadBytes { get; set; } = 15 * 1024 * 1024;

    /// <summary>Largest accepted picture, in pixels (width × height), checked before decoding.</summary>
    public long MaxPixels { get; set; } = 50_000_000;
}
