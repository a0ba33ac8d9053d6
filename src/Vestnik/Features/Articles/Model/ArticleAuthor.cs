namespace Vestnik.Features.Articles.Model;

/// <summary>One author in an article's byline; <see cref="Position"/> keeps the byline order.</summary>
public sealed class ArticleAuthor
{
    public int ArticleId { get; set; }
    public int AuthorId { get; set; }
    public Author Author { get; set; } = null!;
    public int Position { get; set; }
}
