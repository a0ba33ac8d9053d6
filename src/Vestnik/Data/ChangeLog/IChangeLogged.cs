namespace Vestnik.Data.ChangeLog;

/// <summary>
/// An entity whose every insert, update and delete is appended to the change log in the same transaction,
/// so background workers (search index, cache eviction, webhooks) on any node can tail the log.
/// </summary>
public interface IChangeLogged
{
    /// <summary>A stable name of what changed, e.g. "article".</summary>
    string ChangeTopic { get; }

    /// <summary>The id the log records for the topic (for "article-comments", the article's id).</summary>
    int ChangeEntityId { get; }
}

public static class ChangeTopics
{
    public const string Article = "article";

    /// <summary>A comment on the article was posted, edited, moderated or deleted.</summary>
    public const string ArticleComments = "article-comments";
}
