using System.Globalization;
using System.Text.RegularExpressions;

namespace Vestnik.Infrastructure.Text;

/// <summary>The size and rendition widths of one media-library image, as the body renderer needs them.</summary>
public sealed record BodyImage(string Folder, int Width, int Height, IReadOnlyList<int> Widths)
{
    public string Url(int width, string extension) => BodyImages.Url(Folder, width, extension);

    public string Srcset(string extension) => string.Join(", ", Widths.Select(w => $"{Url(w, extension)} {w.ToString(CultureInfo.InvariantCulture)}w"));

    public int HeightAt(int width) => (int)Math.Round((double)Height * width / Width);
}

/// <summary>
/// Finds library images by their folders, all in one look-up, so a body with many images costs one query. The media
/// library implements it; the renderer only knows the folders named in the text.
/// </summary>
public interface IBodyImageCatalog
{
    Task<IReadOnlyDictionary<string, BodyImage>> FindAsync(IReadOnlyCollection<string> folders, CancellationToken cancellationToken);
}

/// <summary>
/// How a library image is named in Markdown: <c>![alt](/media/2026/12/0123456789abcdef/960.jpg "Caption © Credit")</c>.
/// The address is any rendition of the image; the title holds the caption and, after " © ", the credit, so the text
/// reads well as plain Markdown and any Markdown tool shows the image with its caption as a tooltip.
/// </summary>
public static partial class BodyImages
{
    public const string CreditMark = "©";

    /// <summary>A rendition's address: the one scheme the library writes and the renderer reads.</summary>
    public static string Url(string folder, int width, string extension) =>
        $"{DataFolders.MediaUrlPrefix}/{folder}/{width.ToString(CultureInfo.InvariantCulture)}.{extension}";

    /// <summary>The library folder an image address points into, or null for any other address.</summary>
    public static string? FolderOf(string? url)
    {
        var match = url is null ? null : RenditionAddress().Match(url);
        return match is { Success: true } ? match.Groups["folder"].Value : null;
    }

    /// <summary>Whether a srcset names only renditions of library images (the sanitizer's test).</summary>
    public static bool IsLibrarySrcset(string srcset) =>
        srcset.Split(", ").All(candidate => LibrarySrcsetCandidate().IsMatch(candidate));

    /// <summary>Splits a Markdown image title into caption and credit.</summary>
    public static (string Caption, string Credit) SplitTitle(string? title)
    {
        var text = (title ?? "").Trim();
        if (text.StartsWith(CreditMark + " ", StringComparison.Ordinal))
        {
            return ("", text[2..].Trim());
        }
        var mark = text.LastIndexOf(" " + CreditMark + " ", StringComparison.Ordinal);
        return mark < 0 ? (text, "") : (text[..mark].Trim(), text[(mark + 3)..].Trim());
    }

    [GeneratedRegex("^" + DataFolders.MediaUrlPrefix + @"/(?<folder>\d{4}/\d{2}/[0-9a-f]{16})/\d{1,5}\.(?:jpg|webp)$")]
    private static partial Regex RenditionAddress();

    [GeneratedRegex("^" + DataFolders.MediaUrlPrefix + @"/\d{4}/\d{2}/[0-9a-f]{16}/\d{1,5}\.(?:jpg|webp) \d{1,5}w$")]
    private static partial Regex LibrarySrcsetCandidate();
}
