using Microsoft.EntityFrameworkCore;
using Vestnik.Data;
using Vestnik.Features.Accounts.Audit;
using Vestnik.Features.Articles.Model;
using Vestnik.Infrastructure.Text;

namespace Vestnik.Features.Newsroom.Catalog;

public enum CatalogDeletion
{
    Deleted,
    NotFound,
    InUse,
}

/// <summary>
/// Adds bylines and sections under a slug made from the name (numbered when taken), and deletes those no article uses;
/// deletions are audited.
/// </summary>
public sealed class CatalogChanges(VestnikDbContext db, AuditLog audit)
{
    public async Task AddAuthorAsync(string name, CancellationToken cancellationToken)
    {
        var slug = await UniqueAsync(Transliteration.ToSlug(name), s => db.Authors.AnyAsync(a => a.Slug == s, cancellationToken));
        db.Authors.Add(new Author { Name = name, Slug = slug });
        await db.SaveChangesAsync(cancellationToken);
    }

    public async Task AddSectionAsync(string nameRu, string nameEn, CancellationToken cancellationToken)
    {
        var position = await db.Sections.Select(s => (int?)s.Position).MaxAsync(cancellationToken) ?? 0;
        db.Sections.Add(new Section
        {
            NameRu = nameRu,
            NameEn = nameEn,
            Position = position + 1,
            Slug = await UniqueAsync(Transliteration.ToSlug(nameEn), s => db.Sections.AnyAsync(x => x.Slug == s, cancellationToken)),
        });
        await db.SaveChangesAsync(cancellationToken);
    }

    public async Task<CatalogDeletion> DeleteAuthorAsync(int id, CancellationToken cancellationToken)
    {
        var author = await db.Authors.FindAsync([id], cancellationToken);
        if (author is null)
        {
            return CatalogDeletion.NotFound;
        }
        if (await db.Articles.AnyAsync(a => a.Authors.Any(x => x.AuthorId == id), cancellationToken))
        {
            return CatalogDeletion.InUse;
        }
        db.Authors.Remove(author);
        audit.Add(AuditActions.Delete, $"author #{id} «{author.Name}»");
        await db.SaveChangesAsync(cancellationToken);
        return CatalogDeletion.Deleted;
    }

    public async Task<CatalogDeletion> DeleteSectionAsync(int id, CancellationToken cancellationToken)
    {
        var section = await db.Sections.FindAsync([id], cancellationToken);
        if (section is null)
        {
            return CatalogDeletion.NotFound;
        }
        if (await db.Articles.AnyAsync(a => a.SectionId == id, cancellationToken))
        {
            return CatalogDeletion.InUse;
        }
        db.Sections.Remove(section);
        audit.Add(AuditActions.Delete, $"section #{id} «{section.NameRu}»");
        await db.SaveChangesAsync(cancellationToken);
        return CatalogDeletion.Deleted;
    }

    /// <summary><paramref name="wanted"/>, or "item" when empty, numbered (-2, -3, …) while <paramref name="taken"/>.</summary>
    internal static async Task<string> UniqueAsync(string wanted, Func<string, Task<bool>> taken)
    {
        var slug = wanted.Length == 0 ? "item" : wanted;
        var candidate = slug;
        for (var suffix = 2; await taken(candidate); suffix++)
        {
            candidate = $"{slug}-{suffix}";
        }
        return candidate;
    }
}
