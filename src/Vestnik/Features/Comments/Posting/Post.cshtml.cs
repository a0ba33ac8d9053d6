using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Net.Http.Headers;
using Vestnik.Features.Comments.Threads;
using Vestnik.Features.Site;
using Vestnik.Infrastructure.Localization;
using Vestnik.Infrastructure.Time;

namespace Vestnik.Features.Comments.Posting;

/// <summary>
/// Receives the comment form. Without JavaScript it redirects to the new comment, or shows the form again with the
/// text kept and the reason; with JavaScript (<c>X-Requested-With: fetch</c>) it answers the new comment's markup or a
/// JSON error, so the page updates in place.
/// </summary>
public sealed class PostModel(
    PostComment handler,
    CommentedArticleQuery articles,
    FormClock formClock,
    PublicUrl publicUrl,
    PageMeta meta,
    NewsroomTime time,
    ILogger<PostModel> logger) : PageModel
{
    [BindProperty]
    public int ArticleId { get; set; }

    [BindProperty]
    public long? ParentId { get; set; }

    [BindProperty]
    public string? Body { get; set; }

    [BindProperty]
    public string? GuestName { get; set; }

    [BindProperty]
    public string? Website { get; set; }

    [BindProperty]
    public string? Stamp { get; set; }

    public CommentFormView Form { get; private set; } = null!;
    public string ArticleUrl { get; private set; } = "/";
    public CommentsText Text { get; private set; } = CommentsText.Ru;

    public IActionResult OnGet() => NotFound();

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var article = await articles.ByIdAsync(ArticleId, cancellationToken);
        var language = article?.Language ?? ContentLanguageExtensions.FromPath(Request.Path);
        Text = CommentsText.For(language);
        ArticleUrl = article?.Url ?? ReaderUrls.Home(language);
        var userId = User.FindFirstValue(ClaimTypes.NameIdentifier);

        PostOutcome outcome;
        try
        {
            outcome = await handler.HandleAsync(
                new PostCommentRequest(
                    article, ParentId, Body, userId, GuestName, HttpContext.Connection.RemoteIpAddress,
                    HoneypotFilled: !string.IsNullOrEmpty(Website),
                    TimeOnPage: formClock.Elapsed(Stamp),
                    BaseUrl: publicUrl.Origin(Request)),
                Text,
                cancellationToken);
        }
        catch (Exception exception) when (IsOverload(exception))
        {
            // The transaction rolled back, so nothing was stored: the reader can safely send the same text again.
            logger.LogWarning(exception, "Comment on article {ArticleId} not stored: the database is overloaded", ArticleId);
            outcome = new PostOutcome.Refused(StatusCodes.Status503ServiceUnavailable, Text.Overloaded, TimeSpan.FromSeconds(5));
        }

        var isFetch = Request.Headers["X-Requested-With"] == "fetch";
        switch (outcome)
        {
            case PostOutcome.Posted posted when isFetch:
                Response.StatusCode = StatusCodes.Status201Created;
                // The count goes with the comment, so the script can correct the "0 comments" above the thread.
                var count = (await articles.ByIdAsync(ArticleId, cancellationToken))?.CommentCount ?? 0;
                return Partial("/Features/Comments/Posting/_Posted.cshtml",
                    new PostedView(NewCommentItem(posted, userId, language), UiText.For(language).CommentCount(count)));
            case PostOutcome.Posted posted:
                TempData[CommentsViewComponent.FlashKey] = posted.Visible ? Text.Posted : Text.Held;
                return Redirect(CommentUrls.Permalink(posted.CommentId));
            case PostOutcome.Refused refused:
                if (refused.RetryAfter is { } wait)
                {
                    Response.Headers[HeaderNames.RetryAfter] = Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
                }
                if (isFetch)
                {
                    return new JsonResult(new { error = refused.Message }) { StatusCode = refused.StatusCode };
                }
                Response.StatusCode = refused.StatusCode;
                meta.Title = Text.NotPosted;
                meta.NoIndex = true;
                Form = new CommentFormView
                {
                    ArticleId = ArticleId,
                    ParentId = ParentId,
                    Body = Body ?? "",
                    GuestName = GuestName ?? "",
                    Error = refused.Message,
                    AsGuest = userId is null,
                    Stamp = formClock.Stamp(),
                    Text = Text,
                };
                return Page();
            default:
                throw new InvalidOperationException("Unknown posting outcome.");
        }
    }

    private static bool IsOverload(Exception exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            if (e is TimeoutException or System.Data.Common.DbException { IsTransient: true })
            {
                return true;
            }
        }
        return false;
    }

    private CommentItem NewCommentItem(PostOutcome.Posted posted, string? userId, ContentLanguage language)
    {
        var comment = posted.Comment;
        var view = new CommentView
        {
            Id = comment.Id,
            AuthorName = comment.AuthorName,
            AuthorUrl = comment.AuthorId is null ? null : CommentUrls.Reader(comment.AuthorId),
            BodyHtml = comment.BodyHtml,
            CreatedAt = comment.CreatedAt,
            CreatedText = time.FormatDateTime(comment.CreatedAt, language),
            IsEdited = false,
            IsDeleted = false,
            IsAwaiting = !posted.Visible,
            ReplyToName = comment.ReplyToName,
            Depth = comment.Depth,
            LikeCount = 0,
            LikedByViewer = false,
            IsOwn = userId is not null,
            CanEdit = userId is not null,
        };
        var replyForm = new CommentFormView
        {
            ArticleId = comment.ArticleId,
            AsGuest = userId is null,
            Stamp = formClock.Stamp(),
            Text = Text,
        };
        return new CommentItem(view, Text, replyForm, userId is not null);
    }
}
