using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.Options;
using Vestnik.Infrastructure.Jobs;
using Vestnik.Infrastructure.Operations.Metrics;

namespace Vestnik.Infrastructure.Operations.Backups;

public static class BackupsRegistration
{
    public static void AddBackups(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<BackupOptions>(configuration.GetSection(BackupOptions.Section));
        services.AddSingleton(BackupSource.From(configuration));
        services.AddPeriodicJob<ScheduledBackups>();
    }
}

/// <summary>
/// Backs the live site up every <c>Backup:IntervalHours</c> into <c>Backup:Path/vestnik-yyyyMMdd-HHmmss</c> and
/// keeps the newest <c>Backup:Keep</c>. On shutdown a running backup stops between files and removes its folder.
/// It backs up this node's data folder, so it runs on every node where it is set, whatever the node's roles.
/// </summary>
public sealed class ScheduledBackups(
    IOptions<BackupOptions> options, BackupSource source, TimeProvider time, VestnikMetrics metrics, ILogger<ScheduledBackups> logger) : PeriodicJob
{
    private const string Prefix = "vestnik-";

    public override string Name => JobNames.Backups;

    public override NodeRoles Roles => NodeRoles.None;

    public override TimeSpan Interval => TimeSpan.FromHours(options.Value.IntervalHours);

    public override bool IsEnabled => options.Value.IntervalHours > 0 && !string.IsNullOrWhiteSpace(options.Value.Path);

    /// <summary>The schedule counts from the start of the process.</summary>
    public override bool RunsAtStart => false;

    protected internal override Task StartingAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        logger.LogInformation("Scheduled backups every {Hours} h into {Path}, keeping {Keep}", settings.IntervalHours, settings.Path, settings.Keep);
        return Task.CompletedTask;
    }

    protected internal override Task RunAsync(IServiceProvider services, CancellationToken cancellationToken) =>
        BackUpAsync(options.Value, cancellationToken);

    public async Task BackUpAsync(BackupOptions settings, CancellationToken cancellationToken)
    {
        var folder = Path.Combine(Path.GetFullPath(settings.Path!), Prefix + time.GetUtcNow().ToString("yyyyMMdd-HHmmss", CultureInfo.InvariantCulture));
        var started = Stopwatch.StartNew();
        try
        {
            var manifest = await new BackupWriter(source, time).WriteAsync(folder, message => logger.LogDebug("{Progress}", message), cancellationToken);
            BackupStatus.Record(source.DataRoot, folder, manifest);
            metrics.Backups.Add(1, new KeyValuePair<string, object?>("result", "ok"));
            metrics.BackupDuration.Record(started.Elapsed.TotalSeconds);
            logger.LogInformation("Backup of {Files} files written to {Folder} in {Seconds:0.0} s", manifest.Files.Count, folder, started.Elapsed.TotalSeconds);
            DeleteOldBackups(settings);
        }
        catch (Exception ex) when (ex is BackupException or IOException or UnauthorizedAccessException or Microsoft.Data.Sqlite.SqliteException)
        {
            metrics.Backups.Add(1, new KeyValuePair<string, object?>("result", "failed"));
            throw new BackupException($"Scheduled backup into {folder} failed: {ex.Message}", ex);
        }
    }

    /// <summary>Only complete backups (with a manifest) made by the schedule count and are deleted; anything else in the folder is left alone.</summary>
    private void DeleteOldBackups(BackupOptions settings)
    {
        var complete = new DirectoryInfo(Path.GetFullPath(settings.Path!)).EnumerateDirectories(Prefix + "*")
            .Where(d => File.Exists(Path.Combine(d.FullName, BackupManifest.FileName)))
            .OrderByDescending(d => d.Name, StringComparer.Ordinal)
            .Skip(settings.Keep);
        foreach (var old in complete)
        {
            try
            {
                // The manifest goes first: a deletion cut short leaves a folder that no longer claims to be a backup.
                File.Delete(Path.Combine(old.FullName, BackupManifest.FileName));
                old.Delete(recursive: true);
                logger.LogInformation("Deleted old backup {Folder}", old.FullName);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                logger.LogWarning("Could not delete old backup {Folder}: {Error}", old.FullName, ex.Message);
            }
        }
    }
}
