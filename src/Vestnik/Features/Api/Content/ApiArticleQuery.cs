using Microsoft.EntityFrameworkCore;
using Vestnik.Data;
using Vestnik.Features.Articles.Model;
using Vestnik.Features.Site;
using Vestnik.Infrastructure.Caching;
using Vestnik.Infrastructure.Localization;

namespace Vestnik.Features.Api.Content;

/// <summary>
/// Published articles for the content API: a filtered list newest first with keyset paging, one article by slug, and
/// articles by id in a given order (search results, Read also). A page costs two statements: the articles, then the
/// bylines, tags and labels of the page's articles in one union.
/// </summary>
public sealed class ApiArticleQuery(VestnikDbContext db, PublicUrl url, ApiCursor cursors, IHttpContextAccessor http)
{
    private const string ListName = "articles";

    private sealed record Row(
        int Id, string Slug, string Title, string? OutletName, string Dek, ContentLanguage Language, DateTimeOffset? PublishedAt,
        DateTimeOffset? UpdatedAt, string SectionSlug, string SectionNameRu, string SectionNameEn, LeadImage? Image);

    private enum LinkKind
    {
        Author,
        Tag,
        Label,
    }

    /// <summary>
    /// A byline, tag or label of one article. <c>Order</c> is an author's position or a label's id; <c>NameEn</c> is a
    /// label's English name. EF unions only rows built by member initialisers that set the same members.
    /// </summary>
    private sealed class Link
    {
        public int ArticleId { get; init; }
        public LinkKind Kind { get; init; }
        public int Order { get; init; }
        public string Slug { get; init; } = "";
        public string Name { get; init; } = "";
        public string? NameEn { get; init; }
        public ContentLanguage? Language { get; init; }
    }

    public async Task<(ApiPage<ApiArticleSummary>? Page, IReadOnlyCollection<string> Tags, string? Error)> ListAsync(
        ListParameters parameters, CancellationToken cancellationToken)
    {
        var articles = Published();
        if (parameters.Cursor is { } cursor)
        {
            if (cursors.Open(ListName, cursor) is not { } after)
            {
                return (null, [], "\"cursor\" is not a cursor this list gave out.");
            }
            var at = new DateTimeOffset(after.Ticks, TimeSpan.Zero);
            articles = articles.Where(a => a.PublishedAt < at || (a.PublishedAt == at && a.Id < after.Id));
        }
        if (parameters.Section is { } section)
        {
            articles = articles.Where(a => a.Section.Slug == section);
        }
        if (parameters.Tag is { } tag)
        {
            articles = articles.Where(a => a.Tags.Any(t => t.Slug == tag));
        }
        if (parameters.Author is { } author)
        {
            articles = articles.Where(a => a.Authors.Any(x => x.Author.Slug == author));
        }
        if (parameters.Label is { } label)
        {
            articles = articles.Where(a => a.Labels.Any(l => l.Slug == label));
        }
        if (parameters.UpdatedSince is { } since)
        {
            articles = articles.Where(a => (a.UpdatedAt ?? a.PublishedAt) >= since);
        }
        // The newest of each language, then merged: the published-articles index leads with the language, so each
        // half reads its newest rows from the index, where one query across both languages sorted the whole table.
        // The halves go as one statement (a union).
        IQueryable<Article> Newest(ContentLanguage language) => articles.Where(a => a.Language == language)
            .OrderByDescending(a => a.PublishedAt).ThenByDescending(a => a.Id)
            .Take(parameters.Limit + 1);
        var newest = parameters.Language is { } only ? Newest(only) : Newest(ContentLanguage.Ru).Concat(Newest(ContentLanguage.En));
        List<Row> rows = [.. (await newest.Select(RowOf).ToListAsync(cancellationToken))
            .OrderByDescending(r => r.PublishedAt).ThenByDescending(r => r.Id).Take(parameters.Limit + 1)];
        var more = rows.Count > parameters.Limit;
        if (more)
        {
            rows.RemoveAt(rows.Count - 1);
        }
        var items = await SummariesAsync(rows, cancellationToken);
        var next = more ? cursors.Seal(ListName, new ListPosition(rows[^1].PublishedAt!.Value.UtcTicks, rows[^1].Id)) : null;
        // A new article in either language may join any filtered list, so the list goes with the language lists.
        string[] tags = [CacheTags.Lists(ContentLanguage.Ru.Code()), CacheTags.Lists(ContentLanguage.En.Code()), .. rows.Select(r => CacheTags.Shows(r.Id))];
        return (new ApiPage<ApiArticleSummary>(items, next), tags, null);
    }

    /// <summary>The published article with this slug, body and all; null when there is none.</summary>
    public async Task<(ApiArticle? Article, IReadOnlyCollection<string> Tags)> BySlugAsync(string slug, CancellationToken cancellationToken)
    {
        var row = await Published().Where(a => a.Slug == slug).Select(RowOf).FirstOrDefaultAsync(cancellationToken);
        if (row is null)
        {
            return (null, []);
        }
        var details = await db.Articles.AsNoTracking().Where(a => a.Id == row.Id)
            .Select(a => new
            {
                a.BodyHtml,
                a.BodyMarkdown,
                a.Source,
                Corrections = a.Corrections.OrderBy(c => c.Id).Select(c => new ApiCorrection(c.Text, c.CreatedAt)).ToList(),
                Translation = a.Translation != null && a.Translation.Status == ArticleStatus.Published
                    ? new { a.Translation.Language, a.Translation.Slug }
                    : null,
            })
            .AsSplitQuery()
            .FirstAsync(cancellationToken);
        var summary = (await SummariesAsync([row], cancellationToken))[0];
        var article = new ApiArticle(summary)
        {
            BodyHtml = BodyLinks.Absolute(details.BodyHtml, url.Origin(http.HttpContext?.Request)),
            BodyMarkdown = details.BodyMarkdown,
            Source = details.Source is { } source ? new ApiSource(source.OutletName, source.OriginalHeadline, source.OriginalUrl) : null,
            Corrections = details.Corrections,
            TranslationUrl = details.Translation is { } translation ? Absolute(ReaderUrls.Article(translation.Language, translation.Slug)) : null,
        };
        return (article, [CacheTags.Article(row.Id), CacheTags.Shows(row.Id)]);
    }

    /// <summary>The published article's id and language, for the lists that hang off it (Read also).</summary>
    public async Task<(int Id, ContentLanguage Language)?> IdOfAsync(string slug, CancellationToken cancellationToken)
    {
        var article = await Published().Where(a => a.Slug == slug).Select(a => new { a.Id, a.Language }).FirstOrDefaultAsync(cancellationToken);
        return article is null ? null : (article.Id, article.Language);
    }

    /// <summary>The published ones of these articles, in the order given.</summary>
    public async Task<IReadOnlyList<ApiArticleSummary>> ByIdsAsync(IReadOnlyList<int> ids, CancellationToken cancellationToken)
    {
        if (ids.Count == 0)
        {
            return [];
        }
        var rows = await Published().Where(a => ids.Contains(a.Id)).Select(RowOf).ToListAsync(cancellationToken);
        var order = ids.Select((id, index) => (id, index)).ToDictionary(p => p.id, p => p.index);
        return await SummariesAsync([.. rows.OrderBy(r => order[r.Id])], cancellationToken);
    }

    private IQueryable<Article> Published() => db.Articles.AsNoTracking().Where(a => a.Status == ArticleStatus.Published);

    private static readonly System.Linq.Expressions.Expression<Func<Article, Row>> RowOf = a => new Row(
        a.Id, a.Slug, a.Title, a.Source != null ? a.Source.OutletName : null, a.Dek, a.Language, a.PublishedAt, a.UpdatedAt,
        a.Section.Slug, a.Section.NameRu, a.Section.NameEn, a.LeadImage);

    private async Task<List<ApiArticleSummary>> SummariesAsync(List<Row> rows, CancellationToken cancellationToken)
    {
        if (rows.Count == 0)
        {
            return [];
        }
        var ids = rows.ConvertAll(r => r.Id);
        // A union takes each column's storage from its first branch, and SQLite stores languages through a
        // converter: the tags, whose language is a column, come first, so the other branches' nulls are read the same way.
        var links = await db.Articles.Where(a => ids.Contains(a.Id)).SelectMany(a => a.Tags, (a, t) =>
                new Link { ArticleId = a.Id, Kind = LinkKind.Tag, Order = 0, Slug = t.Slug, Name = t.Name, NameEn = null, Language = t.Language })
            .Concat(db.Set<ArticleAuthor>().Where(x => ids.Contains(x.ArticleId))
                .Select(x => new Link { ArticleId = x.ArticleId, Kind = LinkKind.Author, Order = x.Position, Slug = x.Author.Slug, Name = x.Author.Name, NameEn = null, Language = null }))
            .Concat(db.Articles.Where(a => ids.Contains(a.Id)).SelectMany(a => a.Labels, (a, l) =>
                new Link { ArticleId = a.Id, Kind = LinkKind.Label, Order = l.Id, Slug = l.Slug, Name = l.NameRu, NameEn = l.NameEn, Language = null }))
            .AsNoTracking()
            .ToListAsync(cancellationToken);
        var byArticle = links.ToLookup(l => (l.ArticleId, l.Kind));
        return rows.ConvertAll(r =>
        {
            var published = r.PublishedAt ?? DateTimeOffset.MinValue;
            return new ApiArticleSummary(
                r.Id,
                r.Slug,
                r.Language.Code(),
                Article.DisplayTitleOf(r.Title, r.OutletName),
                r.Dek,
                Absolute(ReaderUrls.Article(r.Language, r.Slug)),
                published,
                r.UpdatedAt ?? published,
                new ApiRef(r.SectionSlug, r.Language == ContentLanguage.En ? r.SectionNameEn : r.SectionNameRu, Absolute(ReaderUrls.Section(r.Language, r.SectionSlug))),
                [.. byArticle[(r.Id, LinkKind.Author)].OrderBy(a => a.Order).Select(a => new ApiRef(a.Slug, a.Name, Absolute(ReaderUrls.Author(r.Language, a.Slug))))],
                [.. byArticle[(r.Id, LinkKind.Tag)].OrderBy(t => t.Name, StringComparer.Ordinal).Select(t => new ApiRef(t.Slug, t.Name, Absolute(ReaderUrls.Tag(t.Language ?? r.Language, t.Slug))))],
                [.. byArticle[(r.Id, LinkKind.Label)].OrderBy(l => l.Order).Select(l => new ApiRef(l.Slug, r.Language == ContentLanguage.En ? l.NameEn! : l.Name, null))],
                r.Image is { } image ? new ApiImage(Absolute(image.Url), image.AltText, image.Caption, image.Credit, image.Width, image.Height) : null);
        });
    }

    private string Absolute(string path) => url.Absolute(http.HttpContext?.Request, path);
}
