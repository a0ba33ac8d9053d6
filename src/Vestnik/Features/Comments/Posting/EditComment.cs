using Microsoft.EntityFrameworkCore;
using Vestnik.Data;
using Vestnik.Features.Comments.Model;

namespace Vestnik.Features.Comments.Posting;

public abstract record EditOutcome
{
    public sealed record Saved(long CommentId) : EditOutcome;
    public sealed record Refused(int StatusCode, string Message) : EditOutcome;
}

/// <summary>An author corrects their comment within <see cref="Comment.EditWindow"/>; the comment is marked edited.</summary>
public sealed class EditComment(VestnikDbContext db, CommentFormatter formatter, Spam.BannedWords bannedWords, TimeProvider clock)
{
    public async Task<Comment?> FindOwnAsync(long commentId, string userId, CancellationToken cancellationToken) =>
        await db.Set<Comment>().FirstOrDefaultAsync(c => c.Id == commentId && c.AuthorId == userId, cancellationToken);

    public async Task<EditOutcome> HandleAsync(long commentId, string userId, string? body, CommentsText text, CancellationToken cancellationToken)
    {
        var comment = await FindOwnAsync(commentId, userId, cancellationToken);
        var now = clock.GetUtcNow();
        if (comment is null)
        {
            return new EditOutcome.Refused(StatusCodes.Status404NotFound, text.CannotReply);
        }
        if (!comment.CanEdit(userId, now))
        {
            return new EditOutcome.Refused(StatusCodes.Status409Conflict, text.EditExpired);
        }
        var normalized = CommentFormatter.Normalize(body);
        var length = CommentFormatter.VisibleLength(normalized);
        if (length < Comment.MinLength)
        {
            return new EditOutcome.Refused(StatusCodes.Status400BadRequest, text.TooShort);
        }
        if (length > Comment.MaxLength)
        {
            return new EditOutcome.Refused(StatusCodes.Status400BadRequest, text.TooLong(length));
        }
        // An edit must not smuggle in what posting would have refused or held.
        var verdict = await bannedWords.CheckAsync(normalized, cancellationToken);
        if (verdict.Verdict == Spam.Verdict.Reject)
        {
            return new EditOutcome.Refused(StatusCodes.Status400BadRequest, text.BannedWords);
        }
        var wasPublic = comment.IsPublic;
        comment.Edit(normalized, formatter.ToHtml(normalized), CommentFormatter.ContentHash(normalized), now);
        if (verdict.Verdict == Spam.Verdict.Hold)
        {
            comment.Hold(ReviewNote.EditedBecause(verdict.Note!));
        }
        await CommentCounts.InTransactionAsync(db, async () =>
        {
            await db.SaveChangesAsync(cancellationToken);
            await CommentCounts.AdjustAsync(db, comment.ArticleId, wasPublic && !comment.IsPublic ? -1 : 0, cancellationToken);
            return true;
        }, cancellationToken);
        return new EditOutcome.Saved(comment.Id);
    }
}
