using Microsoft.EntityFrameworkCore;
using Vestnik.Data;
using Vestnik.Features.Articles.Model;
using Vestnik.Features.Search.ReadAlso;
using Vestnik.Features.Site;
using Vestnik.Infrastructure.Localization;
using Vestnik.Infrastructure.Text;
using Vestnik.Infrastructure.Time;

namespace Vestnik.Features.Articles.Reading;

/// <summary>What a request for an article slug leads to.</summary>
public abstract record ArticleLookup
{
    public sealed record Found(ArticleView Article) : ArticleLookup;
    public sealed record MovedTo(string Url) : ArticleLookup;
    public sealed record Gone : ArticleLookup;
    public sealed record Missing : ArticleLookup;
}

/// <summary>Loads one article for the reader page, following renamed slugs and language prefixes.</summary>
public sealed class ArticlePageQuery(VestnikDbContext db, NewsroomTime time)
{
    public const int ReadAlsoCount = 6;
    private const int WordsPerMinute = 200;

    public async Task<ArticleLookup> HandleAsync(string slug, ContentLanguage requestLanguage, CancellationToken cancellationToken)
    {
        if (slug.Length > 200)
        {
            return new ArticleLookup.Missing();
        }

        var found = await BySlug.For(db)(db, slug, cancellationToken);

        if (found is not { Article: var article })
        {
            var renamed = await db.SlugRedirects.AsNoTracking()
                .Where(r => r.OldSlug == slug && r.Article.Status == ArticleStatus.Published)
                .Select(r => new { r.Article.Language, r.Article.Slug })
                .FirstOrDefaultAsync(cancellationToken);
            return renamed is null
                ? new ArticleLookup.Missing()
                : new ArticleLookup.MovedTo(ReaderUrls.Article(renamed.Language, renamed.Slug));
        }
        if (article.Status == ArticleStatus.Unpublished)
        {
            return new ArticleLookup.Gone();
        }
        if (!article.IsPublished)
        {
            return new ArticleLookup.Missing();
        }
        if (article.Language != requestLanguage)
        {
            return new ArticleLookup.MovedTo(ReaderUrls.Article(article.Language, article.Slug));
        }

        var links = await ArticleLinks.ForAsync(db, article.Id, cancellationToken);

        // The list computed at publish/edit time; until one is stored, the latest of the same section.
        var readAlso = await ReadAlsoQuery.StoredCardsAsync(db, article.Id, article.Language, time, cancellationToken);
        if (readAlso.Count == 0)
        {
            readAlso = ArticleCardQuery.ToCards(
                await LatestOfSection.For(db)(db, article.Language, article.SectionId, article.Id, article.TranslationId ?? 0).ToListAsync(cancellationToken),
                time);
        }

        return new ArticleLookup.Found(ToView(article, found.Section, found.Translation, links, readAlso));
    }

    // The queries of every uncached article page are compiled: EF then neither rebuilds nor re-parses their
    // expression trees per request. The article's byline, tags, labels and corrections come from ArticleLinks.
    // The translation is read as the four fields its link needs: loaded whole it would bring its body along.
    private static readonly CompiledPerModel<Func<VestnikDbContext, string, CancellationToken, Task<ArticleRow?>>> BySlug = new(() =>
        EF.CompileAsyncQuery((VestnikDbContext db, string slug, CancellationToken _) => db.Articles
            .AsNoTracking()
            .Where(a => a.Slug == slug)
            .Select(a => new ArticleRow(a, a.Section, a.Translation == null
                ? null
                : new TranslationRow(a.Translation.Id, a.Translation.Language, a.Translation.Slug, a.Translation.Title,
                    a.Translation.Source == null ? null : a.Translation.Source.OutletName, a.Translation.Status)))
            .FirstOrDefault()));

    private sealed record ArticleRow(Article Article, Section Section, TranslationRow? Translation);

    private sealed record TranslationRow(int Id, ContentLanguage Language, string Slug, string Title, string? OutletName, ArticleStatus Status)
    {
        public string DisplayTitle => Article.DisplayTitleOf(Title, OutletName);
    }

    private static readonly CompiledPerModel<Func<VestnikDbContext, ContentLanguage, int, int, int, IAsyncEnumerable<ArticleCardRow>>> LatestOfSection = new(() =>
        EF.CompileAsyncQuery((VestnikDbContext db, ContentLanguage language, int sectionId, int articleId, int translationId) => db.Articles
            .Where(a => a.Status == ArticleStatus.Published && a.Language == language)
            .Where(a => a.SectionId == sectionId && a.Id != articleId && a.Id != translationId)
            .OrderByDescending(a => a.PublishedAt).ThenByDescending(a => a.Id)
            .Take(ReadAlsoCount)
            .Select(ArticleCardQuery.Row)));

    private ArticleView ToView(Article article, Section section, TranslationRow? translationRow, List<ArticleLinks.Row> links, IReadOnlyList<ArticleCard> readAlso)
    {
        var language = article.Language;
        var published = article.PublishedAt ?? article.CreatedAt;
        var words = WordCounter.Count(article.BodyMarkdown);
        var translation = translationRow is { Status: ArticleStatus.Published } t
            ? new TranslationView(t.Id, t.Language, ReaderUrls.Article(t.Language, t.Slug), t.DisplayTitle)
            : null;

        return new ArticleView
        {
            Id = article.Id,
            Language = language,
            Title = article.Title,
            DisplayTitle = article.DisplayTitle,
            OutletName = article.Source?.OutletName,
            Dek = article.Dek,
            MetaTitle = article.MetaTitle,
            MetaDescription = article.MetaDescription,
            SocialImageUrl = article.SocialImageUrl,
            BodyHtml = article.BodyHtml,
            Url = ReaderUrls.Article(language, article.Slug),
            SectionName = section.Name(language),
            SectionUrl = ReaderUrls.Section(language, section.Slug),
            Authors = links.Where(l => l.Kind == ArticleLinks.Kind.Author).OrderBy(a => a.Order)
                .Select(a => new LinkView(a.Name, ReaderUrls.Author(language, a.Slug!))).ToList(),
            Tags = links.Where(l => l.Kind == ArticleLinks.Kind.Tag).OrderBy(t => t.Name, StringComparer.Ordinal)
                .Select(t => new LinkView(t.Name, ReaderUrls.Tag(t.Language!.Value, t.Slug!))).ToList(),
            Labels = links.Where(l => l.Kind == ArticleLinks.Kind.Label).OrderBy(l => l.Order)
                .Select(l => new LabelView(l.Slug!, language == ContentLanguage.En ? l.NameEn! : l.Name)).ToList(),
            PublishedAt = published,
            PublishedText = time.FormatDateTime(published, language),
            UpdatedAt = article.UpdatedAt,
            UpdatedText = article.UpdatedAt is { } updated ? time.FormatDateTime(updated, language) : null,
            ReadingMinutes = Math.Max(1, (int)Math.Round(words / (double)WordsPerMinute)),
            CommentCount = article.CommentCount,
            Image = article.LeadImage is { } image
                ? new ImageView(image.Url, image.Width, image.Height, image.AltText, image.Caption, image.Credit, image.Srcset)
                : null,
            Source = article.Source is { } source
                ? new SourceView(
                    source.OutletName,
                    source.OriginalHeadline,
                    source.OriginalUrl,
                    source.OriginalPublishedAt is { } at ? time.FormatDate(at, language) : null,
                    source.OriginalLanguage)
                : null,
            Corrections = links.Where(l => l.Kind == ArticleLinks.Kind.Correction).OrderBy(c => c.At).ThenBy(c => c.Order)
                .Select(c => new CorrectionView(c.Name, time.FormatDateTime(c.At!.Value, language))).ToList(),
            Translation = translation,
            ReadAlso = readAlso,
        };
    }
}
