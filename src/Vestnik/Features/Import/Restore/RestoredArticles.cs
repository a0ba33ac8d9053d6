using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Vestnik.Data;
using Vestnik.Features.Articles.Model;
using Vestnik.Features.Newsroom;
using Vestnik.Features.Newsroom.Articles.Workflow;

namespace Vestnik.Features.Import.Restore;

/// <summary>
/// Exported articles written through <see cref="ArticleWorkflow.ImportAsync"/> with their ids, every field, state and
/// date, byline order, tags, labels, corrections and old slugs. The stored HTML is kept as readers saw it, not
/// rendered again (docs/export.md).
/// </summary>
public sealed class RestoredArticles(VestnikDbContext db, ArticleWorkflow workflow)
{
    private static readonly ArticleActor Importer = new(null, "import", NewsroomText.En);

    /// <summary>Translations that name an article later in the file, set once every article is in: (article, translation).</summary>
    private readonly List<(int Article, int Translation)> _laterTranslations = [];

    public async Task AddAsync(JsonElement json, CancellationToken cancellationToken)
    {
        var id = json.Int("id");
        var state = new ImportedState(json.Enum<ArticleStatus>("status"), json.Date("createdAt"), json.NullableDate("publishedAt"),
            json.NullableDate("updatedAt"), json.NullableDate("scheduledFor"), id);
        var tagIds = json.Array("tagIds").Select(t => t.GetInt32()).ToList();
        var labelIds = json.Array("labelIds").Select(l => l.GetInt32()).ToList();
        var tags = tagIds.Count == 0 ? [] : await db.Tags.Where(t => tagIds.Contains(t.Id)).ToListAsync(cancellationToken);
        var labels = labelIds.Count == 0 ? [] : await db.Labels.Where(l => labelIds.Contains(l.Id)).ToListAsync(cancellationToken);
        if (tags.Count != tagIds.Count || labels.Count != labelIds.Count)
        {
            throw new ExportFileException($"Article {id} names a tag or label the export does not hold.");
        }
        var translationId = json.NullableInt("translationId");
        if (translationId > id)
        {
            _laterTranslations.Add((id, translationId.Value));
            translationId = null;
        }

        var result = await workflow.ImportAsync(null, article =>
        {
            article.SetSlug(json.Str("slug"));
            article.Language = json.Language("language");
            article.Title = json.Str("title");
            article.Dek = json.Str("dek");
            article.SectionId = json.Int("sectionId");
            article.TranslationId = translationId;
            article.CreatedByUserId = json.NullableStr("createdByUserId");
            article.MetaTitle = json.NullableStr("metaTitle");
            article.MetaDescription = json.NullableStr("metaDescription");
            article.SocialImageUrl = json.NullableStr("socialImageUrl");
            article.EditorNotes = json.Str("editorNotes");
            article.SourceText = json.Str("sourceText");
            article.ViewCount = json.Long("viewCount");
            article.CommentCount = json.Int("commentCount");
            article.Source = Source(json.NullableObject("source"));
            article.LeadImage = LeadImage(json.NullableObject("leadImage"));
            article.BodyMarkdown = json.Str("bodyMarkdown");
            article.BodyHtml = json.Str("bodyHtml");
            article.Authors.AddRange(json.Array("authorIds").Select((author, position) => new ArticleAuthor { AuthorId = author.GetInt32(), Position = position }));
            article.Tags.AddRange(tags);
            article.Labels.AddRange(labels);
            foreach (var exported in json.Array("corrections"))
            {
                var correction = new Correction { Text = exported.Str("text"), CreatedAt = exported.Date("createdAt") };
                db.Entry(correction).Property(c => c.Id).CurrentValue = exported.Int("id");
                article.Corrections.Add(correction);
            }
            return Task.CompletedTask;
        }, state, Importer, cancellationToken);
        if (result.Outcome != ChangeOutcome.Saved)
        {
            throw new ExportFileException($"Article {id} could not be written: {result.Message ?? result.Outcome.ToString()}");
        }
        foreach (var slug in json.Array("oldSlugs"))
        {
            db.SlugRedirects.Add(new SlugRedirect { OldSlug = slug.GetString() ?? "", ArticleId = id });
        }
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>
    /// Links the translations that pointed forward in the file, through the workflow as a second import step of each
    /// such article (its target did not exist when it was written).
    /// </summary>
    public async Task LinkLaterTranslationsAsync(CancellationToken cancellationToken)
    {
        foreach (var (id, translationId) in _laterTranslations)
        {
            var article = await workflow.LoadAsync(id, cancellationToken) ?? throw new ExportFileException($"Article {id} vanished during the import.");
            if (!await db.Articles.AnyAsync(a => a.Id == translationId, cancellationToken))
            {
                throw new ExportFileException($"Article {id} names translation {translationId}, which the export does not hold.");
            }
            var state = new ImportedState(article.Status, article.CreatedAt, article.PublishedAt, article.UpdatedAt, article.ScheduledFor);
            var result = await workflow.ImportAsync(article, linked =>
            {
                linked.TranslationId = translationId;
                return Task.CompletedTask;
            }, state, Importer, cancellationToken);
            if (result.Outcome != ChangeOutcome.Saved)
            {
                throw new ExportFileException($"Article {id} could not be linked to its translation: {result.Message ?? result.Outcome.ToString()}");
            }
            db.ChangeTracker.Clear();
        }
        _laterTranslations.Clear();
    }

    private static SourceAttribution? Source(JsonElement? json) => json is not { } source ? null : new SourceAttribution
    {
        OutletId = source.Int("outletId"),
        OutletName = source.Str("outletName"),
        OriginalHeadline = source.Str("originalHeadline"),
        OriginalUrl = source.Str("originalUrl"),
        OriginalPublishedAt = source.NullableDate("originalPublishedAt"),
        OriginalLanguage = source.Str("originalLanguage"),
    };

    private static LeadImage? LeadImage(JsonElement? json) => json is not { } image ? null : new LeadImage
    {
        Url = image.Str("url"),
        Width = image.Int("width"),
        Height = image.Int("height"),
        Caption = image.Str("caption"),
        Credit = image.Str("credit"),
        AltText = image.Str("altText"),
        MediaAssetId = image.NullableInt("mediaAssetId"),
        Srcset = image.Str("srcset"),
    };
}
