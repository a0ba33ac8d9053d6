using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using Vestnik.Data;
using Vestnik.Infrastructure;
using Vestnik.Infrastructure.Jobs;
using Vestnik.Infrastructure.Operations.Backups;
using Vestnik.Infrastructure.Operations.Health;
using Vestnik.Infrastructure.Operations.Logging;
using Vestnik.Infrastructure.Operations.Backlogs;
using Vestnik.Infrastructure.Localization;

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
    IReadOnlyList<(string Name, HealthStatus Status, string? Description, IReadOnlyDictionary<string, object> Data)> Checks,
    IReadOnlyList<LoggedError> RecentErrors,
    // What waits for people or workers, as each feature reports it; null when the database cannot be read.
    IReadOnlyList<BacklogLine>? Backlogs,
    IReadOnlyList<JobFailure> FailingJobs);

/// <summary>Gathers what an admin checks first when something is wrong. Every part is best effort: the page must render when the database does not.</summary>
public sealed class SystemStatusQuery(
    VestnikDbContext db,
    DataFolders folders,
    BackupSource backupSource,
    IOptions<BackupOptions> backups,
    HealthCheckService health,
    RecentErrors errors,
    IEnumerable<IBacklog> backlogs,
    JobFailures jobFailures,
    IHostEnvironment environment,
    TimeProvider time)
{
    public async Task<SystemStatusView> GetAsync(ContentLanguage language, CancellationToken cancellationToken)
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
            DataFolders.SizeOf(folders.Root),
            new DriveInfo(folders.Root).AvailableFreeSpace,
            BackupStatus.Read(folders.Root),
            backups.Value,
            report.Entries.OrderBy(e => e.Key, StringComparer.Ordinal).Select(e => (e.Key, e.Value.Status, e.Value.Description, e.Value.Data)).ToList(),
            errors.Latest(),
            await BacklogsAsync(language, cancellationToken),
            jobFailures.Current());
    }

    private async Task<IReadOnlyList<BacklogLine>?> BacklogsAsync(ContentLanguage language, CancellationToken cancellationToken)
    {
        try
        {
            var lines = new List<BacklogLine>();
            foreach (var backlog in backlogs)
            {
                lines.AddRange(await backlog.ReadAsync(language, cancellationToken));
            }
            return lines;
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
}
