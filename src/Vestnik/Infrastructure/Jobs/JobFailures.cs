using System.Collections.Concurrent;

namespace Vestnik.Infrastructure.Jobs;

/// <summary>A job whose latest run on this node failed, and for how long it has been failing.</summary>
/// <param name="InARow">Failed runs since the last one that succeeded.</param>
public sealed record JobFailure(string Job, DateTimeOffset Since, DateTimeOffset LastAt, int InARow, string Error);

/// <summary>
/// The jobs whose latest run on this node failed, kept in memory by <see cref="JobRunner{TJob}"/>: the metrics count
/// failures over time, this answers "what is broken now" for the System page and the admins' newsroom home. A job leaves
/// the list with its next successful run; a restart forgets the list, as a restarted job starts afresh.
/// </summary>
public sealed class JobFailures
{
    private readonly ConcurrentDictionary<string, JobFailure> _failing = new(StringComparer.Ordinal);

    public void Failed(string job, DateTimeOffset at, Exception exception) =>
        _failing.AddOrUpdate(job,
            _ => new JobFailure(job, at, at, 1, exception.Message),
            (_, earlier) => earlier with { LastAt = at, InARow = earlier.InARow + 1, Error = exception.Message });

    public void Succeeded(string job) => _failing.TryRemove(job, out _);

    public int Count => _failing.Count;

    public IReadOnlyList<JobFailure> Current() => [.. _failing.Values.OrderBy(f => f.Job, StringComparer.Ordinal)];
}
