using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using Vestnik.Data;
using Vestnik.Features.Comments.Moderation;
using Vestnik.Features.Distribution.Outbox;
using Vestnik.Features.Search.Indexing;
using Vestnik.Infrastructure;
using Vestnik.Infrastructure.Operations.Backups;
using Vestnik.Infrastructure.Operations.Health;
using Vestnik.Infrastructure.Operations.Logging;

namespace Vestnik.Features.SystemStatus;

public sealed record SystemStatusView(
    string Version,
    string Environment,
    TimeSpan Uptime,
    DatabaseProvider Provider,
    long? DatabaseBytes,
    string DataFolder,
    long DataFolderBytes,
    long FreeDiskBytes,
    BackupStatus? LastBackup,
    BackupOptions Schedule,
    IReadOnlyList<(string Name, HealthStatus Status, string? Description)> Checks,
    IReadOnlyList<LoggedError> RecentErrors,
    WorkQueues? Queues);

/// <summary>
/// What is waiting: this node's search index (its size and how far it trails the change log) and the queues people
/// or workers have to empty. Null when the database cannot be read.
/// </summary>
public sealed record WorkQueues(
    long IndexBytes,
    long IndexLag,
    bool IndexRebuilding,
    int PendingComments,
    int PendingDeliveries,
    int FailedDeliveries);

/// <summary>Gathers what an admin checks first when something is wrong. Every part is best effort: the page must render when the database does not.</summary>
public sealed class SystemStatusQuery(
    VestnikDbContext db,
    DataFolders folders,
    BackupSource backupSource,
    IOptions<BackupOptions> backups,
    HealthCheckService health,
    RecentErrors errors,
    SearchIndex index,
    IHostEnvironment environment,
    TimeProvider time)
{
    public async Task<SystemStatusView> GetAsync(CancellationToken cancellationToken)
    {
        var report = await health.CheckHealthAsync(c => c.Tags.Contains(HealthTags.Ready), cancellationToken);
        var started = new DateTimeOffset(Process.GetCurrentProcess().StartTime.ToUniversalTime(), TimeSpan.Zero);
        return new SystemStatusView(
            BackupWriter.AppVersion,
            environment.EnvironmentName,
            time.GetUtcNow() - started,
            backupSource.Provider,
            await DatabaseSizeAsync(cancellationToken),
            folders.Root,
            FolderSize(folders.Root),
            new DriveInfo(folders.Root).AvailableFreeSpace,
            BackupStatus.Read(folders.Root),
            backups.Value,
            report.Entries.OrderBy(e => e.Key, StringComparer.Ordinal).Select(e => (e.Key, e.Value.Status, e.Value.Description)).ToList(),
            errors.Latest(),
            await QueuesAsync(cancellationToken));
    }

    private async Task<WorkQueues?> QueuesAsync(CancellationToken cancellationToken)
    {
        try
        {
            var lag = await IndexLag.EntriesAsync(index, db, cancellationToken);
            var deliveries = await db.Set<Delivery>().AsNoTracking()
                .Where(d => d.Status != DeliveryStatus.Delivered)
                .GroupBy(d => d.Status)
                .Select(g => new { Status = g.Key, Count = g.Count() })
                .ToListAsync(cancellationToken);
            return new WorkQueues(
                FolderSize(index.Path),
                lag,
                index.IsRebuilding,
                await PendingComments.CountAsync(db, cancellationToken),
                deliveries.Where(d => d.Status == DeliveryStatus.Pending).Sum(d => d.Count),
                deliveries.Where(d => d.Status == DeliveryStatus.Failed).Sum(d => d.Count));
        }
        catch (Exception ex) when (ex is System.Data.Common.DbException or InvalidOperationException)
        {
            return null;
        }
    }

    private async Task<long?> DatabaseSizeAsync(CancellationToken cancellationToken)
    {
        try
        {
            if (backupSource.SqliteFile is { } file)
            {
                return new[] { file, file + "-wal" }.Where(File.Exists).Sum(f => new FileInfo(f).Length);
            }
            return await db.Database.SqlQueryRaw<long>("SELECT pg_database_size(current_database()) AS \"Value\"").SingleAsync(cancellationToken);
        }
        catch (Exception ex) when (ex is System.Data.Common.DbException or IOException or InvalidOperationException)
        {
            return null;
        }
    }

    private static long FolderSize(string root)
    {
        try
        {
            return Directory.EnumerateFiles(root, "*", new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true })
                .Sum(f => new FileInfo(f).Length);
        }
        catch (IOException)
        {
            return 0;
        }
    }
}
