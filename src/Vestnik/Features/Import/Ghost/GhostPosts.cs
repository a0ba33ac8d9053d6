using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Vestnik.Data;
using Vestnik.Features.Articles.Model;
using Vestnik.Features.Import.Conversion;
using Vestnik.Features.Newsroom.Articles.Workflow;
using Vestnik.Infrastructure.Localization;
using Vestnik.Infrastructure.Text;

namespace Vestnik.Features.Import.Ghost;

/// <summary>
/// One Ghost post (or page) as an article, through <see cref="ArticleWorkflow.ImportAsync"/>: the Lexical or
/// mobiledoc body converted to our Markdown with its images in the media library, the status and dates it had, its
/// bylines, section (its primary tag) and tags, its feature image, and its old address <c>/{slug}/</c> kept.
/// </summary>
public sealed class GhostPosts(
    VestnikDbContext db, ArticleWorkflow workflow, MarkdownRenderer markdown, IBodyImageCatalog bodyImages,
    LibraryImageImporter images, ImportedRecords records, ImportedArticles articles, TimeProvider clock)
{
    private const string Source = ImportSources.Ghost;
    private static readonly ArticleActor Importer = new(null, "import", Newsroom.NewsroomText.En);

    /// <summary>Whether a post of the export becomes an article: posts, and pages when asked for.</summary>
    public static bool IsArticle(GhostPost post, GhostImportOptions options) =>
        post.Type == "post" || (options.IncludePages && post.Type == "page");

    /// <summary>The article the post became (new, updated or as it was); null with <paramref name="skip"/> set when it is not imported.</summary>
    public async Task<(ImportOutcome Outcome, int ArticleId)?> ImportAsync(
        GhostPost post, ImportedRecord? record, GhostCatalog catalog, GhostImportOptions options, ImportReport report, Action<string> skip,
        CancellationToken cancellationToken)
    {
        var name = $"post {post.Slug}";
        var title = post.Title.Trim();
        if (title.Length == 0)
        {
            skip("no title");
            return null;
        }
        if (State(post) is not { } state)
        {
            skip(post.Status == "sent" ? "sent as an e-mail only, never on the site" : $"status \"{post.Status}\" is not imported");
            return null;
        }
        var authorIds = new List<int>();
        foreach (var user in catalog.AuthorsOfPost.GetValueOrDefault(post.Id) ?? [])
        {
            if (!catalog.BylinesByUser.TryGetValue(user, out var byline))
            {
                skip($"its author {user} is not among the export's users");
                return null;
            }
            authorIds.Add(byline);
        }
        if (authorIds.Count == 0)
        {
            skip("no author");
            return null;
        }
        var tags = new List<GhostCatalog.GhostTag>();
        foreach (var tagId in catalog.TagsOfPost.GetValueOrDefault(post.Id) ?? [])
        {
            if (catalog.Tags.TryGetValue(tagId, out var tag))
            {
                tags.Add(tag);
            }
            else
            {
                report.Warn(name, $"its tag {tagId} is not among the export's tags");
            }
        }
        var featureWords = catalog.FeatureImages.GetValueOrDefault(post.Id, ("", ""));
        var hash = Hash(post, authorIds, tags, featureWords);
        if (record is not null && record.ContentHash == hash)
        {
            return (ImportOutcome.Unchanged, (int)record.TargetId);
        }
        var publicTags = tags.Where(t => !t.Internal).ToList();
        if ((publicTags.FirstOrDefault()?.SectionId ?? catalog.FallbackSectionId) is not { } section)
        {
            skip("no public tag, and the site has no section to put it in");
            return null;
        }
        if (post.Visibility is "members" or "paid" or "tiers")
        {
            report.Warn(name, $"for {post.Visibility} only in Ghost, public here");
        }

        var existing = record is null ? null : await workflow.LoadAsync((int)record.TargetId, cancellationToken);
        var body = await BodyAsync(post, name, options, report, cancellationToken);
        var tagIds = publicTags.Select(t => t.TagId).OfType<int>().Distinct().ToList();
        var tagRows = tagIds.Count == 0 ? [] : await db.Tags.Where(t => tagIds.Contains(t.Id)).ToListAsync(cancellationToken);
        var lead = await LeadImageAsync(post, featureWords, options, report, cancellationToken);
        var language = Language(post, title);

        var result = await workflow.ImportAsync(existing, async article =>
        {
            article.Title = Cut(title, Article.MaxTitleLength);
            article.Dek = Cut(PlainText.Of(post.Excerpt), Article.MaxDekLength);
            article.BodyMarkdown = body;
            article.BodyHtml = await markdown.ToHtmlAsync(body, bodyImages, cancellationToken);
            article.Language = language;
            article.SectionId = section;
            article.LeadImage = lead ?? (article.LeadImage?.MediaAssetId is null ? null : article.LeadImage);
            article.Authors.RemoveAll(a => !authorIds.Contains(a.AuthorId));
            foreach (var (authorId, position) in authorIds.Select((id, i) => (id, i)))
            {
                if (article.Authors.FirstOrDefault(a => a.AuthorId == authorId) is { } kept)
                {
                    kept.Position = position;
                }
                else
                {
                    article.Authors.Add(new ArticleAuthor { AuthorId = authorId, Position = position });
                }
            }
            article.Tags.RemoveAll(t => !tagIds.Contains(t.Id));
            article.Tags.AddRange(tagRows.Where(t => article.Tags.All(a => a.Id != t.Id)));
            if (article.PublishedAt is null && (existing is null || state.PublishedAt is null))
            {
                article.SetSlug(await articles.SlugAsync(post.Slug, title, article.Id, cancellationToken));
            }
        }, state, Importer, cancellationToken);
        if (result.Outcome != ChangeOutcome.Saved || result.Article is not { } saved)
        {
            skip(result.Message ?? result.Outcome.ToString());
            return null;
        }

        if (record is null)
        {
            records.Add(Source, ImportedKinds.Article, post.Id, saved.Id, hash);
        }
        else
        {
            // Attached again if an earlier item of the batch failed and the context forgot it.
            record.ContentHash = hash;
            db.Update(record);
        }
        // Ghost's slugs are unique, but a file put together from two sites may repeat one: the first post keeps the address.
        if (!await articles.KeepOldAddressAsync($"/{post.Slug}", saved.Id, takeOver: false, cancellationToken))
        {
            report.Warn(name, $"another post had the address /{post.Slug}/ first: it keeps it");
        }
        await db.SaveChangesAsync(cancellationToken);
        return (record is null ? ImportOutcome.Imported : ImportOutcome.Updated, saved.Id);
    }

    /// <summary>
    /// Ghost's statuses in our workflow. A post scheduled for a time already past went live then; a newsletter that
    /// was only e-mailed ("sent") never was on the site and is not imported.
    /// </summary>
    private ImportedState? State(GhostPost post)
    {
        var now = clock.GetUtcNow();
        var created = post.CreatedAt ?? post.PublishedAt ?? now;
        var date = post.PublishedAt ?? created;
        var updated = post.UpdatedAt is { } modified && modified > date.AddMinutes(1) ? modified : (DateTimeOffset?)null;
        return post.Status switch
        {
            "published" => new ImportedState(ArticleStatus.Published, created < date ? created : date, date, updated, null),
            "scheduled" when date > now => new ImportedState(ArticleStatus.Scheduled, created < now ? created : now, null, null, date),
            "scheduled" => new ImportedState(ArticleStatus.Published, created < date ? created : date, date, updated, null),
            "draft" => new ImportedState(ArticleStatus.Draft, created, null, null, null),
            _ => null,
        };
    }

    /// <summary>The post's language: Ghost's own <c>locale</c> when it names one of ours, else the title's letters.</summary>
    private static ContentLanguage Language(GhostPost post, string title) => post.Locale.ToLowerInvariant() switch
    {
        var locale when locale.StartsWith("ru", StringComparison.Ordinal) => ContentLanguage.Ru,
        var locale when locale.StartsWith("en", StringComparison.Ordinal) => ContentLanguage.En,
        _ => PlainText.LanguageOf(title),
    };

    private async Task<string> BodyAsync(GhostPost post, string name, GhostImportOptions options, ImportReport report, CancellationToken cancellationToken)
    {
        var unknown = new HashSet<string>(StringComparer.Ordinal);
        var cards = new GhostCards(url => Resolve(url, options), kind => unknown.Add(kind));
        string html;
        try
        {
            html = post.Lexical.Length > 0 ? GhostLexical.ToHtml(post.Lexical, cards)
                : post.Mobiledoc.Length > 0 ? GhostMobiledoc.ToHtml(post.Mobiledoc, cards)
                : post.Html;
        }
        catch (JsonException broken)
        {
            // The editor's document is unreadable; the HTML Ghost rendered from it is the next best thing.
            report.Warn(name, $"its {(post.Lexical.Length > 0 ? "Lexical" : "mobiledoc")} body is not readable ({broken.Message}): imported from its HTML");
            html = post.Html;
        }
        foreach (var kind in unknown)
        {
            report.Warn(name, $"a card of kind \"{kind}\" has no equivalent here: kept as a note in the text");
        }
        var parsed = HtmlToMarkdown.Parse(html);
        var library = new Dictionary<string, string>(StringComparer.Ordinal);
        if (options.ImagesFolder is not null && !options.DryRun)
        {
            foreach (var source in HtmlToMarkdown.ImageSources(parsed))
            {
                if (await images.FindOrAddAsync(Source, options.ImagesFolder, source, "", "", report, cancellationToken) is { } asset)
                {
                    library[source] = asset.FallbackUrl;
                }
            }
        }
        var lost = HtmlToMarkdown.ImageSources(parsed).Count(source => source.StartsWith('/') && !library.ContainsKey(source));
        if (lost > 0)
        {
            report.Warn(name, $"{lost} image(s) of the old site are not in the images folder, and without --site-url their address is unknown");
        }
        return HtmlToMarkdown.Convert(parsed, source => library.GetValueOrDefault(source));
    }

    /// <summary>The feature image: from the media library when its file was there, else at its old address when that is known.</summary>
    private async Task<LeadImage?> LeadImageAsync(GhostPost post, (string Alt, string Caption) words, GhostImportOptions options, ImportReport report, CancellationToken cancellationToken)
    {
        if (post.FeatureImage.Length == 0)
        {
            return null;
        }
        var url = Resolve(post.FeatureImage, options);
        var caption = PlainText.Of(words.Caption);
        var asset = options.ImagesFolder is null || options.DryRun
            ? null
            : await images.FindOrAddAsync(Source, options.ImagesFolder, url, caption, words.Alt, report, cancellationToken);
        if (asset is not null)
        {
            return ImportedArticles.LeadImageOf(asset);
        }
        return url.Length > 2000 || !Uri.TryCreate(url, UriKind.Absolute, out var absolute) || absolute.Scheme is not ("http" or "https")
            ? null
            : new LeadImage { Url = url, Caption = Cut(caption, 1000), AltText = Cut(words.Alt, 500) };
    }

    /// <summary>Ghost writes its own site's address as <c>__GHOST_URL__</c>: the old site's address when given, else a path of that site.</summary>
    private static string Resolve(string url, GhostImportOptions options) =>
        url.StartsWith(GhostUrl, StringComparison.Ordinal) ? (options.SiteUrl ?? "").TrimEnd('/') + url[GhostUrl.Length..] : url;

    private const string GhostUrl = "__GHOST_URL__";

    /// <summary>A fingerprint of everything of the post that the article is made from.</summary>
    private static string Hash(GhostPost post, List<int> authors, List<GhostCatalog.GhostTag> tags, (string Alt, string Caption) featureWords)
    {
        var text = string.Join('\u001F', post.Raw, string.Join(',', authors), string.Join(',', tags.Select(t => t.Slug)), featureWords.Alt, featureWords.Caption);
        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
    }

    private static string Cut(string text, int max) => text.Length > max ? text[..max].Trim() : text;
}
