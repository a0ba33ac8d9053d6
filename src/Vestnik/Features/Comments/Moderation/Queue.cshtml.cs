using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.WebUtilities;
using Vestnik.Features.Accounts.Authorization;
using Vestnik.Features.Newsroom;
using Vestnik.Features.Site;

namespace Vestnik.Features.Comments.Moderation;

[Authorize(Policy = StaffPolicies.ModerateComments)]
public sealed class QueueModel(ModerationQueueQuery query, ModerateComments moderate, PageMeta meta) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public QueueTab Tab { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Article { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Author { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Text { get; set; }

    [BindProperty(SupportsGet = true, Name = "page")]
    public int PageNumber { get; set; } = 1;

    public QueuePage Result { get; private set; } = new([], false);
    public string? Message { get; private set; }
    public ModerationText Say => ModerationText.For(NewsroomLanguage.Of(HttpContext));

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        meta.Title = Say.QueuePageTitle;
        meta.NoIndex = true;
        Message = TempData["moderation.message"] as string;
        Result = await query.HandleAsync(new QueueFilter(Tab, Article, Author, Text, PageNumber), Say.UiLanguage, cancellationToken);
    }

    public async Task<IActionResult> OnPostAsync(long[] ids, ModerationAction action, CancellationToken cancellationToken)
    {
        if (ids.Length == 0 || ids.Length > ModerateComments.MaxBatch || !Enum.IsDefined(action))
        {
            return BadRequest(Say.BatchInvalid);
        }
        var changed = await moderate.HandleAsync(ids, action, User.Identity?.Name ?? "", cancellationToken);
        TempData["moderation.message"] = Say.Done(changed, ids.Length);
        return Redirect(QueueUrl(Tab, PageNumber));
    }

    public string TabUrl(QueueTab tab) => QueueUrl(tab, 1);

    public string? NextPageUrl => Result.HasMore ? QueueUrl(Tab, PageNumber + 1) : null;

    private string QueueUrl(QueueTab tab, int page)
    {
        var query = new Dictionary<string, string?> { ["Tab"] = tab.ToString(), ["Article"] = Article, ["Author"] = Author, ["Text"] = Text };
        if (page > 1)
        {
            query["page"] = page.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }
        return QueryHelpers.AddQueryString(CommentUrls.Queue, query.Where(q => !string.IsNullOrEmpty(q.Value)));
    }
}
