using Vestnik.Infrastructure.Operations.Metrics;

namespace Vestnik.Infrastructure.Jobs;

/// <summary>
/// The one loop behind every <see cref="PeriodicJob"/>: decides at start whether this node runs the job, then runs it
/// every interval, each run in its own DI scope and, for a job done once per cluster, only while this node holds its
/// lease. A failure is logged with the job's name, counted, kept in <see cref="JobFailures"/> until a run succeeds,
/// and retried with <see cref="JobBackoff"/>. Stopping the host cancels the run in progress without an error.
/// </summary>
public sealed class JobRunner<TJob>(
    TJob job, IServiceScopeFactory scopes, TimeProvider clock, NodeOptions node, VestnikMetrics metrics, JobFailures failures, ILogger<TJob> logger)
    : BackgroundService
    where TJob : PeriodicJob
{
    /// <summary>How long a lease lasts: a few intervals, so the holder renews it long before it expires.</summary>
    private static readonly TimeSpan MinLease = TimeSpan.FromMinutes(1);

    private bool _holdsLease;

    /// <summary>Set once the host stops: services the job uses may then be disposed under it.</summary>
    private volatile bool _stopping;

    public override async Task StartAsync(CancellationToken cancellationToken)
    {
        job.RunsOnThisNode = job.IsEnabled && node.Has(job.Roles);
        if (!job.RunsOnThisNode)
        {
            logger.LogDebug("The {Job} job does not run on this node (roles {Roles})", job.Name, node.Roles);
            return;
        }
        await using (var scope = scopes.CreateAsyncScope())
        {
            await job.StartingAsync(scope.ServiceProvider, cancellationToken);
        }
        await base.StartAsync(cancellationToken);
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        if (!job.RunsOnThisNode)
        {
            return;
        }
        _stopping = true;
        await base.StopAsync(cancellationToken);
        // A final run that the host no longer waits for would only race the disposal of its services.
        if (job.RunsAtStop && !cancellationToken.IsCancellationRequested)
        {
            await TryRunAsync(cancellationToken);
        }
        if (_holdsLease)
        {
            await ReleaseLeaseAsync(cancellationToken);
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            if (!job.RunsAtStart)
            {
                await job.WaitAsync(job.Interval, clock, stoppingToken);
            }
            var failures = 0;
            while (true)
            {
                failures = await TryRunAsync(stoppingToken) ? 0 : failures + 1;
                if (failures == 0)
                {
                    await job.WaitAsync(job.Interval, clock, stoppingToken);
                }
                else
                {
                    // A wake-up does not cut a backoff short: a job woken often would otherwise retry at once.
                    await Task.Delay(JobBackoff.Delay(failures, job.Interval), clock, stoppingToken);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // The host is stopping.
        }
    }

    /// <summary>One run with its lease and error handling; false when it failed.</summary>
    private async Task<bool> TryRunAsync(CancellationToken cancellationToken)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            if (job.OncePerCluster && !await TakeLeaseAsync(scope.ServiceProvider, cancellationToken))
            {
                job.Skipped();
                return true;
            }
            await job.RunAsync(scope.ServiceProvider, cancellationToken);
            failures.Succeeded(job.Name);
            return true;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (ObjectDisposedException exception) when (_stopping)
        {
            // The host disposed a service the run still used (a pooled context, a singleton) while stopping: the run
            // was cut short, not broken, and its work is picked up again at the next start.
            logger.LogWarning(exception, "The {Job} job was cut short by the shutdown", job.Name);
            return false;
        }
        catch (Exception exception)
        {
            metrics.JobFailed(job.Name);
            failures.Failed(job.Name, clock.GetUtcNow(), exception);
            logger.LogError(exception, "The {Job} job failed; it will try again", job.Name);
            return false;
        }
    }

    private async Task<bool> TakeLeaseAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var interval = job.Interval == Timeout.InfiniteTimeSpan ? TimeSpan.Zero : job.Interval;
        var duration = interval * 4 > MinLease ? interval * 4 : MinLease;
        _holdsLease = await services.GetRequiredService<JobLeases>().TryAcquireAsync(job.Name, duration, cancellationToken);
        return _holdsLease;
    }

    /// <summary>Hands the lease over at once, so after a deploy another node need not wait for it to expire.</summary>
    private async Task ReleaseLeaseAsync(CancellationToken cancellationToken)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<JobLeases>().ReleaseAsync(job.Name, cancellationToken);
        }
        catch (Exception exception)
        {
            // The database may be away at shutdown; the lease then simply expires.
            logger.LogDebug(exception, "Could not release the lease of the {Job} job", job.Name);
        }
    }
}
