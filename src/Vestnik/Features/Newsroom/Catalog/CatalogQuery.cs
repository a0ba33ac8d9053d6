using Microsoft.EntityFrameworkCore;
using Vestnik.Data;
using Vestnik.Infrastructure.Localization;

namespace Vestnik.Features.Newsroom.Catalog;

public sealed record CatalogRow(int Id, string Name, string Slug, int Articles);

public sealed record CatalogLists(IReadOnlyList<CatalogRow> Authors, IReadOnlyList<CatalogRow> Sections);

/// <summary>The bylines and sections, each with how many articles use it; section names in the newsroom's language.</summary>
public sealed class CatalogQuery(VestnikDbContext db)
{
    public async Task<CatalogLists> LoadAsync(ContentLanguage language, CancellationToken cancellationToken)
    {
        var authors = await db.Authors.AsNoTracking().OrderBy(a => a.Name)
            .Select(a => new CatalogRow(a.Id, a.Name, a.Slug, db.Articles.Count(x => x.Authors.Any(y => y.AuthorId == a.Id))))
            .ToListAsync(cancellationToken);
        var english = language == ContentLanguage.En;
        var sections = await db.Sections.AsNoTracking().OrderBy(s => s.Position)
            .Select(s => new CatalogRow(s.Id, english ? s.NameEn : s.NameRu, s.Slug, db.Articles.Count(x => x.SectionId == s.Id)))
            .ToListAsync(cancellationToken);
        return new CatalogLists(authors, sections);
    }
}
