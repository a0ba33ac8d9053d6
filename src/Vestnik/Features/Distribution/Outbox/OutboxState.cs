using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Vestnik.Data.ChangeLog;

namespace Vestnik.Features.Distribution.Outbox;

/// <summary>
/// How far the outbox writer has read the change log, with the gaps it still waits for (see
/// <see cref="ChangeLogCursor"/>). One row, saved in the same transaction as the messages it led to, so the place
/// survives restarts and passes between nodes; a concurrency token keeps two nodes from both writing the same messages.
/// </summary>
public sealed class OutboxCursor
{
    public const string OutboxName = "distribution";

    public required string Name { get; init; }
    public long LastChangeId { get; private set; }

    /// <summary>The cursor's gaps as JSON, id to when it was first missed; null when there are none.</summary>
    public string? PendingGaps { get; private set; }

    public int Version { get; private set; }

    public static OutboxCursor StartingAt(long lastChangeId) => new() { Name = OutboxName, LastChangeId = lastChangeId };

    public ChangeLogCursor Resume(TimeProvider clock) => new(
        LastChangeId,
        PendingGaps is null ? [] : JsonSerializer.Deserialize<Dictionary<long, DateTimeOffset>>(PendingGaps)!,
        clock);

    /// <summary>Takes the place the cursor has read to; the version bump makes a node that read the same entries fail to save.</summary>
    public void Advance(ChangeLogCursor read)
    {
        LastChangeId = read.Position;
        PendingGaps = read.Gaps.Count == 0 ? null : JsonSerializer.Serialize(read.Gaps);
        Version++;
    }
}

/// <summary>
/// What distribution last announced about an article, so the writer can tell a publish from an update from an
/// unpublish, and skip saves that changed nothing a reader sees (view counts, a re-save).
/// </summary>
public sealed class ArticleAnnouncement
{
    public int ArticleId { get; init; }
    public bool Published { get; set; }
    public required string ContentHash { get; set; }
}

internal sealed class OutboxStateConfiguration : IEntityTypeConfiguration<OutboxCursor>, IEntityTypeConfiguration<ArticleAnnouncement>
{
    public void Configure(EntityTypeBuilder<OutboxCursor> builder)
    {
        builder.ToTable("OutboxCursors");
        builder.HasKey(c => c.Name);
        builder.Property(c => c.Name).HasMaxLength(40);
        builder.Property(c => c.Version).IsConcurrencyToken();
    }

    public void Configure(EntityTypeBuilder<ArticleAnnouncement> builder)
    {
        builder.ToTable("ArticleAnnouncements");
        builder.HasKey(a => a.ArticleId);
        builder.Property(a => a.ArticleId).ValueGeneratedNever();
        builder.Property(a => a.ContentHash).HasMaxLength(64);
    }
}
