using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Vestnik.Data;
using Vestnik.Infrastructure.Localization;

namespace Vestnik.Features.Site;

public sealed record NavigationItem(string Name, string Url, string Slug);

/// <summary>The section menu of the site header. Sections change rarely, so the list is kept for a minute.</summary>
public sealed class SiteNavigation(IServiceScopeFactory scopes, IMemoryCache cache)
{
    private static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(1);

    public async Task<IReadOnlyList<NavigationItem>> SectionsAsync(ContentLanguage language)
    {
        var sections = await cache.GetOrCreateAsync("nav:sections", async entry =>
        {
            entry.AbsoluteExpirationRelativeToNow = Lifetime;
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<VestnikDbContext>();
            return await db.Sections.AsNoTracking().OrderBy(s => s.Position).ThenBy(s => s.Id)
                .Select(s => new { s.Slug, s.NameRu, s.NameEn })
                .ToListAsync();
        });
        return sections!
            .Select(s => new NavigationItem(language == ContentLanguage.En ? s.NameEn : s.NameRu, ReaderUrls.Section(language, s.Slug), s.Slug))
            .ToList();
    }
}
