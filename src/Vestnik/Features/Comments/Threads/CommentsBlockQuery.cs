using Microsoft.Extensions.Options;
using Vestnik.Features.Comments.Model;
using Vestnik.Features.Comments.Posting;
using Vestnik.Infrastructure.Localization;

namespace Vestnik.Features.Comments.Threads;

/// <summary>What one viewer sees of an article's comments on one page: the threads, the form and the paging links.</summary>
public sealed record CommentsBlockRequest(
    int ArticleId, string ArticleUrl, int Count, ContentLanguage Language, ModerationMode Mode, string? ViewerId, CommentSort Sort, int Page);

public sealed class CommentsBlockQuery(CommentThreadsQuery threads, FormClock formClock, IOptions<CommentsOptions> options)
{
    public async Task<CommentsBlockView> HandleAsync(CommentsBlockRequest request, CancellationToken cancellationToken)
    {
        var text = CommentsText.For(request.Language);
        var page = Math.Clamp(request.Page, 1, CommentThreadsQuery.MaxPage);
        var result = await threads.HandleAsync(
            request.ArticleId, request.Language, request.ViewerId, request.Sort, page, options.Value.ThreadsPerPage, cancellationToken);
        var canPost = request.Mode != ModerationMode.Closed && (request.ViewerId is not null || options.Value.AllowGuests);
        return new CommentsBlockView
        {
            ArticleId = request.ArticleId,
            ArticleUrl = request.ArticleUrl,
            Text = text,
            Mode = request.Mode,
            Count = request.Count,
            Threads = result.Threads,
            Sort = request.Sort,
            Page = page,
            MoreUrl = result.HasMore ? CommentLinks.Page(request.ArticleUrl, request.Sort, page + 1) : null,
            MoreFragmentUrl = result.HasMore ? CommentLinks.Fragment(request.ArticleId, request.Sort, page + 1) : null,
            Form = canPost
                ? new CommentFormView
                {
                    ArticleId = request.ArticleId,
                    AsGuest = request.ViewerId is null,
                    Stamp = formClock.Stamp(),
                    Text = text,
                }
                : null,
            SignInPrompt = request.Mode != ModerationMode.Closed && !canPost,
            IsSignedIn = request.ViewerId is not null,
        };
    }
}
