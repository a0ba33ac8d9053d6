namespace Vestnik.Infrastructure.Jobs;

/// <summary>What this node runs (<c>Vestnik:Roles</c>) and how it names itself to the others (<c>Vestnik:NodeId</c>).</summary>
public sealed class NodeOptions
{
    /// <summary>
    /// <c>web</c> serves readers and the newsroom; <c>worker</c> also competes for the jobs that one node does for the
    /// whole cluster under a lease (today: computing Read also lists). Default: both.
    /// </summary>
    public string Roles { get; set; } = "web,worker";

    /// <summary>A name unique among the nodes, used as the holder of job leases. Default: host name and process id.</summary>
    public string? NodeId { get; set; }

    public bool RunsWeb => HasRole("web");

    public bool RunsWorkers => HasRole("worker");

    public string ResolveNodeId() => string.IsNullOrWhiteSpace(NodeId) ? $"{Environment.MachineName}:{Environment.ProcessId}" : NodeId;

    private bool HasRole(string role) =>
        Roles.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Contains(role, StringComparer.OrdinalIgnoreCase);
}
