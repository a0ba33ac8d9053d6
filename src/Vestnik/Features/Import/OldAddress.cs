using Vestnik.Features.Articles.Model;

namespace Vestnik.Features.Import;

/// <summary>
/// A path of the site an archive was imported from (<c>/2024/05/privet-mir/</c>, <c>/category/news/</c>, <c>/author/anna/</c>) and what it
/// shows here now. Requests for it answer 301 to the current address, worked out when asked, so a later rename of
/// the article (with its <see cref="SlugRedirect"/>) or of the tag still lands right.
/// </summary>
public sealed class OldAddress
{
    public const int MaxPathLength = 400;

    public int Id { get; private set; }

    /// <summary>The path as requested, without the query and with no trailing slash (the root stays "/").</summary>
    public required string Path { get; init; }

    public int? ArticleId { get; set; }
    public Article? Article { get; set; }
    public int? SectionId { get; set; }
    public Section? Section { get; set; }
    public int? TagId { get; set; }
    public Tag? Tag { get; set; }
    public int? AuthorId { get; set; }
    public Author? Author { get; set; }

    /// <summary>The one form a path is stored and looked up in: decoded, no trailing slash, at most <see cref="MaxPathLength"/>.</summary>
    public static string? Normalize(string? path)
    {
        if (string.IsNullOrWhiteSpace(path))
        {
            return null;
        }
        string decoded;
        try
        {
            decoded = Uri.UnescapeDataString(path.Trim());
        }
        catch (UriFormatException)
        {
            return null;
        }
        var trimmed = decoded.Length > 1 ? decoded.TrimEnd('/') : decoded;
        return trimmed.StartsWith('/') && trimmed.Length is > 1 and <= MaxPathLength ? trimmed : null;
    }
}
