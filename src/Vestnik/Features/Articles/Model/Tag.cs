using Vestnik.Infrastructure.Localization;

namespace Vestnik.Features.Articles.Model;

/// <summary>A topic tag. Tags are words, so each belongs to one language.</summary>
public sealed class Tag
{
    public int Id { get; private set; }
    public required string Name { get; set; }
    public required string Slug { get; set; }
    public ContentLanguage Language { get; set; }

    /// <summary>
    /// Published articles of the tag's language that carry it: the tag page's total, kept by <see cref="PublishedCounts"/>
    /// so the page never counts the archive.
    /// </summary>
    public int PublishedArticles { get; set; }
    public List<Article> Articles { get; } = [];
}
