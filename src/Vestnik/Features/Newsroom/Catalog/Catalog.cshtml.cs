using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Vestnik.Data;
using Vestnik.Features.Accounts.Audit;
using Vestnik.Features.Accounts.Authorization;
using Vestnik.Features.Articles.Model;
using Vestnik.Features.Site;
using Vestnik.Infrastructure.Text;

namespace Vestnik.Features.Newsroom.Catalog;

public sealed record CatalogRow(int Id, string Name, string Slug, int Articles);

/// <summary>
/// Editors keep the bylines and sections: add an author (so a newly invited colleague can be bylined) or a section,
/// and delete one that no article uses. Deleting one that articles use is refused with a message.
/// </summary>
[Authorize(Policy = StaffPolicies.ManageCatalog)]
public sealed class CatalogModel(VestnikDbContext db, AuditLog audit, PageMeta meta) : PageModel
{
    [BindProperty]
    public string AuthorName { get; set; } = "";

    [BindProperty]
    public string SectionNameRu { get; set; } = "";

    [BindProperty]
    public string SectionNameEn { get; set; } = "";

    public IReadOnlyList<CatalogRow> Authors { get; private set; } = [];
    public IReadOnlyList<CatalogRow> Sections { get; private set; } = [];
    public NewsroomText Text { get; private set; } = NewsroomText.Ru;
    public string? Error { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) => await PrepareAsync(cancellationToken);

    public async Task<IActionResult> OnPostAddAuthorAsync(CancellationToken cancellationToken)
    {
        var name = (AuthorName ?? "").Trim();
        if (name.Length is 0 or > 200)
        {
            return await FailAsync(NewsroomLanguage.Text(HttpContext).NameRequired, StatusCodes.Status400BadRequest, cancellationToken);
        }
        db.Authors.Add(new Author { Name = name, Slug = await UniqueAsync(Transliteration.ToSlug(name), s => db.Authors.AnyAsync(a => a.Slug == s, cancellationToken)) });
        await db.SaveChangesAsync(cancellationToken);
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostAddSectionAsync(CancellationToken cancellationToken)
    {
        var ru = (SectionNameRu ?? "").Trim();
        var en = (SectionNameEn ?? "").Trim();
        if (ru.Length is 0 or > 100 || en.Length is 0 or > 100)
        {
            return await FailAsync(NewsroomLanguage.Text(HttpContext).NameRequired, StatusCodes.Status400BadRequest, cancellationToken);
        }
        var position = await db.Sections.Select(s => (int?)s.Position).MaxAsync(cancellationToken) ?? 0;
        db.Sections.Add(new Section
        {
            NameRu = ru,
            NameEn = en,
            Position = position + 1,
            Slug = await UniqueAsync(Transliteration.ToSlug(en), s => db.Sections.AnyAsync(x => x.Slug == s, cancellationToken)),
        });
        await db.SaveChangesAsync(cancellationToken);
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostDeleteAuthorAsync(int id, CancellationToken cancellationToken)
    {
        var author = await db.Authors.FindAsync([id], cancellationToken);
        if (author is null)
        {
            return NotFound();
        }
        if (await db.Articles.AnyAsync(a => a.Authors.Any(x => x.AuthorId == id), cancellationToken))
        {
            return await FailAsync(NewsroomLanguage.Text(HttpContext).InUse, StatusCodes.Status409Conflict, cancellationToken);
        }
        db.Authors.Remove(author);
        audit.Add(AuditActions.Delete, $"author #{id} «{author.Name}»");
        await db.SaveChangesAsync(cancellationToken);
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostDeleteSectionAsync(int id, CancellationToken cancellationToken)
    {
        var section = await db.Sections.FindAsync([id], cancellationToken);
        if (section is null)
        {
            return NotFound();
        }
        if (await db.Articles.AnyAsync(a => a.SectionId == id, cancellationToken))
        {
            return await FailAsync(NewsroomLanguage.Text(HttpContext).InUse, StatusCodes.Status409Conflict, cancellationToken);
        }
        db.Sections.Remove(section);
        audit.Add(AuditActions.Delete, $"section #{id} «{section.NameRu}»");
        await db.SaveChangesAsync(cancellationToken);
        return RedirectToPage();
    }

    private static async Task<string> UniqueAsync(string wanted, Func<string, Task<bool>> taken)
    {
        var slug = wanted.Length == 0 ? "item" : wanted;
        var candidate = slug;
        for (var suffix = 2; await taken(candidate); suffix++)
        {
            candidate = $"{slug}-{suffix}";
        }
        return candidate;
    }

    private async Task<IActionResult> FailAsync(string message, int status, CancellationToken cancellationToken)
    {
        await PrepareAsync(cancellationToken);
        Error = message;
        Response.StatusCode = status;
        return Page();
    }

    private async Task PrepareAsync(CancellationToken cancellationToken)
    {
        Text = NewsroomLanguage.Text(HttpContext);
        Authors = await db.Authors.AsNoTracking().OrderBy(a => a.Name)
            .Select(a => new CatalogRow(a.Id, a.Name, a.Slug, db.Articles.Count(x => x.Authors.Any(y => y.AuthorId == a.Id))))
            .ToListAsync(cancellationToken);
        var english = NewsroomLanguage.Of(HttpContext) == Infrastructure.Localization.ContentLanguage.En;
        Sections = await db.Sections.AsNoTracking().OrderBy(s => s.Position)
            .Select(s => new CatalogRow(s.Id, english ? s.NameEn : s.NameRu, s.Slug, db.Articles.Count(x => x.SectionId == s.Id)))
            .ToListAsync(cancellationToken);
        meta.Title = Text.Catalog;
        meta.NoIndex = true;
    }
}
