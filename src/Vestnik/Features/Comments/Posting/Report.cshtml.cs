using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Vestnik.Features.Comments.Threads;
using Vestnik.Features.Site;

namespace Vestnik.Features.Comments.Posting;

/// <summary>
/// Where a report goes. The form under each comment posts here; an incomplete report comes back on this page with
/// what was wrong and what the reader picked and typed, so nothing has to be written twice.
/// </summary>
[Authorize]
public sealed class ReportModel(ReportComment report, CommentedArticleQuery articles, PageMeta meta) : PageModel
{
    [BindProperty]
    public string? Preset { get; set; }

    /// <summary>The details ("other"), or the whole free-text reason of a form from before the presets.</summary>
    [BindProperty(Name = "reason")]
    public string? Details { get; set; }

    public long Id { get; private set; }
    public CommentsText Text { get; private set; } = CommentsText.Ru;
    public string? Error { get; private set; }
    public string CancelUrl { get; private set; } = "/";

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken cancellationToken) =>
        await PrepareAsync(id, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(long id, CancellationToken cancellationToken)
    {
        if (!await PrepareAsync(id, cancellationToken))
        {
            return NotFound();
        }
        if (ReportReasons.ToStored(Preset, Details) is not { } stored)
        {
            Error = Preset == ReportReasons.Other ? Text.ReportOtherDetailsRequired : Text.ReportReasonRequired;
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
        var result = await report.HandleAsync(id, User.FindFirstValue(ClaimTypes.NameIdentifier)!, stored, cancellationToken);
        if (result == ReportResult.NotFound)
        {
            return NotFound();
        }
        TempData[CommentsViewComponent.FlashKey] = Text.ReportThanks;
        return Redirect(CommentUrls.Permalink(id));
    }

    private async Task<bool> PrepareAsync(long id, CancellationToken cancellationToken)
    {
        if (await articles.ByCommentAsync(id, cancellationToken) is not { } article)
        {
            return false;
        }
        Id = id;
        Text = CommentsText.For(article.Language);
        CancelUrl = CommentUrls.Permalink(id);
        meta.Title = Text.Report;
        meta.NoIndex = true;
        return true;
    }
}
