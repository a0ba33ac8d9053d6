using System.Security.Claims;
using Vestnik.Features.Accounts.Authorization;
using Vestnik.Features.Articles.Model;

namespace Vestnik.Features.Newsroom.Articles.Workflow;

/// <summary>Who may change which article; what the article's status allows is the article's own rule.</summary>
public static class ArticleAccess
{
    public static bool IsEditor(ClaimsPrincipal user) => user.Allows(StaffPolicies.Publish);

    /// <summary>Editors edit anything; authors only their own drafts.</summary>
    public static bool CanEdit(ClaimsPrincipal user, Article article) =>
        IsEditor(user)
        || (user.Allows(StaffPolicies.Write) && article.Status == ArticleStatus.Draft
            && article.CreatedByUserId == user.FindFirstValue(ClaimTypes.NameIdentifier));
}
