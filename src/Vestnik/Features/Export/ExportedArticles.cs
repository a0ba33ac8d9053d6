using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Vestnik.Data;
using Vestnik.Features.Articles.Model;
using Vestnik.Infrastructure.Localization;

namespace Vestnik.Features.Export;

/// <summary>Every article in every state with every field, its byline order, tags, labels, corrections and old slugs.</summary>
internal static class ExportedArticles
{
    private const int BatchSize = 200;

    public static async Task WriteAsync(Utf8JsonWriter json, VestnikDbContext db, ExportProgress progress, CancellationToken cancellationToken)
    {
        json.WriteStartArray("articles");
        var after = 0;
        while (true)
        {
            var articles = await db.Articles.AsNoTracking().Where(a => a.Id > after).OrderBy(a => a.Id).Take(BatchSize)
                .ToListAsync(cancellationToken);
            if (articles.Count == 0)
            {
                break;
            }
            var ids = articles.Select(a => a.Id).ToList();
            var bylines = (await db.Set<ArticleAuthor>().AsNoTracking().Where(b => ids.Contains(b.ArticleId))
                    .OrderBy(b => b.Position).Select(b => new { b.ArticleId, b.AuthorId }).ToListAsync(cancellationToken))
                .ToLookup(b => b.ArticleId, b => b.AuthorId);
            var tags = await LinksAsync(db, "ArticleTags", "ArticlesId", "TagsId", ids, cancellationToken);
            var labels = await LinksAsync(db, "ArticleLabels", "ArticleId", "LabelsId", ids, cancellationToken);
            var corrections = (await db.Set<Correction>().AsNoTracking().Where(c => ids.Contains(c.ArticleId)).OrderBy(c => c.Id)
                    .ToListAsync(cancellationToken))
                .ToLookup(c => c.ArticleId);
            var oldSlugs = (await db.SlugRedirects.AsNoTracking().Where(r => ids.Contains(r.ArticleId)).OrderBy(r => r.Id)
                    .Select(r => new { r.ArticleId, r.OldSlug }).ToListAsync(cancellationToken))
                .ToLookup(r => r.ArticleId, r => r.OldSlug);

            foreach (var article in articles)
            {
                StartArticle(json, article);
                WriteIds(json, "authorIds", bylines[article.Id]);
                WriteIds(json, "tagIds", tags[article.Id].Order());
                WriteIds(json, "labelIds", labels[article.Id].Order());
                json.WriteObjects("corrections", corrections[article.Id], (json, correction) =>
                {
                    json.WriteNumber("id", correction.Id);
                    json.WriteString("text", correction.Text);
                    json.WriteString("createdAt", correction.CreatedAt);
                });
                json.WriteStartArray("oldSlugs");
                foreach (var slug in oldSlugs[article.Id])
                {
                    json.WriteStringValue(slug);
                }
                json.WriteEndArray();
                json.WriteEndObject();
                await json.FlushWhenFullAsync(cancellationToken);
            }
            progress.Advance(articles.Count);
            after = articles[^1].Id;
        }
        json.WriteEndArray();
    }

    /// <summary>Opens the article's object with its own columns; the caller adds the related lists and closes it.</summary>
    private static void StartArticle(Utf8JsonWriter json, Article article)
    {
        json.WriteStartObject();
        json.WriteNumber("id", article.Id);
        json.WriteString("slug", article.Slug);
        json.WriteString("language", article.Language.Code());
        json.WriteString("status", article.Status.ToString());
        json.WriteString("title", article.Title);
        json.WriteString("dek", article.Dek);
        json.WriteNumber("sectionId", article.SectionId);
        json.WriteString("createdAt", article.CreatedAt);
        json.WriteNullableDate("publishedAt", article.PublishedAt);
        json.WriteNullableDate("updatedAt", article.UpdatedAt);
        json.WriteNullableDate("scheduledFor", article.ScheduledFor);
        json.WriteNullableNumber("translationId", article.TranslationId);
        json.WriteNullableString("createdByUserId", article.CreatedByUserId);
        json.WriteNullableString("metaTitle", article.MetaTitle);
        json.WriteNullableString("metaDescription", article.MetaDescription);
        json.WriteNullableString("socialImageUrl", article.SocialImageUrl);
        json.WriteString("editorNotes", article.EditorNotes);
        json.WriteString("sourceText", article.SourceText);
        json.WriteNumber("viewCount", article.ViewCount);
        json.WriteNumber("commentCount", article.CommentCount);
        json.WriteNumber("version", article.Version);
        if (article.Source is { } source)
        {
            json.WriteStartObject("source");
            json.WriteNumber("outletId", source.OutletId);
            json.WriteString("outletName", source.OutletName);
            json.WriteString("originalHeadline", source.OriginalHeadline);
            json.WriteString("originalUrl", source.OriginalUrl);
            json.WriteNullableDate("originalPublishedAt", source.OriginalPublishedAt);
            json.WriteString("originalLanguage", source.OriginalLanguage);
            json.WriteEndObject();
        }
        else
        {
            json.WriteNull("source");
        }
        if (article.LeadImage is { } image)
        {
            json.WriteStartObject("leadImage");
            json.WriteString("url", image.Url);
            json.WriteNumber("width", image.Width);
            json.WriteNumber("height", image.Height);
            json.WriteString("caption", image.Caption);
            json.WriteString("credit", image.Credit);
            json.WriteString("altText", image.AltText);
            json.WriteNullableNumber("mediaAssetId", image.MediaAssetId);
            json.WriteString("srcset", image.Srcset);
            json.WriteEndObject();
        }
        else
        {
            json.WriteNull("leadImage");
        }
        json.WriteString("bodyMarkdown", article.BodyMarkdown);
        json.WriteString("bodyHtml", article.BodyHtml);
    }

    /// <summary>
    /// Rows of a many-to-many join table read directly: going through the navigation (<c>a.Tags</c>) with the
    /// article's id in the projection needs SQL APPLY, which SQLite lacks.
    /// </summary>
    private static async Task<ILookup<int, int>> LinksAsync(VestnikDbContext db, string table, string articleColumn, string otherColumn,
        List<int> ids, CancellationToken cancellationToken) =>
        (await db.Set<Dictionary<string, object>>(table).AsNoTracking()
            .Select(row => new { ArticleId = EF.Property<int>(row, articleColumn), OtherId = EF.Property<int>(row, otherColumn) })
            .Where(row => ids.Contains(row.ArticleId))
            .ToListAsync(cancellationToken))
        .ToLookup(row => row.ArticleId, row => row.OtherId);

    private static void WriteIds(Utf8JsonWriter json, string name, IEnumerable<int> ids)
    {
        json.WriteStartArray(name);
        foreach (var id in ids)
        {
            json.WriteNumberValue(id);
        }
        json.WriteEndArray();
    }
}
