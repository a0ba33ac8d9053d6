using System.Security.Claims;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Vestnik.Features.Articles.Model;
using Vestnik.Features.Comments.Model;
using Vestnik.Features.Comments.Moderation;

namespace Vestnik.Features.Comments.Threads;

/// <summary>The next page of threads as a fragment, for the "show more" button; without script the link opens the full page.</summary>
public sealed class MoreModel(CommentedArticleQuery articles, CommentsBlockQuery query, ModerationModes modes) : PageModel
{
    public CommentsBlockView Block { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int articleId, string? csort, int cpage, CancellationToken cancellationToken)
    {
        var article = await articles.ByIdAsync(articleId, cancellationToken);
        if (article is not { Status: ArticleStatus.Published })
        {
            return NotFound();
        }
        var mode = await modes.ForArticleAsync(articleId, cancellationToken);
        if (mode == ModerationMode.Hidden)
        {
            return NotFound();
        }
        Block = await query.HandleAsync(
            new CommentsBlockRequest(articleId, article.Url, article.CommentCount, article.Language,
                mode, User.FindFirstValue(ClaimTypes.NameIdentifier), CommentsViewComponent.ParseSort(csort), cpage),
            cancellationToken);
        return Page();
    }
}
