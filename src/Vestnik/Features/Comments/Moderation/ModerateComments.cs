using Microsoft.EntityFrameworkCore;
using Vestnik.Data;
using Vestnik.Features.Comments.Model;
using Vestnik.Features.Comments.Spam;

namespace Vestnik.Features.Comments.Moderation;

public enum ModerationAction
{
    Approve,
    Reject,
    Spam,
}

/// <summary>
/// A moderator's verdict on one or many comments. Counts on the articles follow, and approve/spam verdicts teach
/// the classifier, all in one transaction.
/// </summary>
public sealed class ModerateComments(VestnikDbContext db, SpamClassifier classifier, TimeProvider clock)
{
    public const int MaxBatch = 500;

    public async Task<int> HandleAsync(IReadOnlyCollection<long> ids, ModerationAction action, string moderator, CancellationToken cancellationToken)
    {
        if (ids.Count == 0 || ids.Count > MaxBatch)
        {
            return 0;
        }
        var verdict = action switch
        {
            ModerationAction.Approve => CommentStatus.Published,
            ModerationAction.Reject => CommentStatus.Rejected,
            _ => CommentStatus.Spam,
        };
        var comments = await db.Set<Comment>().Where(c => ids.Contains(c.Id)).ToListAsync(cancellationToken);
        var deltas = new Dictionary<int, int>();
        var changed = 0;
        var now = clock.GetUtcNow();
        foreach (var comment in comments)
        {
            var wasPublic = comment.IsPublic;
            if (!comment.Moderate(verdict, moderator, now))
            {
                continue;
            }
            changed++;
            deltas[comment.ArticleId] = deltas.GetValueOrDefault(comment.ArticleId) + (comment.IsPublic ? 1 : 0) - (wasPublic ? 1 : 0);
            if (action != ModerationAction.Reject)
            {
                // "Rejected" says nothing about spam (off-topic, rude); approvals and spam verdicts do.
                await classifier.LearnAsync(db, comment.Body, isSpam: action == ModerationAction.Spam, cancellationToken);
            }
        }
        await CommentCounts.InTransactionAsync(db, async () =>
        {
            await db.SaveChangesAsync(cancellationToken);
            foreach (var (articleId, delta) in deltas)
            {
                await CommentCounts.AdjustAsync(db, articleId, delta, cancellationToken);
            }
            return changed;
        }, cancellationToken);
        return changed;
    }
}
