namespace Vestnik.Infrastructure.Jobs;

/// <summary>
/// What a node does, from <c>Vestnik:Roles</c>. A background job declares the roles it needs and runs only on nodes
/// that have all of them.
/// </summary>
[Flags]
public enum NodeRoles
{
    /// <summary>Needs no role: the job runs on every node.</summary>
    None = 0,

    /// <summary>Serves readers and the newsroom, and keeps what serving needs on this node (cache eviction, view counts, reply emails).</summary>
    Web = 1,

    /// <summary>Takes part in the work done for the whole cluster: scheduled publishing, outbox, feed polling, inbox purge, Read also.</summary>
    Worker = 2,

    /// <summary>Keeps this node's search index; give it to every node that serves search.</summary>
    Indexer = 4,

    All = Web | Worker | Indexer,
}
