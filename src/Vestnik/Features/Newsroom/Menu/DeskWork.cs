using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Vestnik.Infrastructure.Localization;

namespace Vestnik.Features.Newsroom.Menu;

/// <summary>
/// Work waiting at a desk: drafts to review, comments to moderate, deliveries that failed. Each desk registers its own
/// with <see cref="DeskWorkRegistration.AddDeskWork{T}"/> from its feature's registration; the newsroom home lists them
/// and the menu shows some as badges, so neither knows any desk.
/// </summary>
public interface IDeskWork
{
    /// <summary>Stable across languages and releases: tests and monitoring find the item by it.</summary>
    string Id { get; }

    /// <summary>The capability that lets a person see this work, the same one that opens the page it links to.</summary>
    string Policy { get; }

    /// <summary>Where the item sits on the home, lowest first.</summary>
    int Order { get; }

    /// <summary>The path of the menu entry that shows this count as its badge; null when only the home shows it.</summary>
    string? BadgeOn { get; }

    /// <summary>Where the work is.</summary>
    string Link { get; }

    string Label(ContentLanguage language);

    /// <summary>How much there is for <paramref name="user"/>: one cheap count on an index.</summary>
    Task<int> CountAsync(ClaimsPrincipal user, CancellationToken cancellationToken);
}

public sealed record DeskWorkCount(string Id, string Label, string Link, int Count, string? BadgeOn);

public static class DeskWorkRegistration
{
    public static IServiceCollection AddDeskWork<T>(this IServiceCollection services) where T : class, IDeskWork =>
        services.AddScoped<IDeskWork, T>();
}

/// <summary>
/// The work the current person may see, counted once per request: the menu's badges and the home read the same counts,
/// and work behind a policy the person lacks is never counted.
/// </summary>
public sealed class DeskWorkBoard(IAuthorizationService authorization, IEnumerable<IDeskWork> work)
{
    private readonly IDeskWork[] _work = [.. work.OrderBy(w => w.Order)];
    private IReadOnlyList<(IDeskWork Work, int Count)>? _counted;

    public async Task<IReadOnlyList<DeskWorkCount>> ForAsync(ClaimsPrincipal user, ContentLanguage language, CancellationToken cancellationToken) =>
        [.. (await CountAsync(user, cancellationToken)).Select(c => new DeskWorkCount(c.Work.Id, c.Work.Label(language), c.Work.Link, c.Count, c.Work.BadgeOn))];

    /// <summary>The badge of each menu entry that has one, by the entry's path.</summary>
    public async Task<IReadOnlyDictionary<string, DeskWorkCount>> BadgesAsync(ClaimsPrincipal user, ContentLanguage language, CancellationToken cancellationToken) =>
        (await ForAsync(user, language, cancellationToken)).Where(c => c.BadgeOn is not null).ToDictionary(c => c.BadgeOn!, StringComparer.Ordinal);

    private async Task<IReadOnlyList<(IDeskWork Work, int Count)>> CountAsync(ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        if (_counted is not null)
        {
            return _counted;
        }
        var counted = new List<(IDeskWork, int)>();
        foreach (var item in _work)
        {
            // One after another: the items share the request's DbContext.
            if ((await authorization.AuthorizeAsync(user, item.Policy)).Succeeded)
            {
                counted.Add((item, await item.CountAsync(user, cancellationToken)));
            }
        }
        return _counted = counted;
    }
}
