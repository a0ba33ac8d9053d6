namespace Vestnik.Infrastructure.Jobs;

/// <summary>Says at start which roles this node has, and which deprecated switches it still reads.</summary>
internal sealed class NodeRolesAnnouncement(NodeOptions node, IEnumerable<DeprecatedJobSwitch> deprecated, ILogger<NodeRolesAnnouncement> logger)
    : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        logger.LogInformation("Node {NodeId} runs the roles {Roles} (Vestnik:Roles)", node.ResolveNodeId(), node.Roles);
        foreach (var setting in deprecated)
        {
            logger.LogWarning("{Key} is deprecated and will be removed; set Vestnik:Roles instead: {Instead}", setting.Key, setting.Instead);
        }
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
