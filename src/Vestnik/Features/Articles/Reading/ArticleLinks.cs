using Microsoft.EntityFrameworkCore;
using Vestnik.Data;
using Vestnik.Features.Articles.Model;
using Vestnik.Infrastructure.Localization;

namespace Vestnik.Features.Articles.Reading;

/// <summary>
/// The byline, tags, labels and corrections of one article, read in one statement (a union of four index lookups by
/// article). Read as four split queries they were four statements to prepare and run on every uncached article page;
/// joined into one query they multiply each other's rows.
/// </summary>
public static class ArticleLinks
{
    public enum Kind
    {
        Author = 0,
        Tag = 1,
        Label = 2,
        Correction = 3,
    }

    /// <summary>
    /// One link of any kind: an author (<c>Name</c>, <c>Slug</c>, <c>Order</c> = position), a tag (<c>Name</c>,
    /// <c>Slug</c>, <c>Language</c>), a label (<c>Order</c> = id, <c>Slug</c>, <c>Name</c> Russian, <c>NameEn</c>) or a
    /// correction (<c>Order</c> = id, <c>Name</c> = its text, <c>At</c>). EF unions only rows built by member
    /// initialisers that set the same members, so every branch sets all of them.
    /// </summary>
    public sealed class Row
    {
        public Kind Kind { get; init; }
        public int Order { get; init; }
        public string Name { get; init; } = "";
        public string? Slug { get; init; }
        public string? NameEn { get; init; }
        public ContentLanguage? Language { get; init; }
        public DateTimeOffset? At { get; init; }
    }

    public static ValueTask<List<Row>> ForAsync(VestnikDbContext db, int articleId, CancellationToken cancellationToken) =>
        OfArticle.For(db)(db, articleId).ToListAsync(cancellationToken);

    private static readonly CompiledPerModel<Func<VestnikDbContext, int, IAsyncEnumerable<Row>>> OfArticle = new(() =>
        EF.CompileAsyncQuery((VestnikDbContext db, int articleId) =>
            // A union takes each column's storage from its first branch, and SQLite stores dates and languages through
            // converters: the first branch reads both from their columns (a correction's language is the article's,
            // unused), so the nulls of the later branches are read the same way.
            db.Articles.Where(a => a.Id == articleId).SelectMany(a => a.Corrections, (a, c) =>
                    new Row { Kind = Kind.Correction, Order = c.Id, Name = c.Text, Slug = null, NameEn = null, Language = a.Language, At = c.CreatedAt })
            .Concat(db.Set<ArticleAuthor>().Where(a => a.ArticleId == articleId)
                .Select(a => new Row { Kind = Kind.Author, Order = a.Position, Name = a.Author.Name, Slug = a.Author.Slug, NameEn = null, Language = null, At = null }))
            .Concat(db.Articles.Where(a => a.Id == articleId).SelectMany(a => a.Tags)
                .Select(t => new Row { Kind = Kind.Tag, Order = 0, Name = t.Name, Slug = t.Slug, NameEn = null, Language = t.Language, At = null }))
            .Concat(db.Articles.Where(a => a.Id == articleId).SelectMany(a => a.Labels)
                .Select(l => new Row { Kind = Kind.Label, Order = l.Id, Name = l.NameRu, Slug = l.Slug, NameEn = l.NameEn, Language = null, At = null }))));
}
