using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Vestnik.Data;
using Vestnik.Features.Comments.Model;
using Vestnik.Features.Comments.Threads;

namespace Vestnik.Features.Comments.Posting;

/// <summary>
/// Where a comment's permalink leads: its anchor on the page of the article's threads (as the viewer sees them) that
/// holds it; null when there is no such comment.
/// </summary>
public sealed class CommentPermalinkQuery(
    VestnikDbContext db, CommentedArticleQuery articles, CommentThreadsQuery threads, IOptions<CommentsOptions> options)
{
    public async Task<string?> UrlOfAsync(long commentId, string? viewerId, CancellationToken cancellationToken)
    {
        var comment = await db.Set<Comment>().AsNoTracking().FirstOrDefaultAsync(c => c.Id == commentId, cancellationToken);
        var article = comment is null ? null : await articles.ByIdAsync(comment.ArticleId, cancellationToken);
        if (comment is null || article is null)
        {
            return null;
        }
        var page = await threads.PageOfAsync(comment, viewerId, options.Value.ThreadsPerPage, cancellationToken);
        var anchor = CommentUrls.Anchor(commentId);
        return page == 1 ? $"{article.Url}#{anchor}" : $"{article.Url}?{CommentsViewComponent.PageParameter}={page}#{anchor}";
    }
}
