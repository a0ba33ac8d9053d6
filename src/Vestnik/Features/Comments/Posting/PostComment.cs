using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Vestnik.Data;
using Vestnik.Features.Articles.Model;
using Vestnik.Features.Comments.Model;
using Vestnik.Features.Comments.Moderation;
using Vestnik.Features.Comments.Notifications;
using Vestnik.Features.Comments.Readers;
using Vestnik.Features.Comments.Spam;
using Vestnik.Infrastructure;

namespace Vestnik.Features.Comments.Posting;

/// <summary>
/// A new comment or reply, from a signed-in reader (<see cref="UserId"/>) or a guest (<see cref="GuestName"/>);
/// <see cref="Article"/> is null when the form named no existing article.
/// </summary>
public sealed record PostCommentRequest(
    CommentedArticle? Article,
    long? ParentId,
    string? Body,
    string? UserId,
    string? GuestName,
    IPAddress? Address,
    bool HoneypotFilled,
    TimeSpan? TimeOnPage,
    string BaseUrl);

public abstract record PostOutcome
{
    /// <summary>Stored; <paramref name="Visible"/> is false when it waits for a moderator.</summary>
    public sealed record Posted(Comment Comment, bool Visible) : PostOutcome
    {
        public long CommentId => Comment.Id;
    }

    /// <summary>Not stored, for the reason in <paramref name="Message"/>, answered with <paramref name="StatusCode"/>.</summary>
    public sealed record Refused(int StatusCode, string Message, TimeSpan? RetryAfter = null) : PostOutcome;
}

/// <summary>Checks, files and publishes (or holds) one comment, adjusting the article's count in the same transaction.</summary>
public sealed class PostComment(
    VestnikDbContext db,
    CommentFormatter formatter,
    ModerationModes modes,
    Bans bans,
    SpamPipeline pipeline,
    PostingRateLimits rateLimits,
    IpHasher ipHasher,
    ReplyNotifications notifications,
    TimeProvider clock,
    IOptions<CommentsOptions> options,
    IOptions<VestnikOptions> site,
    ILogger<PostComment> logger)
{
    public async Task<PostOutcome> HandleAsync(PostCommentRequest request, CommentsText text, CancellationToken cancellationToken)
    {
        var body = CommentFormatter.Normalize(request.Body);
        var length = CommentFormatter.VisibleLength(body);
        if (length < Comment.MinLength)
        {
            return Refuse(StatusCodes.Status400BadRequest, text.TooShort);
        }
        if (length > Comment.MaxLength)
        {
            return Refuse(StatusCodes.Status400BadRequest, text.TooLong(length));
        }

        var article = request.Article;
        if (article is null || article.Status != ArticleStatus.Published)
        {
            return Refuse(StatusCodes.Status404NotFound, text.ArticleMissing);
        }
        var mode = await modes.ForArticleAsync(article.Id, cancellationToken);
        if (mode is ModerationMode.Closed or ModerationMode.Hidden)
        {
            return Refuse(StatusCodes.Status403Forbidden, text.Closed);
        }

        var (authorName, author) = await AuthorAsync(request, text, cancellationToken);
        if (author is PostOutcome.Refused refusedAuthor)
        {
            return refusedAuthor;
        }

        var ipHash = ipHasher.Hash(request.Address);
        var ban = await bans.StateAsync(request.UserId, ipHash, cancellationToken);
        if (ban == BanState.Banned)
        {
            return Refuse(StatusCodes.Status403Forbidden, text.Banned);
        }
        if (rateLimits.TryAcquire(request.UserId, ipHash) is { } wait)
        {
            return new PostOutcome.Refused(StatusCodes.Status429TooManyRequests, text.TooFast(wait), wait);
        }

        Comment? parent = null;
        if (request.ParentId is { } parentId)
        {
            parent = await db.Set<Comment>().AsNoTracking().FirstOrDefaultAsync(c => c.Id == parentId, cancellationToken);
            var visibleToPoster = parent is not null
                && (parent.IsPublic || (parent.AuthorId is not null && parent.AuthorId == request.UserId && parent.Status != CommentStatus.Deleted));
            if (parent is null || parent.ArticleId != article.Id || !visibleToPoster)
            {
                return Refuse(StatusCodes.Status400BadRequest, text.CannotReply);
            }
        }

        var contentHash = CommentFormatter.ContentHash(body);
        var check = await pipeline.CheckAsync(
            new Submission(body, contentHash, CommentFormatter.LinkCount(body), request.HoneypotFilled, request.TimeOnPage), cancellationToken);
        if (check.Verdict == Verdict.Reject)
        {
            logger.LogInformation("Comment on article {ArticleId} refused: {Notes}", article.Id, check.Notes);
            return Refuse(check.Refusal!.Step == ReviewNote.Duplicate ? StatusCodes.Status409Conflict : StatusCodes.Status400BadRequest,
                check.Refusal.Step == ReviewNote.Duplicate ? text.Duplicate : text.BannedWords);
        }

        var comment = NewComment(article.Id, parent, request, authorName, ipHash, ban == BanState.Shadow);
        comment.SetBody(body, formatter.ToHtml(body), contentHash);
        comment.SpamScore = check.SpamScore;
        comment.ReviewNotes = check.Notes;
        if (check.Verdict == Verdict.Spam)
        {
            comment.MarkSpam(null);
        }
        else if (check.Verdict == Verdict.Hold)
        {
            comment.Hold(null);
        }
        else if (mode == ModerationMode.Premoderated)
        {
            comment.Hold(ReviewNote.Of(ReviewNote.Premoderated));
        }
        else if (request.UserId is null)
        {
            comment.Hold(ReviewNote.Of(ReviewNote.Guest));
        }

        await CommentCounts.InTransactionAsync(db, async () =>
        {
            db.Add(comment);
            await db.SaveChangesAsync(cancellationToken);
            await CommentCounts.AdjustAsync(db, article.Id, comment.IsPublic ? 1 : 0, cancellationToken);
            return comment.Id;
        }, cancellationToken);

        if (comment.IsPublic && parent is not null)
        {
            notifications.Enqueue(new ReplyNotice(parent.Id, comment.Id, request.BaseUrl));
        }
        return new PostOutcome.Posted(comment, comment.Status == CommentStatus.Published);
    }

    private async Task<(string Name, PostOutcome? Refusal)> AuthorAsync(PostCommentRequest request, CommentsText text, CancellationToken cancellationToken)
    {
        if (request.UserId is not null)
        {
            var user = await db.Users.AsNoTracking()
                .Where(u => u.Id == request.UserId)
                .Select(u => new { u.DisplayName, u.EmailConfirmed })
                .FirstOrDefaultAsync(cancellationToken);
            if (user is null)
            {
                return ("", Refuse(StatusCodes.Status401Unauthorized, text.SignInToComment));
            }
            return user.EmailConfirmed ? (user.DisplayName, null) : ("", Refuse(StatusCodes.Status403Forbidden, text.ConfirmEmailFirst));
        }
        if (!options.Value.AllowGuests)
        {
            return ("", Refuse(StatusCodes.Status401Unauthorized, text.SignInToComment));
        }
        // A guest's name is checked against the newsroom's words only: comparing it with every account on each
        // guest comment would cost a scan per post, and a moderator sees every guest comment before it is published.
        var name = DisplayNames.Normalize(request.GuestName);
        return DisplayNames.Check(name, site.Value.SiteName, [], []) switch
        {
            DisplayNameProblem.None => (name, null),
            DisplayNameProblem.Length => ("", Refuse(StatusCodes.Status400BadRequest, text.NameRequired)),
            _ => ("", Refuse(StatusCodes.Status400BadRequest, text.NameReserved)),
        };
    }

    private Comment NewComment(int articleId, Comment? parent, PostCommentRequest request, string authorName, string ipHash, bool shadowed)
    {
        // A reply below the deepest shown level hangs beside its parent and names whom it answers.
        var flattened = parent is not null && parent.Depth >= Comment.MaxDepth;
        return new Comment
        {
            ArticleId = articleId,
            ParentId = parent?.Id,
            RootId = parent is null ? null : parent.RootId ?? parent.Id,
            DisplayParentId = flattened ? parent!.DisplayParentId : parent?.Id,
            Depth = parent is null ? 0 : Math.Min(parent.Depth + 1, Comment.MaxDepth),
            ReplyToName = flattened ? parent!.AuthorName : null,
            AuthorId = request.UserId,
            AuthorName = authorName,
            IpHash = ipHash,
            IsShadowed = shadowed,
            CreatedAt = clock.GetUtcNow(),
        };
    }

    private static PostOutcome.Refused Refuse(int status, string message) => new(status, message);
}
