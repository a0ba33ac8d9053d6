using Vestnik.Infrastructure.Localization;

namespace Vestnik.Features.Articles.Model;

/// <summary>A topic tag. Tags are words, so each belongs to one language.</summary>
public sealed class Tag
{
    public int Id { get; private set; }
    public required string Name { get; set; }
    public required string Slug { get; set; }
    public ContentLanguage Language { get; set; }
    public List<Article> Articles { get; } = [];
}
