using Microsoft.EntityFrameworkCore;
using Vestnik.Data;
using Vestnik.Features.Articles.Model;
using Vestnik.Infrastructure.Text;

namespace Vestnik.Features.Newsroom.Catalog;

/// <summary>
/// Each member of staff's own byline, linked to their account: made from their display name the first time they save
/// an article without choosing a byline, so a new author can write at once instead of waiting for an editor to add
/// them to the catalog. Editors rename it in the catalog like any byline.
/// </summary>
public sealed class OwnBylines(VestnikDbContext db)
{
    public Task<int?> FindAsync(string userId, CancellationToken cancellationToken) =>
        db.Authors.Where(a => a.UserId == userId).Select(a => (int?)a.Id).FirstOrDefaultAsync(cancellationToken);

    /// <summary>The account's byline; a new one is added to the context, to be saved with the article that uses it.</summary>
    public async Task<Author> GetOrAddAsync(string userId, CancellationToken cancellationToken)
    {
        if (await db.Authors.FirstOrDefaultAsync(a => a.UserId == userId, cancellationToken) is { } existing)
        {
            return existing;
        }
        var account = await db.Users.Where(u => u.Id == userId).Select(u => new { u.DisplayName, u.Email }).SingleAsync(cancellationToken);
        var name = account.DisplayName.Trim() is { Length: > 0 } displayName ? displayName : (account.Email ?? "").Split('@')[0];
        var slug = await CatalogChanges.UniqueAsync(Transliteration.ToSlug(name), s => db.Authors.AnyAsync(a => a.Slug == s, cancellationToken));
        return db.Authors.Add(new Author { Name = name, Slug = slug, UserId = userId }).Entity;
    }
}
