using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Vestnik.Features.Articles.Model;

internal sealed class ArticleConfiguration : IEntityTypeConfiguration<Article>
{
    public void Configure(EntityTypeBuilder<Article> builder)
    {
        builder.Property(a => a.Title).HasMaxLength(Article.MaxTitleLength);
        builder.Property(a => a.Dek).HasMaxLength(Article.MaxDekLength);
        builder.Property(a => a.Slug).HasMaxLength(120);
        builder.HasIndex(a => a.Slug).IsUnique();
        // Views at the end: the front page ranks the week's most read from the index alone.
        builder.HasIndex(a => new { a.Status, a.Language, a.PublishedAt, a.ViewCount });
        // A section page counts and lists one section's published articles in one language: with the language in the
        // index both are read from the index alone, instead of from every article row of the section.
        builder.HasIndex(a => new { a.SectionId, a.Status, a.Language, a.PublishedAt });
        builder.Property(a => a.Version).IsConcurrencyToken();
        builder.Property(a => a.CreatedByUserId).HasMaxLength(450);
        builder.Property(a => a.MetaTitle).HasMaxLength(Article.MaxTitleLength);
        builder.Property(a => a.MetaDescription).HasMaxLength(Article.MaxDekLength);
        builder.Property(a => a.SocialImageUrl).HasMaxLength(2000);
        builder.Property(a => a.EditorNotes).HasMaxLength(8000);
        builder.Property(a => a.SourceText).HasMaxLength(Article.MaxSourceTextLength);
        builder.HasIndex(a => new { a.Status, a.ScheduledFor });
        builder.Ignore(a => a.IsPublished);
        builder.Ignore(a => a.DisplayTitle);

        builder.HasOne(a => a.Section).WithMany().HasForeignKey(a => a.SectionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(a => a.Translation).WithMany().HasForeignKey(a => a.TranslationId).OnDelete(DeleteBehavior.SetNull);
        builder.HasMany(a => a.Authors).WithOne().HasForeignKey(a => a.ArticleId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(a => a.Corrections).WithOne().HasForeignKey(c => c.ArticleId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(a => a.Tags).WithMany(t => t.Articles).UsingEntity("ArticleTags");
        builder.HasMany(a => a.Labels).WithMany().UsingEntity("ArticleLabels");

        builder.OwnsOne(a => a.Source, source =>
        {
            source.Property(s => s.OutletName).HasMaxLength(200);
            source.Property(s => s.OriginalHeadline).HasMaxLength(500);
            source.Property(s => s.OriginalUrl).HasMaxLength(2000);
            source.Property(s => s.OriginalLanguage).HasMaxLength(8);
            source.HasOne(s => s.Outlet).WithMany().HasForeignKey(s => s.OutletId).OnDelete(DeleteBehavior.Restrict);
        });
        builder.OwnsOne(a => a.LeadImage, image =>
        {
            image.Property(i => i.Url).HasMaxLength(2000);
            image.Property(i => i.Caption).HasMaxLength(1000);
            image.Property(i => i.Credit).HasMaxLength(300);
            image.Property(i => i.AltText).HasMaxLength(500);
            image.Property(i => i.Srcset).HasMaxLength(2000);
        });
    }
}

internal sealed class ArticleAuthorConfiguration : IEntityTypeConfiguration<ArticleAuthor>
{
    public void Configure(EntityTypeBuilder<ArticleAuthor> builder)
    {
        builder.HasKey(a => new { a.ArticleId, a.AuthorId });
        builder.HasOne(a => a.Author).WithMany().HasForeignKey(a => a.AuthorId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(a => new { a.AuthorId, a.ArticleId });
    }
}

internal sealed class AuthorConfiguration : IEntityTypeConfiguration<Author>
{
    public void Configure(EntityTypeBuilder<Author> builder)
    {
        builder.Property(a => a.Name).HasMaxLength(200);
        builder.Property(a => a.Slug).HasMaxLength(120);
        builder.HasIndex(a => a.Slug).IsUnique();
        builder.Property(a => a.Bio).HasMaxLength(4000);
        builder.Property(a => a.PhotoUrl).HasMaxLength(2000);
        builder.Property(a => a.UserId).HasMaxLength(450);
        builder.HasIndex(a => a.UserId).IsUnique();
    }
}

internal sealed class SectionConfiguration : IEntityTypeConfiguration<Section>
{
    public void Configure(EntityTypeBuilder<Section> builder)
    {
        builder.Property(s => s.Slug).HasMaxLength(80);
        builder.HasIndex(s => s.Slug).IsUnique();
        builder.Property(s => s.NameRu).HasMaxLength(100);
        builder.Property(s => s.NameEn).HasMaxLength(100);
    }
}

internal sealed class TagConfiguration : IEntityTypeConfiguration<Tag>
{
    public void Configure(EntityTypeBuilder<Tag> builder)
    {
        builder.Property(t => t.Name).HasMaxLength(100);
        builder.Property(t => t.Slug).HasMaxLength(120);
        builder.HasIndex(t => t.Slug).IsUnique();
    }
}

internal sealed class LabelConfiguration : IEntityTypeConfiguration<Label>
{
    public void Configure(EntityTypeBuilder<Label> builder)
    {
        builder.Property(l => l.Slug).HasMaxLength(80);
        builder.HasIndex(l => l.Slug).IsUnique();
        builder.Property(l => l.NameRu).HasMaxLength(100);
        builder.Property(l => l.NameEn).HasMaxLength(100);
    }
}

internal sealed class SourceOutletConfiguration : IEntityTypeConfiguration<SourceOutlet>
{
    public void Configure(EntityTypeBuilder<SourceOutlet> builder)
    {
        builder.Property(o => o.Name).HasMaxLength(200);
        builder.HasIndex(o => o.Name).IsUnique();
        builder.Property(o => o.HomepageUrl).HasMaxLength(2000);
        builder.Property(o => o.Language).HasMaxLength(8);
    }
}

internal sealed class CorrectionConfiguration : IEntityTypeConfiguration<Correction>
{
    public void Configure(EntityTypeBuilder<Correction> builder) => builder.Property(c => c.Text).HasMaxLength(Correction.MaxLength);
}

internal sealed class SlugRedirectConfiguration : IEntityTypeConfiguration<SlugRedirect>
{
    public void Configure(EntityTypeBuilder<SlugRedirect> builder)
    {
        builder.Property(r => r.OldSlug).HasMaxLength(120);
        builder.HasIndex(r => r.OldSlug).IsUnique();
        builder.HasOne(r => r.Article).WithMany().HasForeignKey(r => r.ArticleId).OnDelete(DeleteBehavior.Cascade);
    }
}
