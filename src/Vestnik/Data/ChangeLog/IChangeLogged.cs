namespace Vestnik.Data.ChangeLog;

/// <summary>
/// An entity whose every insert, update and delete is appended to the change log in the same transaction,
/// so background workers (search index, cache eviction, webhooks) on any node can tail the log.
/// </summary>
public interface IChangeLogged
{
    int Id { get; }

    /// <summary>A stable name of the entity kind in the log, e.g. "article".</summary>
    string ChangeTopic { get; }
}

public static class ChangeTopics
{
    public const string Article = "article";
}
