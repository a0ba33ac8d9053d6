using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Vestnik.Features.Accounts;
using Vestnik.Features.Articles.Model;

namespace Vestnik.Features.Comments.Model;

internal sealed class CommentConfiguration : IEntityTypeConfiguration<Comment>
{
    public void Configure(EntityTypeBuilder<Comment> builder)
    {
        builder.Property(c => c.Body).HasMaxLength(Comment.MaxLength);
        builder.Property(c => c.BodyHtml).HasMaxLength(Comment.MaxLength * 4);
        builder.Property(c => c.AuthorName).HasMaxLength(256);
        builder.Property(c => c.ReplyToName).HasMaxLength(256);
        builder.Property(c => c.ContentHash).HasMaxLength(64);
        builder.Property(c => c.IpHash).HasMaxLength(64);
        builder.Property(c => c.ReviewNotes).HasMaxLength(2000);
        builder.Property(c => c.ModeratedBy).HasMaxLength(256);
        builder.Ignore(c => c.IsPublic);

        builder.HasOne<Article>().WithMany().HasForeignKey(c => c.ArticleId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<AppUser>().WithMany().HasForeignKey(c => c.AuthorId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne<Comment>().WithMany().HasForeignKey(c => c.ParentId).OnDelete(DeleteBehavior.Restrict);

        // The first page of threads: top-level comments of one article in each sort order.
        builder.HasIndex(c => new { c.ArticleId, c.Depth, c.CreatedAt });
        builder.HasIndex(c => new { c.ArticleId, c.Depth, c.LikeCount });
        // The replies of the threads on a page.
        builder.HasIndex(c => new { c.RootId, c.CreatedAt });
        builder.HasIndex(c => new { c.Status, c.CreatedAt });
        builder.HasIndex(c => new { c.AuthorId, c.CreatedAt });
        builder.HasIndex(c => new { c.ContentHash, c.CreatedAt });
        builder.HasIndex(c => c.IpHash);
    }
}

internal sealed class CommentLikeConfiguration : IEntityTypeConfiguration<CommentLike>
{
    public void Configure(EntityTypeBuilder<CommentLike> builder)
    {
        builder.HasKey(l => new { l.CommentId, l.UserId });
        builder.HasOne<Comment>().WithMany().HasForeignKey(l => l.CommentId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<AppUser>().WithMany().HasForeignKey(l => l.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class CommentReportConfiguration : IEntityTypeConfiguration<CommentReport>
{
    public void Configure(EntityTypeBuilder<CommentReport> builder)
    {
        builder.Property(r => r.Reason).HasMaxLength(CommentReport.MaxReasonLength);
        builder.HasIndex(r => new { r.CommentId, r.ReporterId }).IsUnique();
        builder.HasOne<Comment>().WithMany().HasForeignKey(r => r.CommentId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<AppUser>().WithMany().HasForeignKey(r => r.ReporterId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class CommentBanConfiguration : IEntityTypeConfiguration<CommentBan>
{
    public void Configure(EntityTypeBuilder<CommentBan> builder)
    {
        builder.Property(b => b.Reason).HasMaxLength(CommentBan.MaxReasonLength);
        builder.Property(b => b.IpHash).HasMaxLength(64);
        builder.Property(b => b.CreatedBy).HasMaxLength(256);
        builder.HasIndex(b => b.UserId);
        builder.HasIndex(b => b.IpHash);
        builder.HasOne<AppUser>().WithMany().HasForeignKey(b => b.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class BannedWordConfiguration : IEntityTypeConfiguration<BannedWord>
{
    public void Configure(EntityTypeBuilder<BannedWord> builder)
    {
        builder.Property(w => w.Word).HasMaxLength(BannedWord.MaxLength);
        builder.Property(w => w.Stem).HasMaxLength(BannedWord.MaxLength);
        builder.HasIndex(w => w.Word).IsUnique();
    }
}

internal sealed class CommentModeSettingConfiguration : IEntityTypeConfiguration<CommentModeSetting>
{
    public void Configure(EntityTypeBuilder<CommentModeSetting> builder)
    {
        builder.HasIndex(s => new { s.SectionId, s.ArticleId });
        builder.HasOne<Section>().WithMany().HasForeignKey(s => s.SectionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Article>().WithMany().HasForeignKey(s => s.ArticleId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ReaderSettingsConfiguration : IEntityTypeConfiguration<ReaderSettings>
{
    public void Configure(EntityTypeBuilder<ReaderSettings> builder)
    {
        builder.HasKey(s => s.UserId);
        builder.Property(s => s.UnsubscribeToken).HasMaxLength(64);
        builder.HasIndex(s => s.UnsubscribeToken).IsUnique();
        builder.HasOne<AppUser>().WithOne().HasForeignKey<ReaderSettings>(s => s.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class SpamTokenConfiguration : IEntityTypeConfiguration<SpamToken>
{
    public void Configure(EntityTypeBuilder<SpamToken> builder)
    {
        builder.HasKey(t => t.Token);
        builder.Property(t => t.Token).HasMaxLength(SpamToken.MaxLength);
    }
}
