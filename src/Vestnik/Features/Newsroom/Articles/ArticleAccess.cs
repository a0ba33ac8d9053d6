using System.Security.Claims;
using Vestnik.Features.Accounts.Authorization;
using Vestnik.Features.Articles.Model;

namespace Vestnik.Features.Newsroom.Articles;

/// <summary>The workflow's rules of who may do what to an article.</summary>
public static class ArticleAccess
{
    public static bool IsEditor(ClaimsPrincipal user) => user.Allows(StaffPolicies.Publish);

    /// <summary>Editors edit anything; authors only their own drafts.</summary>
    public static bool CanEdit(ClaimsPrincipal user, Article article) =>
        IsEditor(user)
        || (user.Allows(StaffPolicies.Write) && article.Status == ArticleStatus.Draft
            && article.CreatedByUserId == user.FindFirstValue(ClaimTypes.NameIdentifier));

    /// <summary>Authors may submit their own drafts; every other move is an editor's.</summary>
    public static bool CanMove(ClaimsPrincipal user, Article article, ArticleStatus target) =>
        article.CanMoveTo(target)
        && (IsEditor(user) || (target == ArticleStatus.InReview && CanEdit(user, article)));
}
