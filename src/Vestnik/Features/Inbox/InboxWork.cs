using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Vestnik.Data;
using Vestnik.Features.Accounts.Authorization;
using Vestnik.Features.Inbox.Model;
using Vestnik.Features.Newsroom.Menu;
using Vestnik.Infrastructure.Localization;

namespace Vestnik.Features.Inbox;

/// <summary>New stories in the inbox, a cluster of items about one story counted once, as the inbox groups them.</summary>
public sealed class InboxWork(VestnikDbContext db) : IDeskWork
{
    public string Id => "inbox-new-stories";
    public string Policy => StaffPolicies.ReadForeignPress;
    public int Order => 60;
    public string? BadgeOn => null;
    public string Link => "/newsroom/inbox";
    public string Label(ContentLanguage language) => InboxText.For(language).NewStories;

    public Task<int> CountAsync(ClaimsPrincipal user, CancellationToken cancellationToken) =>
        db.Set<InboxItem>().Where(i => i.State == InboxItemState.New).Select(i => i.ClusterId ?? i.Id).Distinct().CountAsync(cancellationToken);
}
