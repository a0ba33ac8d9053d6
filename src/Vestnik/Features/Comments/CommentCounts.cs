using Microsoft.EntityFrameworkCore;
using Vestnik.Data;
using Vestnik.Features.Articles.Model;

namespace Vestnik.Features.Comments;

/// <summary>
/// Keeps <see cref="Article.CommentCount"/> in step with the comments readers see. The count moves by a relative
/// update inside the same transaction as the comment change, so concurrent posters never overwrite each other's
/// increments, and the article's version and change log are left alone (a comment is not an edit of the article).
/// </summary>
public static class CommentCounts
{
    public static Task AdjustAsync(VestnikDbContext db, int articleId, int delta, CancellationToken cancellationToken) =>
        delta == 0
            ? Task.CompletedTask
            : db.Articles.Where(a => a.Id == articleId)
                .ExecuteUpdateAsync(s => s.SetProperty(a => a.CommentCount, a => a.CommentCount + delta), cancellationToken);

    /// <summary>Runs a change and its count adjustments atomically, retrying the whole unit when the provider asks to.</summary>
    public static async Task<T> InTransactionAsync<T>(VestnikDbContext db, Func<Task<T>> work, CancellationToken cancellationToken)
    {
        if (db.Database.CurrentTransaction is not null)
        {
            return await work();
        }
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var result = await work();
        await transaction.CommitAsync(cancellationToken);
        return result;
    }
}
