using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Vestnik.Features.Articles.Model;

namespace Vestnik.Features.Search.ReadAlso;

internal sealed class ReadAlsoEntryConfiguration : IEntityTypeConfiguration<ReadAlsoEntry>
{
    public void Configure(EntityTypeBuilder<ReadAlsoEntry> builder)
    {
        builder.ToTable("ReadAlso");
        builder.HasKey(e => new { e.ArticleId, e.Position });
        builder.HasOne<Article>().WithMany().HasForeignKey(e => e.ArticleId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Article>().WithMany().HasForeignKey(e => e.RelatedArticleId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(e => e.RelatedArticleId);
    }
}

internal sealed class ReadAlsoCurationConfiguration : IEntityTypeConfiguration<ReadAlsoCuration>
{
    public void Configure(EntityTypeBuilder<ReadAlsoCuration> builder)
    {
        builder.ToTable("ReadAlsoCurations");
        builder.HasKey(e => new { e.ArticleId, e.RelatedArticleId });
        builder.HasOne<Article>().WithMany().HasForeignKey(e => e.ArticleId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Article>().WithMany().HasForeignKey(e => e.RelatedArticleId).OnDelete(DeleteBehavior.Cascade);
    }
}
