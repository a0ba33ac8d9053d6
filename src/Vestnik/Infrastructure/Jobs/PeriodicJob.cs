namespace Vestnik.Infrastructure.Jobs;

/// <summary>
/// A background job: <see cref="RunAsync"/> once per <see cref="Interval"/>, or sooner when woken. Register it with
/// <c>services.AddPeriodicJob&lt;T&gt;()</c>; <see cref="JobRunner{TJob}"/> owns the loop, so a job holds only its work.
/// A failed run is logged, counted in <c>vestnik_jobs_failures_total{job}</c> and retried with backoff; it never stops
/// other jobs or the host.
/// </summary>
public abstract class PeriodicJob
{
    private TaskCompletionSource _wake = NewSignal();

    /// <summary>The job's short, stable name: the <c>job</c> tag of its failures and the name of its lease.</summary>
    public abstract string Name { get; }

    /// <summary>The roles a node needs to run the job; <see cref="NodeRoles.None"/> runs it on every node.</summary>
    public abstract NodeRoles Roles { get; }

    /// <summary>Time between two runs, read before each wait; <see cref="Timeout.InfiniteTimeSpan"/> runs only when woken.</summary>
    public abstract TimeSpan Interval { get; }

    /// <summary>
    /// True when one node at a time runs the job for the whole cluster, under a lease in the <c>JobLeases</c> table.
    /// Leave it false when several nodes may share the work safely (claimed rows) or each keeps its own data.
    /// </summary>
    public virtual bool OncePerCluster => false;

    /// <summary>The job's own setting: false keeps it off whatever the node's roles.</summary>
    public virtual bool IsEnabled => true;

    /// <summary>True to run as soon as the host has started; false to wait one <see cref="Interval"/> first.</summary>
    public virtual bool RunsAtStart => true;

    /// <summary>True to run once more when the host stops, to hand over what is held in memory.</summary>
    public virtual bool RunsAtStop => false;

    /// <summary>Whether this node runs the job (roles and setting), decided when the host starts.</summary>
    public bool RunsOnThisNode { get; internal set; }

    /// <summary>Runs the job now (or right after the current run) instead of at the end of the interval.</summary>
    public void Wake() => Volatile.Read(ref _wake).TrySetResult();

    /// <summary>One run, in a DI scope of its own (<paramref name="services"/>).</summary>
    protected internal abstract Task RunAsync(IServiceProvider services, CancellationToken cancellationToken);

    /// <summary>Runs while the host starts, before it takes requests, on nodes that run the job.</summary>
    protected internal virtual Task StartingAsync(IServiceProvider services, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>A round was skipped because another node holds the lease of a <see cref="OncePerCluster"/> job.</summary>
    protected internal virtual void Skipped()
    {
    }

    /// <summary>Waits for the interval to pass or for <see cref="Wake"/>, whichever comes first.</summary>
    internal async Task WaitAsync(TimeSpan interval, TimeProvider clock, CancellationToken cancellationToken)
    {
        var wake = Volatile.Read(ref _wake);
        using var stopWaiting = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var elapsed = Task.Delay(interval, clock, stopWaiting.Token);
        await Task.WhenAny(wake.Task, elapsed);
        await stopWaiting.CancelAsync();
        cancellationToken.ThrowIfCancellationRequested();
        if (wake.Task.IsCompleted)
        {
            // A wake-up during the coming run must not be lost: it sets the new signal and the next wait ends at once.
            Interlocked.CompareExchange(ref _wake, NewSignal(), wake);
        }
    }

    private static TaskCompletionSource NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}
