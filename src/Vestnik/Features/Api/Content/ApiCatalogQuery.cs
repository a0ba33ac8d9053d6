using Microsoft.EntityFrameworkCore;
using Vestnik.Data;
using Vestnik.Features.Site;
using Vestnik.Infrastructure.Localization;

namespace Vestnik.Features.Api.Content;

/// <summary>
/// Sections, tags and authors for the content API. Tags and authors appear once they have a published article, as
/// their reader pages do; they are paged by id, so a page boundary never moves when one is added.
/// </summary>
public sealed class ApiCatalogQuery(VestnikDbContext db, PublicUrl url, ApiCursor cursors, IHttpContextAccessor http)
{
    public async Task<IReadOnlyList<ApiSection>> SectionsAsync(CancellationToken cancellationToken)
    {
        var sections = await db.Sections.AsNoTracking().OrderBy(s => s.Position).ThenBy(s => s.Id)
            .Select(s => new { s.Slug, s.NameRu, s.NameEn })
            .ToListAsync(cancellationToken);
        return sections.ConvertAll(s => new ApiSection(s.Slug, s.NameRu, s.NameEn,
            Absolute(ReaderUrls.Section(ContentLanguage.Ru, s.Slug)), Absolute(ReaderUrls.Section(ContentLanguage.En, s.Slug))));
    }

    public async Task<(ApiPage<ApiTag>? Page, string? Error)> TagsAsync(ListParameters parameters, CancellationToken cancellationToken)
    {
        if (After("tags", parameters) is not { } after)
        {
            return (null, BadCursor);
        }
        var tags = db.Tags.AsNoTracking().Where(t => t.PublishedArticles > 0 && t.Id > after);
        if (parameters.Language is { } language)
        {
            tags = tags.Where(t => t.Language == language);
        }
        var rows = await tags.OrderBy(t => t.Id).Take(parameters.Limit + 1)
            .Select(t => new { t.Id, t.Slug, t.Name, t.Language, t.PublishedArticles })
            .ToListAsync(cancellationToken);
        var page = Page("tags", rows, r => r.Id, parameters.Limit,
            r => new ApiTag(r.Slug, r.Name, r.Language.Code(), Absolute(ReaderUrls.Tag(r.Language, r.Slug)), r.PublishedArticles));
        return (page, null);
    }

    public async Task<(ApiPage<ApiAuthor>? Page, string? Error)> AuthorsAsync(ListParameters parameters, CancellationToken cancellationToken)
    {
        if (After("authors", parameters) is not { } after)
        {
            return (null, BadCursor);
        }
        var rows = await db.Authors.AsNoTracking()
            .Where(a => a.PublishedArticlesRu + a.PublishedArticlesEn > 0 && a.Id > after)
            .OrderBy(a => a.Id).Take(parameters.Limit + 1)
            .Select(a => new { a.Id, a.Slug, a.Name, a.Bio, a.PhotoUrl, a.PublishedArticlesRu, a.PublishedArticlesEn })
            .ToListAsync(cancellationToken);
        var page = Page("authors", rows, r => r.Id, parameters.Limit, r => new ApiAuthor(
            r.Slug, r.Name, r.Bio, r.PhotoUrl is null ? null : Absolute(r.PhotoUrl),
            Absolute(ReaderUrls.Author(ContentLanguage.Ru, r.Slug)), Absolute(ReaderUrls.Author(ContentLanguage.En, r.Slug)),
            r.PublishedArticlesRu, r.PublishedArticlesEn));
        return (page, null);
    }

    private const string BadCursor = "\"cursor\" is not a cursor this list gave out.";

    /// <summary>The id the page starts after: 0 without a cursor, null for a cursor this list did not give out.</summary>
    private int? After(string list, ListParameters parameters) =>
        parameters.Cursor is { } cursor ? cursors.Open(list, cursor)?.Id : 0;

    private ApiPage<T> Page<TRow, T>(string list, List<TRow> rows, Func<TRow, int> id, int limit, Func<TRow, T> shape)
    {
        var more = rows.Count > limit;
        var shown = rows.Take(limit).ToList();
        return new ApiPage<T>(shown.ConvertAll(r => shape(r)), more ? cursors.Seal(list, new ListPosition(0, id(shown[^1]))) : null);
    }

    private string Absolute(string path) => url.Absolute(http.HttpContext?.Request, path);
}
