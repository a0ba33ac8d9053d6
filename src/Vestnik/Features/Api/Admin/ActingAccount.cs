using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Vestnik.Features.Accounts;
using Vestnik.Features.Accounts.Authorization;
using Vestnik.Features.Api.Access;
using Vestnik.Features.Newsroom;
using Vestnik.Features.Newsroom.Articles.Workflow;

namespace Vestnik.Features.Api.Admin;

/// <summary>
/// The staff account a writing key acts as, signed in for this one request: its roles decide what the key may do,
/// through the same capability checks the editor makes, and its name, with the key's, goes into revisions and the
/// audit log.
/// </summary>
public sealed record ApiActor(ClaimsPrincipal User, ArticleActor Actor)
{
    public bool Allows(string policy) => User.Allows(policy);
}

/// <summary>Reads the account behind the request's key afresh on every write, so a locked account or a lost role stops its keys at once.</summary>
public sealed class ActingAccount(UserManager<AppUser> users, IUserClaimsPrincipalFactory<AppUser> principals, TimeProvider clock)
{
    /// <summary>The actor, or the refusal when the key names no usable staff account.</summary>
    public async Task<(ApiActor? Actor, IResult? Refusal)> ResolveAsync(HttpContext context)
    {
        var grant = ApiAccessFilter.GrantOf(context);
        var user = grant.ActsAsUserId is { } id ? await users.FindByIdAsync(id) : null;
        if (user is null)
        {
            return (null, ApiProblems.AccountRefused($"The key «{grant.Name}» acts as no account; an admin gives it one on the key page."));
        }
        if (user.LockoutEnd > clock.GetUtcNow())
        {
            return (null, ApiProblems.AccountRefused($"The account the key «{grant.Name}» acts as is locked."));
        }
        var principal = await principals.CreateAsync(user);
        if (!principal.Allows(StaffPolicies.Write))
        {
            return (null, ApiProblems.AccountRefused($"The account the key «{grant.Name}» acts as no longer writes in the newsroom."));
        }
        var name = $"{(user.DisplayName.Length > 0 ? user.DisplayName : user.UserName)} via API key «{grant.Name}»";
        return (new ApiActor(principal, new ArticleActor(user.Id, name, NewsroomText.En)), null);
    }
}
