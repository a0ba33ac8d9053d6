using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using Vestnik.Data;

namespace Vestnik.Infrastructure.Operations.Health;

/// <summary>
/// Readiness: can this node serve readers right now? A feature adds its own check with
/// <c>services.AddHealthChecks().AddCheck&lt;MyCheck&gt;("name", tags: [HealthTags.Ready])</c> and <c>/readyz</c> runs it.
/// </summary>
public static class HealthTags
{
    public const string Ready = "ready";
}

/// <summary>
/// What a readiness check found, as a code and its figures in <see cref="HealthCheckResult.Data"/>: <c>/readyz</c>
/// keeps the English description for operators' tools, and the System page says the finding in the staff's language.
/// </summary>
public static class HealthFindings
{
    public const string Key = "finding";
    public const string FreeMegabytes = "free_mb";
    public const string MinimumMegabytes = "minimum_mb";
    public const string TimeoutSeconds = "timeout_s";

    public const string DatabaseAnswers = "database-answers";
    public const string DatabaseSilent = "database-silent";
    public const string DatabaseSlow = "database-slow";
    public const string FolderNotWritable = "folder-not-writable";
    public const string DiskLow = "disk-low";
    public const string DiskFree = "disk-free";

    public static IReadOnlyDictionary<string, object> Of(string finding, params (string Key, object Value)[] figures)
    {
        var data = figures.ToDictionary(f => f.Key, f => f.Value);
        data[Key] = finding;
        return data;
    }
}

/// <summary>The <c>Health</c> section.</summary>
public sealed class HealthOptions
{
    public const string Section = "Health";

    /// <summary>Below this much free space on the data folder's disk the node reports not ready.</summary>
    public long MinFreeDiskMegabytes { get; set; } = 100;
}

public sealed class DatabaseHealthCheck(VestnikDbContext db) : IHealthCheck
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(3);

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(Timeout);
        try
        {
            return await db.Database.CanConnectAsync(timeout.Token)
                ? HealthCheckResult.Healthy("the database answers", HealthFindings.Of(HealthFindings.DatabaseAnswers))
                : HealthCheckResult.Unhealthy("the database does not answer", data: HealthFindings.Of(HealthFindings.DatabaseSilent));
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return HealthCheckResult.Unhealthy($"the database did not answer within {Timeout.TotalSeconds:0} s",
                data: HealthFindings.Of(HealthFindings.DatabaseSlow, (HealthFindings.TimeoutSeconds, Timeout.TotalSeconds)));
        }
    }
}

/// <summary>The data folder must be writable and have room: uploads, the SQLite file and the index all live there.</summary>
public sealed class DataFolderHealthCheck(DataFolders folders, IOptions<HealthOptions> options) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var probe = Path.Combine(folders.Root, ".ready-check");
        try
        {
            await File.WriteAllTextAsync(probe, "ok", cancellationToken);
            File.Delete(probe);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return HealthCheckResult.Unhealthy($"the data folder {folders.Root} is not writable: {ex.Message}",
                data: HealthFindings.Of(HealthFindings.FolderNotWritable));
        }
        var free = new DriveInfo(folders.Root).AvailableFreeSpace / (1024 * 1024);
        var minimum = options.Value.MinFreeDiskMegabytes;
        return free < minimum
            ? HealthCheckResult.Unhealthy($"only {free} MB free on the data folder's disk (Health:MinFreeDiskMegabytes is {minimum})",
                data: HealthFindings.Of(HealthFindings.DiskLow, (HealthFindings.FreeMegabytes, free), (HealthFindings.MinimumMegabytes, minimum)))
            : HealthCheckResult.Healthy($"{free} MB free", HealthFindings.Of(HealthFindings.DiskFree, (HealthFindings.FreeMegabytes, free)));
    }
}
