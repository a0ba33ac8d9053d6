using Microsoft.EntityFrameworkCore;
using Vestnik.Data;
using Vestnik.Features.Articles.Model;
using Vestnik.Features.Newsroom.Articles.Workflow;
using Vestnik.Features.Newsroom.Catalog;
using Vestnik.Features.Newsroom.Media;
using Vestnik.Infrastructure.Text;

namespace Vestnik.Features.Newsroom.Articles;

/// <summary>
/// Copies the editor's form onto an article: renders the body with the reader site's pipeline, keeps slugs unique,
/// resolves authors, tags, labels, the source and the lead image. It saves nothing: <see cref="Workflow.ArticleWorkflow"/>
/// decides whether and how the result is committed.
/// </summary>
public sealed class ArticleFormApplier(VestnikDbContext db, MarkdownRenderer markdown, IBodyImageCatalog bodyImages, OwnBylines bylines)
{
    /// <summary>
    /// Null when the form could be applied; otherwise what is wrong with it, in the actor's language. A form with no
    /// byline is signed with the byline of <paramref name="actorUserId"/>'s own account.
    /// </summary>
    public async Task<string?> ApplyAsync(Article article, ArticleForm form, string? actorUserId, NewsroomText text, CancellationToken cancellationToken)
    {
        if (!await db.Sections.AnyAsync(s => s.Id == form.SectionId, cancellationToken))
        {
            return text.SectionRequired;
        }
        var authorIds = form.AuthorIds.OfType<int>().Distinct().Take(ArticleForm.MaxAuthors).ToList();
        if (await db.Authors.CountAsync(a => authorIds.Contains(a.Id), cancellationToken) != authorIds.Count)
        {
            return text.AuthorRequired;
        }
        Author? newByline = null;
        if (authorIds.Count == 0)
        {
            if (actorUserId is null)
            {
                return text.AuthorRequired;
            }
            var own = await bylines.GetOrAddAsync(actorUserId, cancellationToken);
            if (db.Entry(own).State == EntityState.Added)
            {
                newByline = own;
            }
            else
            {
                authorIds.Add(own.Id);
            }
        }

        var previousTitle = article.Title;
        article.Title = form.Title;
        article.Dek = form.Dek;
        // Browsers post a textarea's line breaks as CRLF; stored text keeps one kind, so revisions and diffs compare lines.
        var body = form.Body.ReplaceLineEndings("\n");
        article.BodyMarkdown = body;
        article.BodyHtml = await markdown.ToHtmlAsync(body, bodyImages, cancellationToken);
        article.Language = form.Language;
        article.SectionId = form.SectionId;
        article.MetaTitle = Blank(form.MetaTitle);
        article.MetaDescription = Blank(form.MetaDescription);
        article.SocialImageUrl = Blank(form.SocialImageUrl);
        article.EditorNotes = (form.EditorNotes ?? "").Trim().ReplaceLineEndings("\n");
        article.SourceText = (form.SourceText ?? "").Trim().ReplaceLineEndings("\n");

        if (article.PublishedAt is null)
        {
            // Until first published the address follows the title, unless the editor typed one of their own: a slug
            // posted back as it was stored is the title's when the previous title (or, before a title was written,
            // a placeholder such as a retelling's) gave it.
            var followsTitle = string.IsNullOrWhiteSpace(form.Slug)
                || (form.Slug.Trim() == article.Slug && CameFromTitle(article.Slug, previousTitle));
            var wanted = Transliteration.ToSlug(followsTitle ? form.Title : form.Slug);
            // A title with no letters that romanize (Arabic, emoji) still needs an address.
            wanted = wanted.Length == 0 ? "article" : wanted;
            if (wanted != article.Slug)
            {
                article.SetSlug(await UniqueSlugAsync(wanted, article.Id, cancellationToken));
            }
        }

        article.Authors.RemoveAll(a => !authorIds.Contains(a.AuthorId));
        for (var position = 0; position < authorIds.Count; position++)
        {
            var existing = article.Authors.FirstOrDefault(a => a.AuthorId == authorIds[position]);
            if (existing is null)
            {
                article.Authors.Add(new ArticleAuthor { AuthorId = authorIds[position], Position = position });
            }
            else
            {
                existing.Position = position;
            }
        }
        if (newByline is not null)
        {
            article.Authors.Add(new ArticleAuthor { Author = newByline, Position = 0 });
        }

        var labels = await db.Labels.Where(l => form.LabelIds.Contains(l.Id)).ToListAsync(cancellationToken);
        article.Labels.RemoveAll(l => !labels.Contains(l));
        article.Labels.AddRange(labels.Where(l => !article.Labels.Contains(l)));

        await ApplyTagsAsync(article, form, cancellationToken);

        article.TranslationId = string.IsNullOrWhiteSpace(form.TranslationSlug)
            ? null
            : await db.Articles.Where(a => a.Slug == form.TranslationSlug.Trim() && a.Id != article.Id).Select(a => (int?)a.Id)
                .FirstOrDefaultAsync(cancellationToken) ?? article.TranslationId;

        if (await ApplySourceAsync(article, form, text, cancellationToken) is { } sourceProblem)
        {
            return sourceProblem;
        }
        return await ApplyLeadImageAsync(article, form, text, cancellationToken);
    }

    private async Task ApplyTagsAsync(Article article, ArticleForm form, CancellationToken cancellationToken)
    {
        var names = form.TagNames().Where(n => n.Length <= 100).Take(20).ToList();
        var slugs = names.Select(Transliteration.ToSlug).Where(s => s.Length > 0).ToList();
        var known = await db.Tags.Where(t => slugs.Contains(t.Slug)).ToListAsync(cancellationToken);
        var tags = new List<Tag>();
        foreach (var name in names)
        {
            var slug = Transliteration.ToSlug(name);
            if (slug.Length == 0)
            {
                continue;
            }
            var tag = known.FirstOrDefault(t => t.Slug == slug) ?? tags.FirstOrDefault(t => t.Slug == slug);
            if (tag is null)
            {
                tag = db.Tags.Add(new Tag { Name = name, Slug = slug, Language = form.Language }).Entity;
                known.Add(tag);
            }
            if (!tags.Contains(tag))
            {
                tags.Add(tag);
            }
        }
        article.Tags.RemoveAll(t => !tags.Contains(t));
        article.Tags.AddRange(tags.Where(t => !article.Tags.Contains(t)));
    }

    private async Task<string?> ApplySourceAsync(Article article, ArticleForm form, NewsroomText text, CancellationToken cancellationToken)
    {
        SourceOutlet? outlet = null;
        if (!string.IsNullOrWhiteSpace(form.NewOutletName))
        {
            var name = form.NewOutletName.Trim();
            if (name.Length > 200)
            {
                return text.TooLong;
            }
            outlet = await db.SourceOutlets.FirstOrDefaultAsync(o => o.Name == name, cancellationToken)
                ?? db.SourceOutlets.Add(new SourceOutlet { Name = name, Language = Code(form.OriginalLanguage) }).Entity;
        }
        else if (form.OutletId is { } outletId)
        {
            outlet = await db.SourceOutlets.FindAsync([outletId], cancellationToken);
            if (outlet is null)
            {
                return text.SourceIncomplete;
            }
        }
        if (outlet is null)
        {
            article.Source = null;
            return null;
        }
        if (form.OriginalHeadline.Trim().Length > 500 || form.OriginalUrl.Trim().Length > 2000)
        {
            return text.TooLong;
        }
        article.Source = new SourceAttribution
        {
            Outlet = outlet,
            OutletName = outlet.Name,
            OriginalHeadline = form.OriginalHeadline.Trim(),
            OriginalUrl = form.OriginalUrl.Trim(),
            OriginalPublishedAt = form.OriginalPublishedAt is { } date
                ? new DateTimeOffset(DateTime.SpecifyKind(date, DateTimeKind.Utc))
                : null,
            OriginalLanguage = Code(form.OriginalLanguage),
        };
        return null;
    }

    private async Task<string?> ApplyLeadImageAsync(Article article, ArticleForm form, NewsroomText text, CancellationToken cancellationToken)
    {
        if (form.LeadMediaId is not { } mediaId)
        {
            // An image that did not come from the library (the demo's, an import's) stays until one is picked.
            if (article.LeadImage?.MediaAssetId is not null)
            {
                article.LeadImage = null;
            }
            return null;
        }
        var media = await db.Set<MediaAsset>().AsNoTracking().FirstOrDefaultAsync(m => m.Id == mediaId, cancellationToken);
        if (media is null)
        {
            return text.ImageNotFound;
        }
        // Without the editor's script the form still holds the previous image's words when another image is picked:
        // words left as they were belong to that image, so the new one brings its own from the library.
        var previous = article.LeadImage?.MediaAssetId == media.Id ? null : article.LeadImage;
        string Kept(string? typed, string? previousWords) =>
            previous is not null && (typed ?? "").Trim() == (previousWords ?? "") ? "" : typed ?? "";
        var largest = media.WidthList[^1];
        article.LeadImage = new LeadImage
        {
            Url = media.FallbackUrl,
            Width = largest,
            Height = media.HeightAt(largest),
            Srcset = media.Srcset("webp"),
            MediaAssetId = media.Id,
            Caption = Trim(Kept(form.LeadCaption, previous?.Caption), 1000, media.Caption),
            Credit = Trim(Kept(form.LeadCredit, previous?.Credit), 300, media.Credit),
            AltText = Trim(Kept(form.LeadAlt, previous?.AltText), 500, media.AltText),
        };
        return null;
    }

    /// <summary>
    /// Whether <paramref name="slug"/> is what <paramref name="title"/> gave, possibly shortened and numbered by
    /// <see cref="UniqueSlugAsync"/>; any slug of an untitled draft is a placeholder.
    /// </summary>
    private static bool CameFromTitle(string slug, string title)
    {
        if (string.IsNullOrWhiteSpace(title))
        {
            return true;
        }
        var fromTitle = Transliteration.ToSlug(title);
        var numbered = slug.LastIndexOf('-');
        var stem = numbered > 0 && slug[(numbered + 1)..].All(char.IsAsciiDigit) ? slug[..numbered] : slug;
        return slug == fromTitle || (stem.Length > 0 && fromTitle.StartsWith(stem, StringComparison.Ordinal));
    }

    private async Task<string> UniqueSlugAsync(string wanted, int articleId, CancellationToken cancellationToken)
    {
        var candidate = wanted;
        for (var suffix = 2; ; suffix++)
        {
            var taken = await db.Articles.AnyAsync(a => a.Slug == candidate && a.Id != articleId, cancellationToken)
                || await db.SlugRedirects.AnyAsync(r => r.OldSlug == candidate, cancellationToken);
            if (!taken)
            {
                return candidate;
            }
            var tail = "-" + suffix.ToString(System.Globalization.CultureInfo.InvariantCulture);
            candidate = (wanted.Length + tail.Length > 80 ? wanted[..(80 - tail.Length)].TrimEnd('-') : wanted) + tail;
        }
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static string Trim(string? value, int max, string fallback)
    {
        var trimmed = string.IsNullOrWhiteSpace(value) ? fallback : value.Trim();
        return trimmed.Length > max ? trimmed[..max] : trimmed;
    }

    private static string Code(string? language)
    {
        var code = (language ?? "").Trim().ToLowerInvariant();
        return code.Length is >= 2 and <= 8 && code.All(char.IsAsciiLetterLower) ? code : "en";
    }
}
