using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Vestnik.Features.Accounts.Authorization;
using Vestnik.Features.Site;

namespace Vestnik.Features.Newsroom.Catalog;

/// <summary>
/// Editors keep the bylines and sections: add an author (so a newly invited colleague can be bylined) or a section,
/// and delete one that no article uses. Deleting one that articles use is refused with a message.
/// </summary>
[Authorize(Policy = StaffPolicies.ManageCatalog)]
public sealed class CatalogModel(CatalogQuery query, CatalogChanges changes, PageMeta meta) : PageModel
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
        await changes.AddAuthorAsync(name, cancellationToken);
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
        await changes.AddSectionAsync(ru, en, cancellationToken);
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostDeleteAuthorAsync(int id, CancellationToken cancellationToken) =>
        await AnswerAsync(await changes.DeleteAuthorAsync(id, cancellationToken), cancellationToken);

    public async Task<IActionResult> OnPostDeleteSectionAsync(int id, CancellationToken cancellationToken) =>
        await AnswerAsync(await changes.DeleteSectionAsync(id, cancellationToken), cancellationToken);

    private async Task<IActionResult> AnswerAsync(CatalogDeletion deletion, CancellationToken cancellationToken) => deletion switch
    {
        CatalogDeletion.NotFound => NotFound(),
        CatalogDeletion.InUse => await FailAsync(NewsroomLanguage.Text(HttpContext).InUse, StatusCodes.Status409Conflict, cancellationToken),
        _ => RedirectToPage(),
    };

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
        var lists = await query.LoadAsync(NewsroomLanguage.Of(HttpContext), cancellationToken);
        Authors = lists.Authors;
        Sections = lists.Sections;
        meta.Title = Text.Catalog;
        meta.NoIndex = true;
    }
}
