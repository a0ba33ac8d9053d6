namespace Vestnik.Infrastructure.Operations.Backups;

/// <summary>The <c>Backup</c> section: scheduled backups made by the running site.</summary>
public sealed class BackupOptions
{
    public const string Section = "Backup";

    /// <summary>Folder that receives one sub-folder per scheduled backup; keep it on another disk than the data folder.</summary>
    public string? Path { get; set; }

    /// <summary>Hours between scheduled backups; 0 turns them off.</summary>
    public double IntervalHours { get; set; }

    /// <summary>How many scheduled backups to keep; older ones are deleted after a successful backup.</summary>
    public int Keep { get; set; } = 7;
}
