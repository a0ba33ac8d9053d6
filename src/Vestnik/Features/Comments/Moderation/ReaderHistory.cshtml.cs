using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Vestnik.Features.Accounts;
using Vestnik.Features.Accounts.Authorization;
using Vestnik.Features.Comments.Model;
using Vestnik.Features.Newsroom;
using Vestnik.Features.Site;

namespace Vestnik.Features.Comments.Moderation;

/// <summary>One account as moderators see it: every comment, its bans, and the tools to ban or clean up.</summary>
[Authorize(Policy = StaffPolicies.ModerateComments)]
public sealed class ReaderHistoryModel(
    ReaderHistoryQuery history, BanReader bans, UserManager<AppUser> users, PageMeta meta, TimeProvider clock) : PageModel
{
    public string UserId { get; private set; } = "";
    public string DisplayName { get; private set; } = "";
    public string Email { get; private set; } = "";
    public IReadOnlyList<Comment> Comments { get; private set; } = [];
    public IReadOnlyList<CommentBan> Bans { get; private set; } = [];
    public string? Message { get; private set; }
    public DateTimeOffset Now { get; private set; }
    public ModerationText Say => ModerationText.For(NewsroomLanguage.Of(HttpContext));

    public async Task<IActionResult> OnGetAsync(string userId, CancellationToken cancellationToken)
    {
        var reader = await history.LoadAsync(userId, cancellationToken);
        if (reader is null)
        {
            return NotFound();
        }
        UserId = userId;
        DisplayName = reader.DisplayName;
        Email = reader.Email;
        Now = clock.GetUtcNow();
        Comments = reader.Comments;
        Bans = reader.Bans;
        Message = TempData["moderation.message"] as string;
        meta.Title = Say.ReaderPageTitle(DisplayName);
        meta.NoIndex = true;
        return Page();
    }

    public async Task<IActionResult> OnPostBanAsync(
        string userId, bool shadow, DateTime? until, bool alsoAddress, string? reason, CancellationToken cancellationToken)
    {
        if (await users.FindByIdAsync(userId) is null)
        {
            return NotFound();
        }
        reason = (reason ?? "").Trim();
        if (reason.Length > CommentBan.MaxReasonLength)
        {
            return BadRequest(Say.ReasonTooLong(CommentBan.MaxReasonLength));
        }
        var end = until is { } date ? new DateTimeOffset(DateTime.SpecifyKind(date.Date.AddDays(1), DateTimeKind.Utc)) : (DateTimeOffset?)null;
        await bans.HandleAsync(new BanRequest(userId, shadow, end, alsoAddress, reason, User.Identity?.Name ?? ""), cancellationToken);
        TempData["moderation.message"] = shadow ? Say.ShadowBanImposed : Say.Banned;
        return Redirect(CommentUrls.ModeratorReader(userId));
    }

    public async Task<IActionResult> OnPostLiftAsync(string userId, int banId, CancellationToken cancellationToken)
    {
        await bans.LiftAsync(banId, cancellationToken);
        TempData["moderation.message"] = Say.BanLifted;
        return Redirect(CommentUrls.ModeratorReader(userId));
    }

    public async Task<IActionResult> OnPostRemoveAllAsync(string userId, CancellationToken cancellationToken)
    {
        var removed = await bans.RemoveAllCommentsAsync(userId, User.Identity?.Name ?? "", cancellationToken);
        TempData["moderation.message"] = Say.Removed(removed);
        return Redirect(CommentUrls.ModeratorReader(userId));
    }
}
