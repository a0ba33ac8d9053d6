using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Vestnik.Features.Articles.Model;

namespace Vestnik.Features.Newsroom.Articles.Presence;

/// <summary>
/// Someone has an article open in the editor: the time of their editor's last heartbeat. Kept in the database, not in
/// a node's memory, so two people served by different nodes still see each other.
/// </summary>
public sealed class ArticlePresence
{
    public int ArticleId { get; init; }
    public required string UserId { get; init; }
    public DateTimeOffset SeenAt { get; set; }
}

internal sealed class ArticlePresenceConfiguration : IEntityTypeConfiguration<ArticlePresence>
{
    public void Configure(EntityTypeBuilder<ArticlePresence> builder)
    {
        builder.HasKey(p => new { p.ArticleId, p.UserId });
        builder.Property(p => p.UserId).HasMaxLength(450);
        builder.HasOne<Article>().WithMany().HasForeignKey(p => p.ArticleId).OnDelete(DeleteBehavior.Cascade);
    }
}
