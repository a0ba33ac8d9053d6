using System.Security.Claims;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Vestnik.Data;
using Vestnik.Features.Articles.Model;
using Vestnik.Features.Comments.Model;
using Vestnik.Features.Comments.Moderation;
using Vestnik.Features.Site;

namespace Vestnik.Features.Comments.Threads;

/// <summary>The next page of threads as a fragment, for the "show more" button; without script the link opens the full page.</summary>
public sealed class MoreModel(VestnikDbContext db, CommentsBlockQuery query, ModerationModes modes) : PageModel
{
    public CommentsBlockView Block { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int articleId, string? csort, int cpage, CancellationToken cancellationToken)
    {
        var article = await db.Articles.AsNoTracking()
            .Where(a => a.Id == articleId && a.Status == ArticleStatus.Published)
            .Select(a => new { a.Slug, a.Language, a.CommentCount }).FirstOrDefaultAsync(cancellationToken);
        if (article is null)
        {
            return NotFound();
        }
        var mode = await modes.ForArticleAsync(articleId, cancellationToken);
        if (mode == ModerationMode.Hidden)
        {
            return NotFound();
        }
        Block = await query.HandleAsync(
            new CommentsBlockRequest(articleId, ReaderUrls.Article(article.Language, article.Slug), article.CommentCount, article.Language,
                mode, User.FindFirstValue(ClaimTypes.NameIdentifier), CommentsViewComponent.ParseSort(csort), cpage),
            cancellationToken);
        return Page();
    }
}
