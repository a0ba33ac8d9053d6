using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Vestnik.Features.Accounts.Authorization;

namespace Vestnik.Features.Newsroom.Menu;

/// <summary>One link of the newsroom menu and the policy that guards the page it opens.</summary>
public sealed record NewsroomMenuEntry(string Path, string Policy, Func<NewsroomText, string> Label);

/// <summary>
/// The newsroom menu. Each entry is shown only when its page's own policy lets the user in, so the menu can
/// neither offer a desk that refuses the user nor hide one that would open.
/// </summary>
public sealed class NewsroomMenu(IAuthorizationService authorization)
{
    public static readonly IReadOnlyList<NewsroomMenuEntry> Entries =
    [
        new("/newsroom/articles", StaffPolicies.Write, t => t.Articles),
        new("/newsroom/articles/edit", StaffPolicies.Write, t => t.NewArticle),
        new("/newsroom/media", StaffPolicies.Write, t => t.Media),
        new("/newsroom/inbox", StaffPolicies.ReadForeignPress, t => t.Inbox),
        new("/newsroom/catalog", StaffPolicies.ManageCatalog, t => t.Catalog),
        new("/newsroom/comments", StaffPolicies.ModerateComments, t => t.Comments),
        new("/newsroom/shares", StaffPolicies.ViewShares, t => t.Shares),
        new("/newsroom/webhooks", StaffPolicies.ManageWebhooks, t => t.Webhooks),
        new("/newsroom/users", StaffPolicies.ManageStaff, t => t.Users),
        new("/newsroom/audit", StaffPolicies.ManageStaff, t => t.Audit),
        new("/newsroom/system", StaffPolicies.ViewSystemStatus, t => t.SystemStatus),
    ];

    public async Task<IReadOnlyList<NewsroomMenuEntry>> VisibleToAsync(ClaimsPrincipal user)
    {
        var visible = new List<NewsroomMenuEntry>();
        foreach (var entry in Entries)
        {
            if ((await authorization.AuthorizeAsync(user, entry.Policy)).Succeeded)
            {
                visible.Add(entry);
            }
        }
        return visible;
    }
}
