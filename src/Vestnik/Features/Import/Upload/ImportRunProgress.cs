using Microsoft.EntityFrameworkCore;
using Vestnik.Data;
using Vestnik.Infrastructure.Jobs;

namespace Vestnik.Features.Import.Upload;

/// <summary>
/// The importer's progress written to its run's row, at most once a second, from a loop of its own: the importer
/// only drops the latest figures here and never waits for the database (a dry run holds a transaction the whole
/// time). Each write also renews the import job's cluster lease, so a long import keeps it; when another node has
/// taken the lease meanwhile, this node stops its import (<see cref="LeaseLost"/>) rather than run beside it.
/// </summary>
public sealed class ImportRunProgress : IProgress<ImportProgress>, IAsyncDisposable
{
    public static readonly TimeSpan WriteEvery = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan RenewLeaseEvery = TimeSpan.FromSeconds(15);

    private readonly long _runId;
    private readonly IServiceScopeFactory _scopes;
    private readonly TimeProvider _clock;
    private readonly ILogger _logger;
    private readonly CancellationTokenSource _stop = new();
    private readonly CancellationTokenSource _leaseLost = new();
    private readonly Task _loop;
    private ImportProgress? _latest;
    private ImportProgress? _written;

    public ImportRunProgress(long runId, IServiceScopeFactory scopes, TimeProvider clock, ILogger logger)
    {
        (_runId, _scopes, _clock, _logger) = (runId, scopes, clock, logger);
        _loop = Task.Run(LoopAsync);
    }

    /// <summary>Cancelled when another node holds the import lease: this node must stop importing.</summary>
    public CancellationToken LeaseLost => _leaseLost.Token;

    public void Report(ImportProgress value) => Volatile.Write(ref _latest, value);

    private async Task LoopAsync()
    {
        var lastRenewal = _clock.GetTimestamp();
        while (!_stop.IsCancellationRequested)
        {
            try
            {
                await Task.Delay(WriteEvery, _clock, _stop.Token);
            }
            catch (OperationCanceledException)
            {
                break;
            }
            await WriteAsync(CancellationToken.None);
            if (_clock.GetElapsedTime(lastRenewal) >= RenewLeaseEvery)
            {
                lastRenewal = _clock.GetTimestamp();
                await RenewLeaseAsync();
            }
        }
        // The last figures (the end of the file) are written once the importer is done.
        await WriteAsync(CancellationToken.None);
    }

    private async Task WriteAsync(CancellationToken cancellationToken)
    {
        var latest = Volatile.Read(ref _latest);
        if (latest is null || latest == _written)
        {
            return;
        }
        try
        {
            await using var scope = _scopes.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<VestnikDbContext>().Set<ImportRun>()
                .Where(r => r.Id == _runId)
                .ExecuteUpdateAsync(s => s
                    .SetProperty(r => r.Phase, latest.Phase)
                    .SetProperty(r => r.BytesRead, latest.BytesRead)
                    .SetProperty(r => r.BytesTotal, latest.BytesTotal)
                    .SetProperty(r => r.Items, latest.Items), cancellationToken);
            _written = latest;
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // The progress is shown, not relied on: the next second tries again.
            _logger.LogWarning(exception, "Could not write the progress of import run {Run}", _runId);
        }
    }

    private async Task RenewLeaseAsync()
    {
        try
        {
            await using var scope = _scopes.CreateAsyncScope();
            if (!await scope.ServiceProvider.GetRequiredService<JobLeases>().TryAcquireAsync(ImportRunJob.JobName, ImportRunJob.Lease, CancellationToken.None))
            {
                _logger.LogWarning("Another node took the import lease; import run {Run} stops here", _runId);
                await _leaseLost.CancelAsync();
            }
        }
        catch (Exception exception)
        {
            _logger.LogWarning(exception, "Could not renew the import lease during run {Run}", _runId);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await _loop;
        _stop.Dispose();
        _leaseLost.Dispose();
    }
}
