using System.Security.Claims;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Vestnik.Data;
using Vestnik.Features.Comments.Model;
using Vestnik.Features.Comments.Threads;
using Vestnik.Features.Site;

namespace Vestnik.Features.Comments.Posting;

/// <summary>
/// A comment's own address: GET is the permalink (a redirect to its place on the article page), POST handlers are
/// the reader's actions on it. Each answers a redirect back to the comment, or JSON for the page's script.
/// </summary>
public sealed class CommentActionsModel(
    VestnikDbContext db,
    CommentThreadsQuery threads,
    IOptions<CommentsOptions> options) : PageModel
{
    private string? UserId => User.FindFirstValue(ClaimTypes.NameIdentifier);

    private bool IsFetch => Request.Headers["X-Requested-With"] == "fetch";

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken cancellationToken)
    {
        var comment = await db.Set<Comment>().AsNoTracking().FirstOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (comment is null)
        {
            return NotFound();
        }
        var article = await db.Articles.AsNoTracking().Where(a => a.Id == comment.ArticleId)
            .Select(a => new { a.Slug, a.Language }).FirstAsync(cancellationToken);
        var page = await threads.PageOfAsync(comment, UserId, options.Value.ThreadsPerPage, cancellationToken);
        var url = ReaderUrls.Article(article.Language, article.Slug);
        return Redirect(page == 1 ? $"{url}#{CommentUrls.Anchor(id)}" : $"{url}?{CommentsViewComponent.PageParameter}={page}#{CommentUrls.Anchor(id)}");
    }

    public async Task<IActionResult> OnPostLikeAsync(long id, [FromServices] LikeComment like, CancellationToken cancellationToken)
    {
        if (UserId is null)
        {
            return Challenge();
        }
        var result = await like.HandleAsync(id, UserId!, cancellationToken);
        if (!result.Found)
        {
            return NotFound();
        }
        return IsFetch ? new JsonResult(new { liked = result.Liked, count = result.LikeCount }) : Redirect(CommentUrls.Permalink(id));
    }

    public async Task<IActionResult> OnPostDeleteAsync(long id, [FromServices] DeleteComment delete, CancellationToken cancellationToken)
    {
        if (UserId is null)
        {
            return Challenge();
        }
        if (!await delete.HandleAsync(id, UserId!, cancellationToken))
        {
            return NotFound();
        }
        return IsFetch ? new JsonResult(new { deleted = true }) : Redirect(CommentUrls.Permalink(id));
    }

    public async Task<IActionResult> OnPostReportAsync(long id, string? reason, [FromServices] ReportComment report, CancellationToken cancellationToken)
    {
        if (UserId is null)
        {
            return Challenge();
        }
        var text = await TextOfAsync(id, cancellationToken);
        reason = CommentFormatter.Normalize(reason);
        if (reason.Length is 0 or > CommentReport.MaxReasonLength)
        {
            return IsFetch
                ? new JsonResult(new { error = text.ReportReasonRequired }) { StatusCode = StatusCodes.Status400BadRequest }
                : BadRequest(text.ReportReasonRequired);
        }
        var result = await report.HandleAsync(id, UserId!, reason, cancellationToken);
        if (result == ReportResult.NotFound)
        {
            return NotFound();
        }
        if (IsFetch)
        {
            return new JsonResult(new { message = text.ReportThanks });
        }
        TempData[CommentsViewComponent.FlashKey] = text.ReportThanks;
        return Redirect(CommentUrls.Permalink(id));
    }

    private async Task<CommentsText> TextOfAsync(long id, CancellationToken cancellationToken)
    {
        var language = await db.Set<Comment>().Where(c => c.Id == id)
            .Join(db.Articles, c => c.ArticleId, a => a.Id, (c, a) => a.Language)
            .FirstOrDefaultAsync(cancellationToken);
        return CommentsText.For(language);
    }
}
