using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Vestnik.Features.Accounts.Authorization;
using Vestnik.Features.Inbox.Model;
using Vestnik.Features.Newsroom;
using Vestnik.Features.Newsroom.Articles.Workflow;
using Vestnik.Features.Site;
using Vestnik.Infrastructure.Time;

namespace Vestnik.Features.Inbox.Items;

[Authorize(Policy = StaffPolicies.ReadForeignPress)]
public sealed class IndexModel(InboxQuery query, ItemActions actions, RetellItem retell, PageMeta meta, NewsroomTime time) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Outlet { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Language { get; set; }

    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Keyword { get; set; }

    [BindProperty(SupportsGet = true)]
    public DateOnly? From { get; set; }

    [BindProperty(SupportsGet = true)]
    public DateOnly? To { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Show { get; set; }

    // "page" is the route value Razor Pages reserves for the page path, so the query parameter is "p".
    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    public InboxView View { get; private set; } = null!;

    public string? Error { get; private set; }

    public NewsroomTime Time => time;

    public InboxText Text => InboxText.For(NewsroomLanguage.Of(HttpContext));

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        meta.Title = Text.PageTitle;
        meta.NoIndex = true;
        if (!ModelState.IsValid || Keyword?.Length > InboxFilter.MaxKeywordLength || PageNumber < 1)
        {
            Error = Text.BadFilter;
            Response.StatusCode = StatusCodes.Status400BadRequest;
            View = new InboxView([], [], [], false);
            return Page();
        }
        View = await query.HandleAsync(new InboxFilter(Outlet, Language, Keyword, From, To, Show, PageNumber), ct);
        return Page();
    }

    public async Task<IActionResult> OnPostRetellAsync(int id, CancellationToken ct)
    {
        if (User.FindFirstValue(ClaimTypes.NameIdentifier) is null)
        {
            return Forbid();
        }
        var result = await retell.HandleAsync(id, ArticleActor.Of(User, NewsroomLanguage.Text(HttpContext)), ct);
        if (result == RetellItem.Result.NoSection)
        {
            meta.Title = Text.PageTitle;
            Error = Text.NoSection;
            Response.StatusCode = StatusCodes.Status409Conflict;
            View = await query.HandleAsync(new InboxFilter(null, null, null, null, null, null, 1), ct);
            return Page();
        }
        return result is null ? NotFound() : Redirect(RetellItem.EditorUrl(result.ArticleId));
    }

    public Task<IActionResult> OnPostSeenAsync(int id, CancellationToken ct) => SetStateAsync(id, InboxItemState.Seen, ct);

    public Task<IActionResult> OnPostIgnoreAsync(int id, CancellationToken ct) => SetStateAsync(id, InboxItemState.Ignored, ct);

    public Task<IActionResult> OnPostRestoreAsync(int id, CancellationToken ct) => SetStateAsync(id, InboxItemState.New, ct);

    private async Task<IActionResult> SetStateAsync(int id, InboxItemState state, CancellationToken ct)
    {
        if (!await actions.SetStateAsync(id, state, ct))
        {
            return NotFound();
        }
        // Back to the same filtered list the editor acted from.
        var referer = Request.Headers.Referer.ToString();
        var back = Uri.TryCreate(referer, UriKind.Absolute, out var uri) && uri.Authority == Request.Host.Value && uri.AbsolutePath == "/newsroom/inbox"
            ? uri.PathAndQuery
            : "/newsroom/inbox";
        return LocalRedirect(back + "#item-" + id);
    }

    public string PageUrl(int page) =>
        Url.Page("/Inbox/Items/Index", new { Outlet, Language, q = Keyword, From = From?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), To = To?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), Show, p = page > 1 ? page : (int?)null })!;
}
