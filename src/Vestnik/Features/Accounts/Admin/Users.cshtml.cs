using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Vestnik.Data;
using Vestnik.Features.Accounts.Audit;
using Vestnik.Features.Accounts.Authorization;
using Vestnik.Features.Accounts.Password;
using Vestnik.Features.Newsroom;
using Vestnik.Features.Site;

namespace Vestnik.Features.Accounts.Admin;

public sealed record UserRow(string Id, string Email, string DisplayName, IReadOnlyList<string> Roles, bool TwoFactor, bool LockedOut);

/// <summary>Admins invite staff by email and change who holds which role.</summary>
[Authorize(Policy = StaffPolicies.ManageStaff)]
public sealed class UsersModel(
    UserManager<AppUser> users, VestnikDbContext db, AccountLinks links, AuditLog audit, TimeProvider clock, PageMeta meta) : PageModel
{
    public const int PageSize = 50;
    public const int MaxQueryLength = 256;

    [BindProperty]
    public string InviteEmail { get; set; } = "";

    [BindProperty]
    public string InviteName { get; set; } = "";

    [BindProperty]
    public List<string> InviteRoles { get; set; } = [];

    /// <summary>Part of an email or a name; readers and staff alike.</summary>
    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Query { get; set; }

    // "page" is the route value Razor Pages reserves for the page path, so the query parameter is "p".
    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    public IReadOnlyList<UserRow> Rows { get; private set; } = [];
    public int Total { get; private set; }
    public int Pages { get; private set; } = 1;
    public NewsroomText Text { get; private set; } = NewsroomText.Ru;
    public string? Error { get; private set; }
    public string? Notice { get; private set; }

    public async Task OnGetAsync(string? done) => await PrepareAsync(done is null ? null : Text.Saved);

    public async Task<IActionResult> OnPostInviteAsync(CancellationToken cancellationToken)
    {
        Text = NewsroomLanguage.Text(HttpContext);
        var email = (InviteEmail ?? "").Trim();
        var roles = InviteRoles.Where(Roles.All.Contains).Distinct().ToList();
        if (email.Length is 0 or > 256 || !email.Contains('@', StringComparison.Ordinal) || roles.Count == 0)
        {
            return await FailAsync(Text.InviteInvalid, StatusCodes.Status400BadRequest);
        }
        if (await users.FindByEmailAsync(email) is not null)
        {
            return await FailAsync(Text.UserExists, StatusCodes.Status409Conflict);
        }
        var user = new AppUser { UserName = email, Email = email, DisplayName = Cut(InviteName, 200), LockoutEnabled = true };
        var created = await users.CreateAsync(user);
        if (!created.Succeeded)
        {
            return await FailAsync(Text.InviteInvalid, StatusCodes.Status400BadRequest);
        }
        await users.AddToRolesAsync(user, roles);
        await links.SendInvitationAsync(user, AccountText.For(NewsroomLanguage.Of(HttpContext)), cancellationToken);
        await audit.RecordAsync(AuditActions.Invite, $"{email}: {string.Join(", ", roles)}", UserId, User.Identity?.Name ?? "", cancellationToken);
        await audit.RecordAsync(AuditActions.RolesChanged, $"{email}: {string.Join(", ", roles)}", UserId, User.Identity?.Name ?? "", cancellationToken);
        return RedirectToPage(null, new { done = 1 });
    }

    public async Task<IActionResult> OnPostRolesAsync(string id, List<string> roles)
    {
        Text = NewsroomLanguage.Text(HttpContext);
        var user = await users.FindByIdAsync(id ?? "");
        if (user is null)
        {
            return NotFound();
        }
        var wanted = (roles ?? []).Where(Roles.All.Contains).Distinct().ToList();
        var current = await users.GetRolesAsync(user);
        if (current.Contains(Roles.Admin) && !wanted.Contains(Roles.Admin) && (await users.GetUsersInRoleAsync(Roles.Admin)).Count <= 1)
        {
            return await FailAsync(Text.LastAdmin, StatusCodes.Status409Conflict);
        }
        await users.RemoveFromRolesAsync(user, current.Except(wanted));
        await users.AddToRolesAsync(user, wanted.Except(current));
        // A new security stamp makes the user's session pick up the change within a minute, not at their next sign-in.
        await users.UpdateSecurityStampAsync(user);
        await audit.RecordAsync(AuditActions.RolesChanged, $"{user.Email}: {string.Join(", ", current)} → {string.Join(", ", wanted)}",
            UserId, User.Identity?.Name ?? "");
        return RedirectToPage(null, new { done = 1 });
    }

    private string? UserId => users.GetUserId(User);

    private async Task<IActionResult> FailAsync(string message, int status)
    {
        await PrepareAsync(null);
        Error = message;
        Response.StatusCode = status;
        return Page();
    }

    private async Task PrepareAsync(string? notice)
    {
        Text = NewsroomLanguage.Text(HttpContext);
        Notice = notice;
        var now = clock.GetUtcNow();
        var found = users.Users.AsNoTracking();
        if (Query?.Trim() is { Length: > 0 and <= MaxQueryLength } query)
        {
            // The normalized email is upper case, one of the spellings asked for.
            found = found.WhereContains(query, u => u.NormalizedEmail!, u => u.DisplayName);
        }
        Total = await found.CountAsync();
        var window = PageWindow.Of(Total, PageNumber, PageSize);
        (PageNumber, Pages) = (window.Page, window.Pages);
        var list = await found.OrderBy(u => u.Email).ThenBy(u => u.Id).Skip(window.Skip).Take(PageSize).ToListAsync();
        // The page's roles in one query, not one per account.
        var ids = list.Select(u => u.Id).ToList();
        var roles = (await db.UserRoles.Where(ur => ids.Contains(ur.UserId))
                .Join(db.Roles, ur => ur.RoleId, r => r.Id, (ur, r) => new { ur.UserId, r.Name })
                .ToListAsync())
            .ToLookup(x => x.UserId, x => x.Name!);
        Rows = list.Select(user => new UserRow(user.Id, user.Email ?? "", user.DisplayName, roles[user.Id].Order().ToList(),
            user.TwoFactorEnabled, user.LockoutEnd > now)).ToList();
        meta.Title = Text.Users;
        meta.NoIndex = true;
    }

    public string PageUrl(int page) => Url.Page("/Accounts/Admin/Users", new { q = Query, p = page > 1 ? page : (int?)null })!;

    private static string Cut(string? value, int max)
    {
        var trimmed = (value ?? "").Trim();
        return trimmed.Length > max ? trimmed[..max] : trimmed;
    }
}
