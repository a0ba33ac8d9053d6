using Microsoft.EntityFrameworkCore;
using Vestnik.Data;
using Vestnik.Features.Articles.Model;
using Vestnik.Infrastructure.Localization;

namespace Vestnik.Features.Newsroom.Articles;

/// <summary>Filters of the newsroom's article list; every one optional.</summary>
public sealed class ArticleFilter
{
    public const int PageSize = 50;

    public ArticleStatus? Status { get; set; }
    public int? Section { get; set; }
    public int? Author { get; set; }
    public int? Label { get; set; }
    public ContentLanguage? Language { get; set; }
    public string? Q { get; set; }

    /// <summary>"updated" (default), "published", "created", "title".</summary>
    public string? Sort { get; set; }
    public int Page { get; set; } = 1;
}

public sealed record ArticleRow(
    int Id, string Title, string Slug, ArticleStatus Status, ContentLanguage Language, string Section,
    IReadOnlyList<string> Authors, DateTimeOffset CreatedAt, DateTimeOffset? PublishedAt, DateTimeOffset? UpdatedAt,
    DateTimeOffset? ScheduledFor);

public sealed record ArticleList(IReadOnlyList<ArticleRow> Rows, int Total, int Page, int Pages);

public sealed class ArticleListQuery(VestnikDbContext db)
{
    public async Task<ArticleList> RunAsync(ArticleFilter filter, ContentLanguage uiLanguage, CancellationToken cancellationToken = default)
    {
        var query = db.Articles.AsNoTracking();
        if (filter.Status is { } status)
        {
            query = query.Where(a => a.Status == status);
        }
        if (filter.Section is { } section)
        {
            query = query.Where(a => a.SectionId == section);
        }
        if (filter.Author is { } author)
        {
            query = query.Where(a => a.Authors.Any(x => x.AuthorId == author));
        }
        if (filter.Label is { } label)
        {
            query = query.Where(a => a.Labels.Any(l => l.Id == label));
        }
        if (filter.Language is { } language)
        {
            query = query.Where(a => a.Language == language);
        }
        if (!string.IsNullOrWhiteSpace(filter.Q))
        {
            // Case-insensitive on both providers for Cyrillic too: SQLite's LOWER() only folds ASCII, so match both forms.
            var text = filter.Q.Trim();
            var lower = text.ToLowerInvariant();
            var capitalized = lower.Length > 0 ? char.ToUpperInvariant(lower[0]) + lower[1..] : lower;
            query = query.Where(a => a.Title.Contains(text) || a.Title.Contains(lower) || a.Title.Contains(capitalized));
        }
        query = filter.Sort switch
        {
            "published" => query.OrderByDescending(a => a.PublishedAt).ThenByDescending(a => a.Id),
            "created" => query.OrderByDescending(a => a.CreatedAt).ThenByDescending(a => a.Id),
            "title" => query.OrderBy(a => a.Title).ThenBy(a => a.Id),
            _ => query.OrderByDescending(a => a.Id),
        };
        var total = await query.CountAsync(cancellationToken);
        var pages = Math.Max(1, (total + ArticleFilter.PageSize - 1) / ArticleFilter.PageSize);
        var page = Math.Clamp(filter.Page, 1, pages);
        var rows = await query
            .Skip((page - 1) * ArticleFilter.PageSize).Take(ArticleFilter.PageSize)
            .Select(a => new ArticleRow(
                a.Id, a.Title, a.Slug, a.Status, a.Language,
                uiLanguage == ContentLanguage.En ? a.Section.NameEn : a.Section.NameRu,
                a.Authors.OrderBy(x => x.Position).Select(x => x.Author.Name).ToList(),
                a.CreatedAt, a.PublishedAt, a.UpdatedAt, a.ScheduledFor))
            .ToListAsync(cancellationToken);
        return new ArticleList(rows, total, page, pages);
    }
}
