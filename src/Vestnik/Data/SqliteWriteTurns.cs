using System.Collections.Concurrent;
using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Vestnik.Data;

/// <summary>
/// Lets this process's transactions on the SQLite file start one at a time, in the order they asked.
/// <para>
/// SQLite admits one writing transaction at a time. The others wait in SQLite's busy handler, which sleeps a thread
/// in growing steps (up to 100 ms each) and retries, so under a burst of comment posts some writers keep losing the
/// race and answer after seconds while their threads sit blocked. Queuing on an async semaphore before
/// <c>BEGIN</c> hands the lock over the moment the previous transaction ends, first come first served, without
/// holding a thread. <c>busy_timeout</c> still covers other processes on the same file (a backup, a command).
/// </para>
/// <para>
/// The turn is tied to the connection: it ends when the transaction commits, rolls back or fails, and at the latest
/// when the connection closes or is disposed, because EF disposes a failed <c>SaveChanges</c> transaction without
/// a rollback event.
/// </para>
/// </summary>
public sealed class SqliteWriteTurns(TimeSpan wait) : DbTransactionInterceptor, IDbConnectionInterceptor, IDisposable
{
    /// <summary>SQLITE_BUSY: waiting too long for the queue is reported like waiting too long for the file lock.</summary>
    private const int SqliteBusy = 5;

    private readonly SemaphoreSlim _turn = new(1, 1);
    private readonly ConcurrentDictionary<Guid, bool> _holders = new(); // EF's connection ids that hold the turn

    public override InterceptionResult<DbTransaction> TransactionStarting(
        DbConnection connection, TransactionStartingEventData eventData, InterceptionResult<DbTransaction> result)
    {
        if (!_holders.ContainsKey(eventData.ConnectionId))
        {
            if (!_turn.Wait(wait))
            {
                throw TimedOut();
            }
            _holders[eventData.ConnectionId] = true;
        }
        return result;
    }

    public override async ValueTask<InterceptionResult<DbTransaction>> TransactionStartingAsync(
        DbConnection connection, TransactionStartingEventData eventData, InterceptionResult<DbTransaction> result,
        CancellationToken cancellationToken = default)
    {
        if (!_holders.ContainsKey(eventData.ConnectionId))
        {
            if (!await _turn.WaitAsync(wait, cancellationToken))
            {
                throw TimedOut();
            }
            _holders[eventData.ConnectionId] = true;
        }
        return result;
    }

    public override void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) => Release(eventData.ConnectionId);

    public override Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default) =>
        Release(eventData.ConnectionId);

    public override void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData) => Release(eventData.ConnectionId);

    public override Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default) =>
        Release(eventData.ConnectionId);

    public override void TransactionFailed(DbTransaction transaction, TransactionErrorEventData eventData) => Release(eventData.ConnectionId);

    public override Task TransactionFailedAsync(DbTransaction transaction, TransactionErrorEventData eventData, CancellationToken cancellationToken = default) =>
        Release(eventData.ConnectionId);

    public void ConnectionClosed(DbConnection connection, ConnectionEndEventData eventData) => Release(eventData.ConnectionId);

    public Task ConnectionClosedAsync(DbConnection connection, ConnectionEndEventData eventData) => Release(eventData.ConnectionId);

    public void ConnectionDisposed(DbConnection connection, ConnectionEndEventData eventData) => Release(eventData.ConnectionId);

    public Task ConnectionDisposedAsync(DbConnection connection, ConnectionEndEventData eventData) => Release(eventData.ConnectionId);

    public void Dispose() => _turn.Dispose();

    private Task Release(Guid connectionId)
    {
        if (_holders.TryRemove(connectionId, out _))
        {
            _turn.Release();
        }
        return Task.CompletedTask;
    }

    private SqliteException TimedOut() =>
        new($"database is locked: waited {wait.TotalSeconds:0} s for this process's other writers to finish", SqliteBusy);
}
