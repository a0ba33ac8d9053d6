using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;

namespace Vestnik.Features.Newsroom.Menu;

/// <summary>One link of the newsroom menu and the policy that guards the page it opens.</summary>
/// <param name="Order">Where the desk sits in the menu, lowest first.</param>
public sealed record NewsroomMenuEntry(string Path, string Policy, Func<NewsroomText, string> Label, int Order);

public static class NewsroomMenuEntries
{
    /// <summary>How a desk puts itself in the menu, from its own feature's registration.</summary>
    public static IServiceCollection AddNewsroomMenuEntry(
        this IServiceCollection services, string path, string policy, Func<NewsroomText, string> label, int order) =>
        services.AddSingleton(new NewsroomMenuEntry(path, policy, label, order));
}

/// <summary>
/// The newsroom menu, made of the entries each desk registers. Each entry is shown only when its page's own policy lets the user in, so the menu can
/// neither offer a desk that refuses the user nor hide one that would open.
/// </summary>
public sealed class NewsroomMenu(IAuthorizationService authorization, IEnumerable<NewsroomMenuEntry> entries)
{
    private readonly NewsroomMenuEntry[] _entries = [.. entries.OrderBy(e => e.Order)];

    public async Task<IReadOnlyList<NewsroomMenuEntry>> VisibleToAsync(ClaimsPrincipal user)
    {
        var visible = new List<NewsroomMenuEntry>();
        foreach (var entry in _entries)
        {
            if ((await authorization.AuthorizeAsync(user, entry.Policy)).Succeeded)
            {
                visible.Add(entry);
            }
        }
        return visible;
    }
}
