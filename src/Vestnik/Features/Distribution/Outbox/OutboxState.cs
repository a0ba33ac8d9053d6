using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Vestnik.Features.Distribution.Outbox;

/// <summary>How far the outbox writer has read the change log. One row; a concurrency token keeps two nodes from both writing the same messages.</summary>
public sealed class OutboxCursor
{
    public const string OutboxName = "distribution";

    public required string Name { get; init; }
    public long LastChangeId { get; set; }
    public int Version { get; set; }
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
