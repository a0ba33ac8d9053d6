namespace Vestnik.Features.Articles.Model;

/// <summary>
/// A step the article's status does not allow: a workflow move outside the table (unpublishing a draft, publishing
/// twice), a correction to an article never published, deleting a published one. Callers answer it as a conflict with
/// the article's current state (409), not as bad input.
/// </summary>
public sealed class ArticleStateException(ArticleStatus status, ArticleStatus? target, string message) : InvalidOperationException(message)
{
    public ArticleStatus Status { get; } = status;

    /// <summary>The status the refused move aimed at; null for steps that are not moves.</summary>
    public ArticleStatus? Target { get; } = target;
}
