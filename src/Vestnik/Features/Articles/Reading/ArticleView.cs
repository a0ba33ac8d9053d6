using Vestnik.Features.Site;
using Vestnik.Infrastructure.Localization;

namespace Vestnik.Features.Articles.Reading;

/// <summary>Everything the article page renders, computed before the view runs.</summary>
public sealed record ArticleView
{
    public required int Id { get; init; }
    public required ContentLanguage Language { get; init; }
    public required string Title { get; init; }
    public required string DisplayTitle { get; init; }
    public string? OutletName { get; init; }
    public required string Dek { get; init; }
    public required string BodyHtml { get; init; }
    public required string Url { get; init; }
    public required string SectionName { get; init; }
    public required string SectionUrl { get; init; }
    public required IReadOnlyList<LinkView> Authors { get; init; }
    public required IReadOnlyList<LinkView> Tags { get; init; }
    public required IReadOnlyList<LabelView> Labels { get; init; }
    public required DateTimeOffset PublishedAt { get; init; }
    public required string PublishedText { get; init; }
    public DateTimeOffset? UpdatedAt { get; init; }
    public string? UpdatedText { get; init; }
    public required int ReadingMinutes { get; init; }
    public int CommentCount { get; init; }
    public ImageView? Image { get; init; }
    public SourceView? Source { get; init; }
    public required IReadOnlyList<CorrectionView> Corrections { get; init; }
    public TranslationView? Translation { get; init; }
    public required IReadOnlyList<ArticleCard> ReadAlso { get; init; }

    /// <summary>The newsroom's SEO overrides; null means "use the title, dek and lead image".</summary>
    public string? MetaTitle { get; init; }
    public string? MetaDescription { get; init; }
    public string? SocialImageUrl { get; init; }
}

public sealed record LinkView(string Name, string Url);

public sealed record LabelView(string Slug, string Name);

/// <summary><paramref name="Srcset"/> lists WebP renditions of a media-library image; empty for other images.</summary>
public sealed record ImageView(string Url, int Width, int Height, string Alt, string Caption, string Credit, string Srcset = "");

public sealed record SourceView(string OutletName, string OriginalHeadline, string OriginalUrl, string? OriginalPublishedText, string OriginalLanguage);

public sealed record CorrectionView(string Text, string DateText);

public sealed record TranslationView(int Id, ContentLanguage Language, string Url, string Title);
