using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Vestnik.Features.Import.Upload;

internal sealed class ImportRunConfiguration : IEntityTypeConfiguration<ImportRun>
{
    public void Configure(EntityTypeBuilder<ImportRun> builder)
    {
        builder.Property(r => r.Source).HasConversion<string>().HasMaxLength(20);
        builder.Property(r => r.State).HasConversion<string>().HasMaxLength(20);
        builder.Property(r => r.Failure).HasConversion<string>().HasMaxLength(20);
        builder.Property(r => r.FileName).HasMaxLength(400);
        builder.Property(r => r.Folder).HasMaxLength(100);
        builder.Property(r => r.ExportFile).HasMaxLength(1000);
        builder.Property(r => r.MediaFolder).HasMaxLength(1000);
        builder.Property(r => r.QueuedById).HasMaxLength(450);
        builder.Property(r => r.QueuedByName).HasMaxLength(256);
        builder.Property(r => r.Phase).HasMaxLength(40);
        builder.Property(r => r.FailureDetail).HasMaxLength(ImportRunLine.MaxLength);
        // The job looks for the oldest queued run and for runs left running.
        builder.HasIndex(r => new { r.State, r.Id });
        builder.HasMany(r => r.Lines).WithOne().HasForeignKey(l => l.RunId).OnDelete(DeleteBehavior.Cascade);
        builder.Ignore(r => r.IsOver);
    }
}

internal sealed class ImportRunLineConfiguration : IEntityTypeConfiguration<ImportRunLine>
{
    public void Configure(EntityTypeBuilder<ImportRunLine> builder)
    {
        builder.Property(l => l.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Property(l => l.Item).HasMaxLength(ImportRunLine.MaxLength);
        builder.Property(l => l.Text).HasMaxLength(ImportRunLine.MaxLength);
    }
}
