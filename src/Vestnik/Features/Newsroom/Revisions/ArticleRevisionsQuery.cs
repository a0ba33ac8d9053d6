using Microsoft.EntityFrameworkCore;
using Vestnik.Data;
using Vestnik.Features.Articles.Model;

namespace Vestnik.Features.Newsroom.Revisions;

public sealed record RevisionRow(long Id, int Version, DateTimeOffset SavedAt, string? SavedByUserId, string SavedBy, string Reason, ArticleStatus Status);

/// <summary>An article's saved revisions: the latest ones as a list, and one in full.</summary>
public sealed class ArticleRevisionsQuery(VestnikDbContext db)
{
    public const int MaxShown = 200;

    public Task<IReadOnlyList<RevisionRow>> ListAsync(int articleId, CancellationToken cancellationToken) =>
        LatestAsync(articleId, MaxShown, cancellationToken);

    /// <summary>The article's <paramref name="count"/> latest revisions, newest first.</summary>
    public async Task<IReadOnlyList<RevisionRow>> LatestAsync(int articleId, int count, CancellationToken cancellationToken) =>
        await Of(articleId).OrderByDescending(r => r.Id).Take(count)
            .Select(r => new RevisionRow(r.Id, r.Version, r.SavedAt, r.SavedByUserId, r.SavedByName, r.Reason, r.Status))
            .ToListAsync(cancellationToken);

    /// <summary>The revision, when it is one of this article's.</summary>
    public Task<ArticleRevision?> FindAsync(int articleId, long revisionId, CancellationToken cancellationToken) =>
        Of(articleId).FirstOrDefaultAsync(r => r.Id == revisionId, cancellationToken);

    private IQueryable<ArticleRevision> Of(int articleId) =>
        db.Set<ArticleRevision>().AsNoTracking().Where(r => r.ArticleId == articleId);
}
