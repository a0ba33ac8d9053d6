namespace Vestnik.Features.Articles.Model;

/// <summary>Where an article is in the newsroom workflow. Only <see cref="Published"/> is visible to readers.</summary>
public enum ArticleStatus
{
    Draft = 0,
    InReview = 1,
    Scheduled = 2,
    Published = 3,
    Unpublished = 4,
}
