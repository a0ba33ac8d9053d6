using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Vestnik.Data;
using Vestnik.Features.Accounts.Authorization;
using Vestnik.Features.Inbox.Model;
using Vestnik.Features.Newsroom;
using Vestnik.Features.Site;

namespace Vestnik.Features.Inbox.Sources;

[Authorize(Policy = StaffPolicies.ReadForeignPress)]
[RequestSizeLimit(Opml.MaxImportBytes + 64 * 1024)]
public sealed class SourcesModel(VestnikDbContext db, Subscribe subscribe, TestFeed testFeed, PageMeta meta, TimeProvider clock) : PageModel
{
    [BindProperty]
    public string? FeedUrl { get; set; }

    [BindProperty]
    public string? OutletName { get; set; }

    [BindProperty]
    public string? Language { get; set; }

    [BindProperty]
    public int? PollIntervalMinutes { get; set; }

    public IReadOnlyList<FeedSubscription> Subscriptions { get; private set; } = [];

    public string? Error { get; private set; }

    public string? Message { get; private set; }

    public TestFeed.Result? Preview { get; private set; }

    public InboxText Text => InboxText.For(NewsroomLanguage.Of(HttpContext));

    public async Task OnGetAsync(CancellationToken ct)
    {
        Message = TempData["InboxMessage"] as string;
        await LoadAsync(ct);
    }

    public async Task<IActionResult> OnPostAddAsync(CancellationToken ct)
    {
        var result = await subscribe.HandleAsync(new SubscriptionInput(FeedUrl, OutletName, Language, PollIntervalMinutes), Text, ct);
        if (result.Outcome != Subscribe.Outcome.Added)
        {
            return await FailAsync(result.Error!, result.Outcome == Subscribe.Outcome.Duplicate ? StatusCodes.Status409Conflict : StatusCodes.Status400BadRequest, ct);
        }
        TempData["InboxMessage"] = Text.Added(result.Subscription!.OutletName);
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostTestAsync(CancellationToken ct)
    {
        var (url, error) = Subscribe.CheckUrl(FeedUrl, Text);
        if (url is null)
        {
            return await FailAsync(error!, StatusCodes.Status400BadRequest, ct);
        }
        Preview = await testFeed.HandleAsync(url, ct);
        await LoadAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostToggleAsync(int id, CancellationToken ct)
    {
        var subscription = await db.Set<FeedSubscription>().SingleOrDefaultAsync(s => s.Id == id, ct);
        if (subscription is null)
        {
            return NotFound();
        }
        subscription.IsEnabled = !subscription.IsEnabled;
        await db.SaveChangesAsync(ct);
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostPollNowAsync(int id, CancellationToken ct)
    {
        var rows = await db.Set<FeedSubscription>().Where(s => s.Id == id)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.NextPollAt, clock.GetUtcNow()), ct);
        if (rows == 0)
        {
            return NotFound();
        }
        TempData["InboxMessage"] = Text.PollSoon;
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostDeleteAsync(int id, CancellationToken ct)
    {
        var subscription = await db.Set<FeedSubscription>().SingleOrDefaultAsync(s => s.Id == id, ct);
        if (subscription is null)
        {
            return NotFound();
        }
        db.Remove(subscription);
        await db.SaveChangesAsync(ct);
        TempData["InboxMessage"] = Text.Deleted(subscription.OutletName);
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostImportAsync(IFormFile? opml, CancellationToken ct)
    {
        if (opml is null || opml.Length == 0)
        {
            return await FailAsync(Text.ChooseOpml, StatusCodes.Status400BadRequest, ct);
        }
        if (opml.Length > Opml.MaxImportBytes)
        {
            return await FailAsync(Text.OpmlTooLarge, StatusCodes.Status413PayloadTooLarge, ct);
        }
        IReadOnlyList<Opml.Outline> outlines;
        try
        {
            await using var stream = opml.OpenReadStream();
            outlines = Opml.Import(stream);
        }
        catch (FormatException)
        {
            return await FailAsync(Text.NotOpml, StatusCodes.Status400BadRequest, ct);
        }
        int added = 0, duplicates = 0, invalid = 0;
        foreach (var outline in outlines)
        {
            var result = await subscribe.HandleAsync(new SubscriptionInput(outline.FeedUrl, outline.Title, outline.Language, null), Text, ct, save: false);
            switch (result.Outcome)
            {
                case Subscribe.Outcome.Added: added++; break;
                case Subscribe.Outcome.Duplicate: duplicates++; break;
                default: invalid++; break;
            }
        }
        await db.SaveChangesAsync(ct);
        TempData["InboxMessage"] = Text.Imported(added, duplicates, invalid);
        return RedirectToPage();
    }

    private async Task<IActionResult> FailAsync(string error, int status, CancellationToken ct)
    {
        Error = error;
        Response.StatusCode = status;
        await LoadAsync(ct);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        meta.Title = Text.SourcesPageTitle;
        meta.NoIndex = true;
        PollIntervalMinutes ??= 15;
        Subscriptions = await db.Set<FeedSubscription>().AsNoTracking().OrderBy(s => s.OutletName).ThenBy(s => s.FeedUrl).ToListAsync(ct);
    }
}
