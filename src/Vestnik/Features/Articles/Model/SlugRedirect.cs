namespace Vestnik.Features.Articles.Model;

/// <summary>A former slug of a published article; requests for it are answered with 301 to the current one.</summary>
public sealed class SlugRedirect
{
    public int Id { get; private set; }
    public required string OldSlug { get; set; }
    public int ArticleId { get; set; }
    public Article Article { get; set; } = null!;
}
