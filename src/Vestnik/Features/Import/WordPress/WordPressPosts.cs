using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Vestnik.Data;
using Vestnik.Features.Articles.Model;
using Vestnik.Features.Import.Conversion;
using Vestnik.Features.Newsroom.Articles.Workflow;
using Vestnik.Infrastructure.Text;

namespace Vestnik.Features.Import.WordPress;

/// <summary>
/// One WordPress post (or page) as an article, through <see cref="ArticleWorkflow.ImportAsync"/>: the body converted
/// to our Markdown with its images in the media library, the status and dates it had, its byline, section and
/// tags, its featured image, and its old address kept as an <see cref="OldAddress"/>.
/// </summary>
public sealed class WordPressPosts(
    VestnikDbContext db, ArticleWorkflow workflow, MarkdownRenderer markdown, IBodyImageCatalog bodyImages,
    LibraryImageImporter images, ImportedRecords records, ImportedArticles articles, TimeProvider clock)
{
    private const string Source = ImportSources.WordPress;
    private static readonly ArticleActor Importer = new(null, "import", Newsroom.NewsroomText.En);

    /// <summary>Whether an item of the export becomes an article: posts, and pages when asked for.</summary>
    public static bool IsArticle(WxrItem item, WordPressImportOptions options) =>
        item.Type == "post" || (options.IncludePages && item.Type == "page");

    /// <summary>The article the post became (new, updated or as it was); null with <paramref name="skip"/> set when it is not imported.</summary>
    public async Task<(ImportOutcome Outcome, int ArticleId)?> ImportAsync(
        WxrItem item, ImportedRecord? record, WordPressCatalog catalog, WordPressImportOptions options, ImportReport report, Action<string> skip,
        CancellationToken cancellationToken)
    {
        var title = PlainText.Decode(item.Title);
        if (item.Problem is { } problem)
        {
            skip(problem);
            return null;
        }
        if (title.Length == 0)
        {
            skip("no title");
            return null;
        }
        if (State(item) is not { } state)
        {
            skip($"status \"{item.Status}\" is not imported");
            return null;
        }
        var hash = Hash(item);
        if (record is not null && record.ContentHash == hash)
        {
            return (ImportOutcome.Unchanged, (int)record.TargetId);
        }
        var sectionId = item.Terms.Where(t => t.Kind == WxrTermKind.Category).Select(t => catalog.SectionsBySlug.GetValueOrDefault(t.Slug)).FirstOrDefault(id => id != 0);
        if ((sectionId == 0 ? catalog.FallbackSectionId : sectionId) is not { } section)
        {
            skip("no category, and the site has no section to put it in");
            return null;
        }
        var authorId = item.Creator.Length == 0 ? catalog.FallbackAuthorId : catalog.AuthorsByLogin.GetValueOrDefault(item.Creator);
        if (authorId is null or 0)
        {
            skip("no author");
            return null;
        }

        var existing = record is null ? null : await workflow.LoadAsync((int)record.TargetId, cancellationToken);
        var body = await BodyAsync(item, catalog, options, report, cancellationToken);
        var tagIds = item.Terms.Where(t => t.Kind == WxrTermKind.Tag).Select(t => catalog.TagsBySlug.GetValueOrDefault(t.Slug)).Where(id => id != 0).Distinct().ToList();
        var tags = tagIds.Count == 0 ? [] : await db.Tags.Where(t => tagIds.Contains(t.Id)).ToListAsync(cancellationToken);
        var lead = await LeadImageAsync(item, catalog, options, report, cancellationToken);
        var language = PlainText.LanguageOf(title);

        var result = await workflow.ImportAsync(existing, async article =>
        {
            article.Title = Cut(title, Article.MaxTitleLength);
            article.Dek = Cut(PlainText.Of(item.Excerpt), Article.MaxDekLength);
            article.BodyMarkdown = body;
            article.BodyHtml = await markdown.ToHtmlAsync(body, bodyImages, cancellationToken);
            article.Language = language;
            article.SectionId = section;
            article.LeadImage = lead ?? (article.LeadImage?.MediaAssetId is null ? null : article.LeadImage);
            article.Authors.RemoveAll(a => a.AuthorId != authorId);
            if (article.Authors.Count == 0)
            {
                article.Authors.Add(new ArticleAuthor { AuthorId = authorId.Value, Position = 0 });
            }
            article.Tags.RemoveAll(t => !tagIds.Contains(t.Id));
            article.Tags.AddRange(tags.Where(t => article.Tags.All(a => a.Id != t.Id)));
            if (article.PublishedAt is null && (existing is null || state.PublishedAt is null))
            {
                article.SetSlug(await articles.SlugAsync(item.Slug, title, article.Id, cancellationToken));
            }
        }, state, Importer, cancellationToken);
        if (result.Outcome != ChangeOutcome.Saved || result.Article is not { } saved)
        {
            skip(result.Message ?? result.Outcome.ToString());
            return null;
        }

        if (record is null)
        {
            records.Add(Source, ImportedKinds.Article, item.Id, saved.Id, hash);
        }
        else
        {
            // Attached again if an earlier item of the batch failed and the context forgot it.
            record.ContentHash = hash;
            db.Update(record);
        }
        await articles.KeepOldAddressAsync(Uri.TryCreate(item.Link, UriKind.Absolute, out var link) ? link.AbsolutePath : null, saved.Id, takeOver: true, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return (record is null ? ImportOutcome.Imported : ImportOutcome.Updated, saved.Id);
    }

    /// <summary>
    /// WordPress's statuses in our workflow. A private post was never public, so it comes as a draft; a post
    /// scheduled for a time already past went live then. Trash, auto-drafts and revisions are not imported.
    /// </summary>
    private ImportedState? State(WxrItem item)
    {
        var now = clock.GetUtcNow();
        var date = item.Date ?? now;
        var updated = item.Modified is { } modified && modified > date.AddMinutes(1) ? modified : (DateTimeOffset?)null;
        return item.Status switch
        {
            "publish" => new ImportedState(ArticleStatus.Published, date, date, updated, null),
            "future" when date > now => new ImportedState(ArticleStatus.Scheduled, now, null, null, date),
            "future" => new ImportedState(ArticleStatus.Published, date, date, updated, null),
            "draft" or "private" => new ImportedState(ArticleStatus.Draft, date, null, null, null),
            "pending" => new ImportedState(ArticleStatus.InReview, date, null, null, null),
            _ => null,
        };
    }

    private async Task<string> BodyAsync(WxrItem item, WordPressCatalog catalog, WordPressImportOptions options, ImportReport report, CancellationToken cancellationToken)
    {
        var html = WordPressMarkup.ToHtml(item.Content, id => catalog.Attachments.GetValueOrDefault(id.ToString(System.Globalization.CultureInfo.InvariantCulture))?.Url);
        var parsed = HtmlToMarkdown.Parse(html);
        var library = new Dictionary<string, string>(StringComparer.Ordinal);
        if (options.MediaFolder is not null && !options.DryRun)
        {
            foreach (var source in HtmlToMarkdown.ImageSources(parsed))
            {
                if (await images.FindOrAddAsync(Source, options.MediaFolder, source, "", "", report, cancellationToken) is { } asset)
                {
                    library[source] = asset.FallbackUrl;
                }
            }
        }
        return HtmlToMarkdown.Convert(parsed, source => library.GetValueOrDefault(source));
    }

    /// <summary>The featured image: from the media library when its file was there, else at its old address.</summary>
    private async Task<LeadImage?> LeadImageAsync(WxrItem item, WordPressCatalog catalog, WordPressImportOptions options, ImportReport report, CancellationToken cancellationToken)
    {
        if (item.ThumbnailId is not { } id || !catalog.Attachments.TryGetValue(id, out var attachment))
        {
            return null;
        }
        var asset = options.MediaFolder is null || options.DryRun
            ? null
            : await images.FindOrAddAsync(Source, options.MediaFolder, attachment.Url, attachment.Caption, attachment.Alt, report, cancellationToken);
        if (asset is null)
        {
            return attachment.Url.Length > 2000 || !Uri.TryCreate(attachment.Url, UriKind.Absolute, out _)
                ? null
                : new LeadImage { Url = attachment.Url, Caption = Cut(attachment.Caption, 1000), AltText = Cut(attachment.Alt, 500) };
        }
        return ImportedArticles.LeadImageOf(asset);
    }

    /// <summary>A fingerprint of everything of the post that the article is made from (comments have their own).</summary>
    private static string Hash(WxrItem item)
    {
        var text = string.Join('\u001F', item.Title, item.Content, item.Excerpt, item.Status, item.Slug, item.Creator, item.Link,
            item.Date?.ToUnixTimeSeconds(), item.Modified?.ToUnixTimeSeconds(), item.ThumbnailId,
            string.Join('\u001E', item.Terms.Select(t => $"{t.Kind}:{t.Slug}")));
        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
    }

    private static string Cut(string text, int max) => text.Length > max ? text[..max].Trim() : text;
}
