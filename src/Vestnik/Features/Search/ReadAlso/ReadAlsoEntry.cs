namespace Vestnik.Features.Search.ReadAlso;

/// <summary>One item of an article's stored "Read also" list, computed when the article is published or edited.</summary>
public sealed class ReadAlsoEntry
{
    public int ArticleId { get; init; }

    /// <summary>0-based place in the list as readers see it.</summary>
    public int Position { get; init; }

    public int RelatedArticleId { get; init; }
    public DateTimeOffset ComputedAt { get; init; }
}

public enum ReadAlsoCurationKind
{
    /// <summary>Always shown, first, in the order pinned.</summary>
    Pin = 0,

    /// <summary>Never shown under this article.</summary>
    Exclude = 1,
}

/// <summary>An editor's decision about one item under one article: pinned or excluded.</summary>
public sealed class ReadAlsoCuration
{
    public int ArticleId { get; init; }
    public int RelatedArticleId { get; init; }
    public ReadAlsoCurationKind Kind { get; set; }

    /// <summary>Order among the pins; ignored for exclusions.</summary>
    public int Position { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
}
