using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Vestnik.Features.Articles.Model;

namespace Vestnik.Features.Distribution.Sharing;

/// <summary>How many times readers clicked one network's share button under one article.</summary>
public sealed class ShareCount
{
    public int ArticleId { get; set; }
    public required string Network { get; set; }
    public long Clicks { get; set; }
    public DateTimeOffset LastClickAt { get; set; }
}

internal sealed class ShareCountConfiguration : IEntityTypeConfiguration<ShareCount>
{
    public void Configure(EntityTypeBuilder<ShareCount> builder)
    {
        builder.ToTable("ShareCounts");
        builder.HasKey(s => new { s.ArticleId, s.Network });
        builder.Property(s => s.Network).HasMaxLength(20);
        builder.HasOne<Article>().WithMany().HasForeignKey(s => s.ArticleId).OnDelete(DeleteBehavior.Cascade);
    }
}
