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

    /// <summary>Only the articles the signed-in person started.</summary>
    public bool Mine { get; set; }

    /// <summary>Null for the date the list shows (newest first), "published", "created", "title".</summary>
    public string? Sort { get; set; }
    public int Page { get; set; } = 1;
}

/// <param name="ListedAt">When it goes out if scheduled, else when it last changed after publication, else when it was
/// published, else when it was created.</param>
public sealed record ArticleRow(
    int Id, string Title, string Slug, ArticleStatus Status, ContentLanguage Language, string Section,
    IReadOnlyList<string> Authors, DateTimeOffset ListedAt);

public sealed record ArticleList(IReadOnlyList<ArticleRow> Rows, int Total, int Page, int Pages);

public sealed class ArticleListQuery(VestnikDbContext db)
{
    /// <param name="userId">The signed-in person, for <see cref="ArticleFilter.Mine"/>.</param>
    public async Task<ArticleList> RunAsync(ArticleFilter filter, ContentLanguage uiLanguage, string? userId, CancellationToken cancellationToken = default)
    {
        var query = db.Articles.AsNoTracking();
        if (filter.Mine)
        {
            query = query.Where(a => a.CreatedByUserId == userId);
        }
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
            query = query.WhereContains(filter.Q.Trim(), a => a.Title);
        }
        // The date the list shows is the one "newest first" sorts by, so imported and back-dated articles take their
        // place by that date rather than by when their row was inserted; the id only breaks ties.
        var listed = query.Select(a => new { Article = a, ListedAt = a.ScheduledFor ?? a.UpdatedAt ?? a.PublishedAt ?? a.CreatedAt });
        listed = filter.Sort switch
        {
            "published" => listed.OrderByDescending(x => x.Article.PublishedAt).ThenByDescending(x => x.Article.Id),
            "created" => listed.OrderByDescending(x => x.Article.CreatedAt).ThenByDescending(x => x.Article.Id),
            "title" => listed.OrderBy(x => x.Article.Title).ThenBy(x => x.Article.Id),
            _ => listed.OrderByDescending(x => x.ListedAt).ThenByDescending(x => x.Article.Id),
        };
        var total = await listed.CountAsync(cancellationToken);
        var window = PageWindow.Of(total, filter.Page, ArticleFilter.PageSize);
        var rows = await listed
            .Skip(window.Skip).Take(ArticleFilter.PageSize)
            .Select(x => new ArticleRow(
                x.Article.Id, x.Article.Title, x.Article.Slug, x.Article.Status, x.Article.Language,
                uiLanguage == ContentLanguage.En ? x.Article.Section.NameEn : x.Article.Section.NameRu,
                x.Article.Authors.OrderBy(author => author.Position).Select(author => author.Author.Name).ToList(),
                x.ListedAt))
            .ToListAsync(cancellationToken);
        return new ArticleList(rows, total, window.Page, window.Pages);
    }
}
