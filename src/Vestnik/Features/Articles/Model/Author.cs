using Vestnik.Infrastructure.Localization;

namespace Vestnik.Features.Articles.Model;

/// <summary>A staff author as bylined: the name in its own script, a transliterated slug for the URL.</summary>
public sealed class Author
{
    public int Id { get; private set; }
    public required string Name { get; set; }
    public required string Slug { get; set; }
    public string Bio { get; set; } = "";
    public string? PhotoUrl { get; set; }

    /// <summary>The staff account that writes under this byline, when it is one person's own; null for a byline an
    /// editor keeps for someone without an account (a freelancer, an agency).</summary>
    public string? UserId { get; set; }

    /// <summary>
    /// Published articles in each language that the author bylines: the Russian and English author pages' totals, kept
    /// by <see cref="PublishedCounts"/> so the pages never count the archive.
    /// </summary>
    public int PublishedArticlesRu { get; set; }
    public int PublishedArticlesEn { get; set; }

    public int PublishedArticlesIn(ContentLanguage language) =>
        language == ContentLanguage.En ? PublishedArticlesEn : PublishedArticlesRu;
}
