using System.Security.Claims;
using Vestnik.Data;
using Vestnik.Features.Accounts.Authorization;
using Vestnik.Features.Newsroom.Menu;
using Vestnik.Infrastructure.Localization;

namespace Vestnik.Features.Comments.Moderation;

/// <summary>Comments waiting for a moderator: on the newsroom home and as the Comments entry's badge.</summary>
public sealed class ModerationWork(VestnikDbContext db) : IDeskWork
{
    public string Id => "comments-pending";
    public string Policy => StaffPolicies.ModerateComments;
    public int Order => 50;
    public string? BadgeOn => CommentUrls.Queue;
    public string Link => CommentUrls.Queue;
    public string Label(ContentLanguage language) => CommentsText.For(language).PendingQueue;

    public Task<int> CountAsync(ClaimsPrincipal user, CancellationToken cancellationToken) => PendingComments.CountAsync(db, cancellationToken);
}
