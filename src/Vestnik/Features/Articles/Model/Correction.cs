namespace Vestnik.Features.Articles.Model;

/// <summary>A public correction note shown at the end of an article.</summary>
public sealed class Correction
{
    public const int MaxLength = 4000;

    public int Id { get; private set; }
    public int ArticleId { get; set; }
    public required string Text { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
}
