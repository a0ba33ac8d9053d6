using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Vestnik.Features.Comments.Threads;
using Vestnik.Features.Site;
using Vestnik.Infrastructure.Web;

namespace Vestnik.Features.Comments.Posting;

/// <summary>
/// Asks the author to confirm before their comment goes: the comment's Delete link opens this page, and only its
/// form deletes. Someone else's comment, or one already deleted, answers 404.
/// </summary>
[Authorize]
public sealed class DeleteModel(DeleteComment delete, CommentedArticleQuery articles, PageMeta meta) : PageModel
{
    /// <summary>Where to go afterwards (the account page sends its own address); the comment's place by default.</summary>
    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public string Body { get; private set; } = "";
    public string CancelUrl { get; private set; } = "/";
    public CommentsText Text { get; private set; } = CommentsText.Ru;

    private string UserId => User.FindFirstValue(ClaimTypes.NameIdentifier)!;

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken cancellationToken)
    {
        var comment = await delete.FindOwnAsync(id, UserId, cancellationToken);
        if (comment is null)
        {
            return NotFound();
        }
        await PrepareAsync(comment, cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(long id, CancellationToken cancellationToken)
    {
        var comment = await delete.FindOwnAsync(id, UserId, cancellationToken);
        if (comment is null || !await delete.HandleAsync(id, UserId, cancellationToken))
        {
            return NotFound();
        }
        await PrepareAsync(comment, cancellationToken);
        TempData[CommentsViewComponent.FlashKey] = Text.Removed;
        return Redirect(CancelUrl);
    }

    private async Task PrepareAsync(DeletableComment comment, CancellationToken cancellationToken)
    {
        // A comment goes when its article does, so the article is there.
        var article = await articles.ByIdAsync(comment.ArticleId, cancellationToken);
        Text = CommentsText.For(article!.Language);
        Body = comment.Body;
        CancelUrl = SafeReturnUrl.Local(ReturnUrl) ?? CommentUrls.Permalink(comment.Id);
        meta.Title = Text.DeleteTitle;
        meta.NoIndex = true;
    }
}
