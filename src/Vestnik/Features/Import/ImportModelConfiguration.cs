using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Vestnik.Features.Import;

internal sealed class ImportedRecordConfiguration : IEntityTypeConfiguration<ImportedRecord>
{
    public void Configure(EntityTypeBuilder<ImportedRecord> builder)
    {
        builder.Property(r => r.Source).HasMaxLength(20);
        builder.Property(r => r.Kind).HasMaxLength(20);
        builder.Property(r => r.SourceId).HasMaxLength(400);
        builder.Property(r => r.ContentHash).HasMaxLength(64);
        builder.HasIndex(r => new { r.Source, r.Kind, r.SourceId }).IsUnique();
    }
}

internal sealed class OldAddressConfiguration : IEntityTypeConfiguration<OldAddress>
{
    public void Configure(EntityTypeBuilder<OldAddress> builder)
    {
        builder.Property(a => a.Path).HasMaxLength(OldAddress.MaxPathLength);
        builder.HasIndex(a => a.Path).IsUnique();
        builder.HasOne(a => a.Article).WithMany().HasForeignKey(a => a.ArticleId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(a => a.Section).WithMany().HasForeignKey(a => a.SectionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(a => a.Tag).WithMany().HasForeignKey(a => a.TagId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(a => a.Author).WithMany().HasForeignKey(a => a.AuthorId).OnDelete(DeleteBehavior.Cascade);
    }
}
