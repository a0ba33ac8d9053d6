using Microsoft.EntityFrameworkCore;
using Vestnik.Data;
using Vestnik.Infrastructure.Localization;

namespace Vestnik.Features.Articles.Model;

/// <summary>
/// Keeps <see cref="Tag.PublishedArticles"/> and <see cref="Author.PublishedArticlesRu"/>/<see cref="Author.PublishedArticlesEn"/>
/// equal to what the tag and author pages list, so their pagers read a total instead of counting the archive.
/// An article adds one to each of its tags of its own language and to each of its authors in its language while it is
/// published. The write path takes the article's share before and after a change and applies the difference as
/// relative updates in the change's transaction: concurrent changes to other articles never overwrite each other's
/// increments. Writers that bypass the write path (the demo seeder, bench generators) call <see cref="RecountAsync"/>.
/// </summary>
public sealed class PublishedCounts
{
    private readonly Dictionary<Tag, int> tags;
    private readonly Dictionary<(int AuthorId, ContentLanguage Language), int> authors;

    private PublishedCounts(Dictionary<Tag, int> tags, Dictionary<(int, ContentLanguage), int> authors)
    {
        this.tags = tags;
        this.authors = authors;
    }

    /// <summary>What one article adds to the counts as it stands; nothing unless it is published.</summary>
    public sealed class Share
    {
        /// <summary>The share of an article that is not published, or not yet created.</summary>
        public static readonly Share None = new([], []);

        internal Share(IReadOnlyList<Tag> tags, IReadOnlyList<(int, ContentLanguage)> authors)
        {
            Tags = tags;
            Authors = authors;
        }

        /// <summary>Tags by entity, not id: a tag created with the article has no id until it is saved.</summary>
        internal IReadOnlyList<Tag> Tags { get; }
        internal IReadOnlyList<(int AuthorId, ContentLanguage Language)> Authors { get; }
    }

    /// <summary>The article's share now; take it before a change and compare with <see cref="Between"/> after it.</summary>
    public static Share Of(Article article) => article.IsPublished
        ? new Share(
            [.. article.Tags.Where(t => t.Language == article.Language).Distinct()],
            [.. article.Authors.Select(a => (a.AuthorId, article.Language)).Distinct()])
        : Share.None;

    /// <summary>The counts to move when an article's share goes from <paramref name="before"/> to <paramref name="after"/>.</summary>
    public static PublishedCounts Between(Share before, Share after) =>
        new(Difference(before.Tags, after.Tags), Difference(before.Authors, after.Authors));

    /// <summary>
    /// Moves the stored counts by the difference, one relative UPDATE per table, language and direction. Call it after
    /// the article's rows are saved (a new tag needs its id) and inside the same transaction.
    /// </summary>
    public async Task ApplyAsync(VestnikDbContext db, CancellationToken cancellationToken)
    {
        foreach (var step in tags.GroupBy(t => t.Value, t => t.Key.Id))
        {
            var ids = step.ToList();
            var delta = step.Key;
            await db.Tags.Where(t => ids.Contains(t.Id))
                .ExecuteUpdateAsync(s => s.SetProperty(t => t.PublishedArticles, t => t.PublishedArticles + delta), cancellationToken);
        }
        foreach (var step in authors.GroupBy(a => (a.Key.Language, Delta: a.Value), a => a.Key.AuthorId))
        {
            var ids = step.ToList();
            var delta = step.Key.Delta;
            var inLanguage = db.Authors.Where(a => ids.Contains(a.Id));
            await (step.Key.Language == ContentLanguage.En
                ? inLanguage.ExecuteUpdateAsync(s => s.SetProperty(a => a.PublishedArticlesEn, a => a.PublishedArticlesEn + delta), cancellationToken)
                : inLanguage.ExecuteUpdateAsync(s => s.SetProperty(a => a.PublishedArticlesRu, a => a.PublishedArticlesRu + delta), cancellationToken));
        }
    }

    /// <summary>
    /// Recomputes every tag's and author's count from the articles, one set-based UPDATE per table: for writers that
    /// add or change articles in bulk without the write path.
    /// </summary>
    public static async Task RecountAsync(VestnikDbContext db, CancellationToken cancellationToken = default)
    {
        await db.Tags.ExecuteUpdateAsync(s => s.SetProperty(
            t => t.PublishedArticles,
            t => t.Articles.Count(a => a.Status == ArticleStatus.Published && a.Language == t.Language)), cancellationToken);
        await db.Authors.ExecuteUpdateAsync(s => s
            .SetProperty(
                author => author.PublishedArticlesRu,
                author => db.Articles.Count(a => a.Status == ArticleStatus.Published && a.Language == ContentLanguage.Ru
                    && a.Authors.Any(x => x.AuthorId == author.Id)))
            .SetProperty(
                author => author.PublishedArticlesEn,
                author => db.Articles.Count(a => a.Status == ArticleStatus.Published && a.Language == ContentLanguage.En
                    && a.Authors.Any(x => x.AuthorId == author.Id))), cancellationToken);
    }

    private static Dictionary<T, int> Difference<T>(IReadOnlyList<T> before, IReadOnlyList<T> after)
        where T : notnull
    {
        var delta = new Dictionary<T, int>();
        foreach (var gone in before.Except(after))
        {
            delta[gone] = -1;
        }
        foreach (var added in after.Except(before))
        {
            delta[added] = 1;
        }
        return delta;
    }
}
