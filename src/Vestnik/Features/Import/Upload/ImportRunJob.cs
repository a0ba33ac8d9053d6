using Vestnik.Infrastructure.Jobs;

namespace Vestnik.Features.Import.Upload;

/// <summary>
/// Imports the uploaded exports in the background on a worker node, once per cluster: woken by each upload, and
/// looking every half minute for runs queued while no worker was up.
/// </summary>
public sealed class ImportRunJob : PeriodicJob
{
    public const string JobName = "import-runs";

    /// <summary>How long the lease lasts between renewals (the runner renews it while an import goes on).</summary>
    public static readonly TimeSpan Lease = TimeSpan.FromMinutes(2);

    public override string Name => JobName;
    public override NodeRoles Roles => NodeRoles.Worker;
    public override TimeSpan Interval => TimeSpan.FromSeconds(30);
    public override bool OncePerCluster => true;

    protected internal override async Task RunAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var runner = services.GetRequiredService<ImportRunner>();
        while (await runner.RunNextAsync(cancellationToken))
        {
            // One after another: several uploads queued meanwhile are imported in the order they came.
        }
    }
}
