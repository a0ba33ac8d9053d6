using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Vestnik.Features.Site;

namespace Vestnik.Features.Comments.Posting;

[Authorize]
public sealed class EditModel(EditComment edit, CommentedArticleQuery articles, PageMeta meta, TimeProvider clock) : PageModel
{
    [BindProperty]
    public string? Body { get; set; }

    public string? Error { get; private set; }
    public CommentsText Text { get; private set; } = CommentsText.Ru;

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken cancellationToken)
    {
        var comment = await edit.FindOwnAsync(id, User.FindFirstValue(ClaimTypes.NameIdentifier)!, cancellationToken);
        if (comment is null)
        {
            return NotFound();
        }
        await PrepareAsync(comment.ArticleId, cancellationToken);
        if (!comment.CanEdit(comment.AuthorId, clock.GetUtcNow()))
        {
            Error = Text.EditExpired;
            Response.StatusCode = StatusCodes.Status409Conflict;
        }
        Body = comment.Body;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(long id, CancellationToken cancellationToken)
    {
        var userId = User.FindFirstValue(ClaimTypes.NameIdentifier)!;
        var comment = await edit.FindOwnAsync(id, userId, cancellationToken);
        if (comment is null)
        {
            return NotFound();
        }
        await PrepareAsync(comment.ArticleId, cancellationToken);
        switch (await edit.HandleAsync(id, userId, Body, Text, cancellationToken))
        {
            case EditOutcome.Saved:
                return Redirect(CommentUrls.Permalink(id));
            case EditOutcome.Refused refused:
                Error = refused.Message;
                Response.StatusCode = refused.StatusCode;
                return Page();
            default:
                throw new InvalidOperationException("Unknown edit outcome.");
        }
    }

    private async Task PrepareAsync(int articleId, CancellationToken cancellationToken)
    {
        // A comment goes when its article does, so the article is there.
        var article = await articles.ByIdAsync(articleId, cancellationToken);
        Text = CommentsText.For(article!.Language);
        meta.Title = Text.EditTitle;
        meta.NoIndex = true;
    }
}
