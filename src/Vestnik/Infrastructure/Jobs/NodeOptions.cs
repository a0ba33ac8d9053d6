namespace Vestnik.Infrastructure.Jobs;

/// <summary>What this node runs (<c>Vestnik:Roles</c>) and how it names itself to the others (<c>Vestnik:NodeId</c>).</summary>
public sealed class NodeOptions
{
    /// <summary>Comma-separated <see cref="NodeRoles"/>: <c>web</c>, <c>worker</c>, <c>indexer</c>. Default: all three.</summary>
    public string Roles { get; set; } = "web,worker,indexer";

    /// <summary>A name unique among the nodes, used as the holder of job leases. Default: host name and process id.</summary>
    public string? NodeId { get; set; }

    public string ResolveNodeId() => string.IsNullOrWhiteSpace(NodeId) ? $"{Environment.MachineName}:{Environment.ProcessId}" : NodeId;

    /// <summary>The roles named in <see cref="Roles"/>; null when one of the names is not a role.</summary>
    public NodeRoles? ParseRoles()
    {
        var roles = NodeRoles.None;
        foreach (var name in Roles.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            // Names only: Enum.TryParse would also take numbers and "All".
            if (!Enum.GetNames<NodeRoles>().Except([nameof(NodeRoles.None), nameof(NodeRoles.All)]).Contains(name, StringComparer.OrdinalIgnoreCase))
            {
                return null;
            }
            roles |= Enum.Parse<NodeRoles>(name, ignoreCase: true);
        }
        return roles;
    }

    /// <summary>True when this node has every role in <paramref name="needed"/>.</summary>
    public bool Has(NodeRoles needed) => ((ParseRoles() ?? NodeRoles.None) & needed) == needed;
}
