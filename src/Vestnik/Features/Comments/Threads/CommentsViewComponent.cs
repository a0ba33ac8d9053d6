using System.Security.Claims;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Vestnik.Features.Comments.Model;
using Vestnik.Features.Comments.Moderation;
using Vestnik.Infrastructure.Localization;

namespace Vestnik.Features.Comments.Threads;

/// <summary>
/// The comment block under an article: count, sort links, the form and the first page of threads. The article page
/// places it with one line; it reads its own paging and sort from the query string (<c>csort</c>, <c>cpage</c>).
/// </summary>
public sealed class CommentsViewComponent(CommentsBlockQuery query, ModerationModes modes) : ViewComponent
{
    public const string FlashKey = "comments.flash";

    /// <summary>The article-page query parameters the block reads; the page declares them to the output cache.</summary>
    public const string PageParameter = "cpage";
    public const string SortParameter = "csort";

    public async Task<IViewComponentResult> InvokeAsync(int articleId, string articleUrl, int count, ContentLanguage language)
    {
        var cancellationToken = HttpContext.RequestAborted;
        var mode = await modes.ForArticleAsync(articleId, cancellationToken);
        if (mode == ModerationMode.Hidden)
        {
            return Content("");
        }
        var page = int.TryParse(Request.Query[PageParameter], out var p) ? p : 1;
        var block = await query.HandleAsync(
            new CommentsBlockRequest(articleId, articleUrl, count, language, mode,
                UserClaimsPrincipal.FindFirstValue(ClaimTypes.NameIdentifier), ParseSort(Request.Query[SortParameter]), page),
            cancellationToken);
        // Reading TempData makes the response clear its cookie, a Set-Cookie that would keep every article page out of
        // the output cache; only a reader coming back from posting carries the cookie and a message to show.
        var flash = Request.Cookies.ContainsKey(CookieTempDataProvider.CookieName) ? TempData[FlashKey] as string : null;
        return View("/Features/Comments/Threads/_CommentsBlock.cshtml", block with { Flash = flash });
    }

    public static CommentSort ParseSort(string? value) => value switch
    {
        "newest" => CommentSort.Newest,
        "liked" => CommentSort.Liked,
        _ => CommentSort.Oldest,
    };
}

/// <summary>Links between pages of comments.</summary>
public static class CommentLinks
{
    public static string SortKey(CommentSort sort) => sort switch
    {
        CommentSort.Newest => "newest",
        CommentSort.Liked => "liked",
        _ => "oldest",
    };

    public static string Page(string articleUrl, CommentSort sort, int page) =>
        $"{articleUrl}?{CommentsViewComponent.SortParameter}={SortKey(sort)}&{CommentsViewComponent.PageParameter}={page}#comments";

    public static string Fragment(int articleId, CommentSort sort, int page) =>
        $"/comments/threads/{articleId}?{CommentsViewComponent.SortParameter}={SortKey(sort)}&{CommentsViewComponent.PageParameter}={page}";
}
