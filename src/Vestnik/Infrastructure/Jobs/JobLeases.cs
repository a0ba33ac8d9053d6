using Microsoft.EntityFrameworkCore;
using Vestnik.Data;

namespace Vestnik.Infrastructure.Jobs;

/// <summary>
/// Lets exactly one node run a job at a time, using nothing but the database: taking a lease is one conditional
/// UPDATE ("set me as holder where the lease has expired or is already mine"), which the database applies to the row
/// atomically on SQLite and PostgreSQL alike. A node that dies simply lets its lease expire.
/// </summary>
public sealed class JobLeases(VestnikDbContext db, TimeProvider clock, NodeOptions node)
{
    private readonly string _holder = node.ResolveNodeId();

    /// <summary>True when this node holds the job's lease for the next <paramref name="duration"/>.</summary>
    public async Task<bool> TryAcquireAsync(string job, TimeSpan duration, CancellationToken cancellationToken)
    {
        await EnsureExistsAsync(job, cancellationToken);
        var now = clock.GetUtcNow();
        var until = now + duration;
        var taken = await db.Set<JobLease>()
            .Where(l => l.Name == job && (l.ExpiresAt < now || l.Holder == _holder))
            .ExecuteUpdateAsync(s => s.SetProperty(l => l.Holder, _holder).SetProperty(l => l.ExpiresAt, until), cancellationToken);
        return taken == 1;
    }

    /// <summary>Gives the lease up early, so another node need not wait for it to expire.</summary>
    public Task ReleaseAsync(string job, CancellationToken cancellationToken) =>
        db.Set<JobLease>()
            .Where(l => l.Name == job && l.Holder == _holder)
            .ExecuteUpdateAsync(s => s.SetProperty(l => l.Holder, (string?)null).SetProperty(l => l.ExpiresAt, DateTimeOffset.MinValue), cancellationToken);

    private async Task EnsureExistsAsync(string job, CancellationToken cancellationToken)
    {
        if (await db.Set<JobLease>().AnyAsync(l => l.Name == job, cancellationToken))
        {
            return;
        }
        db.Set<JobLease>().Add(new JobLease { Name = job, ExpiresAt = DateTimeOffset.MinValue });
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Another node created the row first; the conditional update decides who holds it.
        }
        finally
        {
            db.ChangeTracker.Clear();
        }
    }
}
