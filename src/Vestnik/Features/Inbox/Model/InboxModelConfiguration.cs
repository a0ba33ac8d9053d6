using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Vestnik.Features.Articles.Model;

namespace Vestnik.Features.Inbox.Model;

internal sealed class FeedSubscriptionConfiguration : IEntityTypeConfiguration<FeedSubscription>
{
    public void Configure(EntityTypeBuilder<FeedSubscription> builder)
    {
        builder.Property(s => s.FeedUrl).HasMaxLength(FeedSubscription.MaxUrlLength);
        builder.HasIndex(s => s.FeedUrl).IsUnique();
        builder.Property(s => s.OutletName).HasMaxLength(200);
        builder.Property(s => s.Language).HasMaxLength(8);
        builder.Property(s => s.ETag).HasMaxLength(300);
        builder.Property(s => s.LastModified).HasMaxLength(100);
        builder.Property(s => s.LastError).HasMaxLength(FeedSubscription.MaxErrorLength);
        builder.HasIndex(s => new { s.IsEnabled, s.NextPollAt });
    }
}

internal sealed class InboxItemConfiguration : IEntityTypeConfiguration<InboxItem>
{
    public void Configure(EntityTypeBuilder<InboxItem> builder)
    {
        builder.Property(i => i.OutletName).HasMaxLength(200);
        builder.Property(i => i.ExternalId).HasMaxLength(InboxItem.MaxExternalIdLength);
        builder.Property(i => i.Title).HasMaxLength(InboxItem.MaxTitleLength);
        builder.Property(i => i.TitleKey).HasMaxLength(InboxItem.MaxTitleLength);
        builder.Property(i => i.Summary).HasMaxLength(InboxItem.MaxSummaryLength);
        builder.Property(i => i.Link).HasMaxLength(InboxItem.MaxUrlLength);
        builder.Property(i => i.NormalizedLink).HasMaxLength(InboxItem.MaxUrlLength);
        builder.Property(i => i.Author).HasMaxLength(200);
        builder.Property(i => i.Language).HasMaxLength(8);
        builder.HasOne(i => i.Subscription).WithMany().HasForeignKey(i => i.SubscriptionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Article>().WithMany().HasForeignKey(i => i.ArticleId).OnDelete(DeleteBehavior.SetNull);
        builder.HasIndex(i => new { i.SubscriptionId, i.ExternalId }).IsUnique();
        builder.HasIndex(i => i.NormalizedLink);
        builder.HasIndex(i => new { i.SubscriptionId, i.TitleKey });
        builder.HasIndex(i => i.SortAt);
        builder.HasIndex(i => i.ClusterId);
    }
}
