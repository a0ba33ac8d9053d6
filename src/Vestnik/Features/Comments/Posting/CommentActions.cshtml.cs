using System.Security.Claims;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Vestnik.Features.Comments.Posting;

/// <summary>
/// A comment's own address: GET is the permalink (a redirect to its place on the article page), POST handlers are
/// the reader's actions on it. Each answers a redirect back to the comment, or JSON for the page's script. Reporting
/// has its own page (<see cref="ReportModel"/>), where an incomplete report comes back with what was typed.
/// </summary>
public sealed class CommentActionsModel : PageModel
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
}
