namespace Vestnik.Data.ChangeLog;

public enum ChangeKind
{
    Created = 0,
    Updated = 1,
    Deleted = 2,
}

/// <summary>One committed change. <see cref="Id"/> grows monotonically, so a reader remembers where it stopped.</summary>
public sealed class ChangeLogEntry
{
    public long Id { get; private set; }
    public required string Topic { get; init; }
    public int EntityId { get; init; }
    public ChangeKind Kind { get; init; }
    public DateTimeOffset At { get; init; }
}
