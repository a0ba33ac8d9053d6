using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Vestnik.Features.Articles.Model;

namespace Vestnik.Features.Newsroom.Revisions;

/// <summary>The text of an article as one save left it: who saved, when, and why (save, autosave, publish, restore).</summary>
public sealed class ArticleRevision
{
    public long Id { get; private set; }
    public int ArticleId { get; set; }

    /// <summary>The article's <see cref="Article.Version"/> after this save.</summary>
    public int Version { get; set; }
    public DateTimeOffset SavedAt { get; set; }
    public string? SavedByUserId { get; set; }
    public string SavedByName { get; set; } = "";
    public required string Reason { get; set; }
    public ArticleStatus Status { get; set; }
    public required string Title { get; set; }
    public string Dek { get; set; } = "";
    public string BodyMarkdown { get; set; } = "";

    public static ArticleRevision Of(Article article, string reason, string? userId, string userName, DateTimeOffset at) => new()
    {
        ArticleId = article.Id,
        Version = article.Version,
        SavedAt = at,
        SavedByUserId = userId,
        SavedByName = userName,
        Reason = reason,
        Status = article.Status,
        Title = article.Title,
        Dek = article.Dek,
        BodyMarkdown = article.BodyMarkdown,
    };

    /// <summary>True for an autosave by <paramref name="userId"/> made at or after <paramref name="since"/>.</summary>
    public bool ContinuesAsAutosave(string? userId, DateTimeOffset since) =>
        Reason == RevisionReasons.Autosave && userId is not null && SavedByUserId == userId && SavedAt >= since;

    /// <summary>Takes the article's text, status and version as a later autosave of the same stretch left them.</summary>
    public void Refresh(Article article, DateTimeOffset at)
    {
        Version = article.Version;
        SavedAt = at;
        Status = article.Status;
        Title = article.Title;
        Dek = article.Dek;
        BodyMarkdown = article.BodyMarkdown;
    }
}

/// <summary>Why a revision was stored.</summary>
public static class RevisionReasons
{
    public const string Save = "save";
    public const string Autosave = "autosave";
    public const string Restore = "restore";
    public const string Workflow = "workflow";
    public const string Correction = "correction";
    public const string Retell = "retell";
    public const string Import = "import";
}

internal sealed class ArticleRevisionConfiguration : IEntityTypeConfiguration<ArticleRevision>
{
    public void Configure(EntityTypeBuilder<ArticleRevision> builder)
    {
        builder.Property(r => r.SavedByUserId).HasMaxLength(450);
        builder.Property(r => r.SavedByName).HasMaxLength(256);
        builder.Property(r => r.Reason).HasMaxLength(32);
        builder.Property(r => r.Title).HasMaxLength(Article.MaxTitleLength);
        builder.Property(r => r.Dek).HasMaxLength(Article.MaxDekLength);
        builder.HasOne<Article>().WithMany().HasForeignKey(r => r.ArticleId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(r => new { r.ArticleId, r.Id });
    }
}
