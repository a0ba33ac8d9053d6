using System.Security.Claims;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Vestnik.Features.Comments.Threads;
using Vestnik.Infrastructure.Localization;

namespace Vestnik.Features.Comments.Posting;

/// <summary>
/// A comment's own address: GET is the permalink (a redirect to its place on the article page), POST handlers are
/// the reader's actions on it. Each answers a redirect back to the comment, or JSON for the page's script.
/// </summary>
public sealed class CommentActionsModel(CommentedArticleQuery articles) : PageModel
{
    private string? UserId => User.FindFirstValue(ClaimTypes.NameIdentifier);

    private bool IsFetch => Request.Headers["X-Requested-With"] == "fetch";

    public async Task<IActionResult> OnGetAsync(long id, [FromServices] CommentPermalinkQuery permalink, CancellationToken cancellationToken) =>
        await permalink.UrlOfAsync(id, UserId, cancellationToken) is { } url ? Redirect(url) : NotFound();

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

    /// <param name="preset">A code of <see cref="ReportReasons"/>; absent in forms from before the presets.</param>
    /// <param name="reason">The details ("other"), or the whole free-text reason of an older form.</param>
    public async Task<IActionResult> OnPostReportAsync(long id, string? preset, string? reason, [FromServices] ReportComment report,
        CancellationToken cancellationToken)
    {
        if (UserId is null)
        {
            return Challenge();
        }
        var text = await TextOfAsync(id, cancellationToken);
        if (ReportReasons.ToStored(preset, reason) is not { } stored)
        {
            var message = preset == ReportReasons.Other ? text.ReportOtherDetailsRequired : text.ReportReasonRequired;
            return IsFetch
                ? new JsonResult(new { error = message }) { StatusCode = StatusCodes.Status400BadRequest }
                : BadRequest(message);
        }
        var result = await report.HandleAsync(id, UserId!, stored, cancellationToken);
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
        var article = await articles.ByCommentAsync(id, cancellationToken);
        return CommentsText.For(article?.Language ?? ContentLanguage.Ru);
    }
}
