using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.Options;
using Vestnik.Infrastructure.Operations.Metrics;

namespace Vestnik.Infrastructure.Operations.Backups;

public static class BackupsRegistration
{
    public static void AddBackups(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<BackupOptions>(configuration.GetSection(BackupOptions.Section));
        services.AddSingleton(BackupSource.From(configuration));
        services.AddHostedService<ScheduledBackups>();
    }
}

/// <summary>
/// Backs the live site up every <c>Backup:IntervalHours</c> into <c>Backup:Path/vestnik-yyyyMMdd-HHmmss</c> and
/// keeps the newest <c>Backup:Keep</c>. On shutdown a running backup stops between files and removes its folder.
/// </summary>
public sealed class ScheduledBackups(
    IOptions<BackupOptions> options, BackupSource source, TimeProvider time, VestnikMetrics metrics, ILogger<ScheduledBackups> logger) : BackgroundService
{
    private const string Prefix = "vestnik-";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        if (settings.IntervalHours <= 0 || string.IsNullOrWhiteSpace(settings.Path))
        {
            return;
        }
        logger.LogInformation("Scheduled backups every {Hours} h into {Path}, keeping {Keep}", settings.IntervalHours, settings.Path, settings.Keep);
        using var timer = new PeriodicTimer(TimeSpan.FromHours(settings.IntervalHours), time);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                await BackUpAsync(settings, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down.
        }
    }

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
            metrics.JobFailed(JobNames.Backups);
            logger.LogError("Scheduled backup into {Folder} failed: {Error}", folder, ex.Message);
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
