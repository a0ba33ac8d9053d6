namespace Vestnik.Infrastructure.Operations.Backups;

/// <summary>A backup or restore that was refused or failed for a reason the operator can act on.</summary>
public sealed class BackupException : Exception
{
    public BackupException(string message) : base(message)
    {
    }

    public BackupException(string message, Exception innerException) : base(message, innerException)
    {
    }

    public BackupException()
    {
    }
}
