using Microsoft.EntityFrameworkCore;
using Vestnik.Data;
using Vestnik.Features.Articles.Model;
using Vestnik.Features.Newsroom.Articles.Workflow;
using Vestnik.Infrastructure.Localization;

namespace Vestnik.Features.Api.Admin;

/// <summary>
/// Puts a tool's article fields into the editor's form, naming each field that is wrong, so the workflow then saves
/// the article exactly as if the key's account had typed it into the editor. Sections, authors and labels are named
/// by slug, as the content API shows them.
/// </summary>
public sealed class AdminArticleFields(VestnikDbContext db)
{
    public const int MaxTags = 20;
    public const int MaxTagLength = 100;

    /// <param name="replace">Create and PUT: a field left out becomes empty. PATCH: a field left out keeps its value.</param>
    /// <returns>The problems by field (camelCase, as in the JSON); empty when the form holds the input.</returns>
    public async Task<Dictionary<string, string[]>> ApplyAsync(ArticleForm form, AdminArticleInput input, bool replace, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        void Fail(string field, string message) => errors[field] = [message];

        if (replace || input.Title is not null)
        {
            form.Title = (input.Title ?? "").Trim();
            if (form.Title.Length == 0)
            {
                Fail("title", "A title is required.");
            }
            else if (form.Title.Length > Article.MaxTitleLength)
            {
                Fail("title", $"At most {Article.MaxTitleLength} characters.");
            }
        }
        if (replace || input.Dek is not null)
        {
            form.Dek = (input.Dek ?? "").Trim();
            if (form.Dek.Length > Article.MaxDekLength)
            {
                Fail("dek", $"At most {Article.MaxDekLength} characters.");
            }
        }
        if (replace || input.BodyMarkdown is not null)
        {
            form.Body = input.BodyMarkdown ?? "";
            if (form.Body.Length > ArticleForm.MaxBodyLength)
            {
                Fail("bodyMarkdown", $"At most {ArticleForm.MaxBodyLength} characters.");
            }
        }
        if (input.Language is { } language)
        {
            if (language is "ru" or "en")
            {
                form.Language = language == "en" ? ContentLanguage.En : ContentLanguage.Ru;
            }
            else
            {
                Fail("language", "Either ru or en.");
            }
        }
        if (replace || input.Slug is not null)
        {
            form.Slug = (input.Slug ?? "").Trim();
        }
        if (replace || input.Section is not null)
        {
            var slug = (input.Section ?? "").Trim();
            var id = slug.Length == 0 ? null : await db.Sections.Where(s => s.Slug == slug).Select(s => (int?)s.Id).FirstOrDefaultAsync(cancellationToken);
            if (id is { } found)
            {
                form.SectionId = found;
            }
            else
            {
                Fail("section", slug.Length == 0 ? "A section is required (its slug)." : $"No section has the slug «{slug}».");
            }
        }
        if (replace || input.Tags is not null)
        {
            var tags = (input.Tags ?? []).Select(t => (t ?? "").Trim()).Where(t => t.Length > 0).ToList();
            if (tags.Count > MaxTags || tags.Any(t => t.Length > MaxTagLength || t.Contains(',', StringComparison.Ordinal)))
            {
                Fail("tags", $"At most {MaxTags} tags of up to {MaxTagLength} characters, without commas.");
            }
            form.Tags = string.Join(", ", tags);
        }
        if (replace || input.Authors is not null)
        {
            var wanted = Slugs(input.Authors);
            var found = await db.Authors.Where(a => wanted.Contains(a.Slug)).ToDictionaryAsync(a => a.Slug, a => a.Id, cancellationToken);
            if (wanted.FirstOrDefault(slug => !found.ContainsKey(slug)) is { } unknown)
            {
                Fail("authors", $"No author has the slug «{unknown}».");
            }
            else if (wanted.Count > ArticleForm.MaxAuthors)
            {
                Fail("authors", $"At most {ArticleForm.MaxAuthors} authors.");
            }
            form.AuthorIds = [.. wanted.Where(found.ContainsKey).Select(slug => (int?)found[slug])];
        }
        if (replace || input.Labels is not null)
        {
            var wanted = Slugs(input.Labels);
            var found = await db.Labels.Where(l => wanted.Contains(l.Slug)).ToDictionaryAsync(l => l.Slug, l => l.Id, cancellationToken);
            if (wanted.FirstOrDefault(slug => !found.ContainsKey(slug)) is { } unknown)
            {
                Fail("labels", $"No label has the slug «{unknown}».");
            }
            form.LabelIds = [.. wanted.Where(found.ContainsKey).Select(slug => found[slug])];
        }
        if (replace || input.Source is not null)
        {
            ApplySource(form, input.Source, Fail);
        }
        return errors;
    }

    private static void ApplySource(ArticleForm form, AdminSourceInput? source, Action<string, string> fail)
    {
        form.OutletId = null;
        form.NewOutletName = source?.Outlet?.Trim() ?? "";
        form.OriginalHeadline = source?.Headline?.Trim() ?? "";
        form.OriginalUrl = source?.Url?.Trim() ?? "";
        form.OriginalPublishedAt = source?.PublishedAt?.UtcDateTime;
        form.OriginalLanguage = source?.Language?.Trim() ?? "en";
        if (source is null)
        {
            return;
        }
        if (form.NewOutletName.Length == 0)
        {
            fail("source.outlet", "The outlet's name is required.");
        }
        if (form.OriginalHeadline.Length == 0)
        {
            fail("source.headline", "The original headline is required.");
        }
        if (!Uri.TryCreate(form.OriginalUrl, UriKind.Absolute, out var url) || url.Scheme is not ("http" or "https"))
        {
            fail("source.url", "The original's address, http or https, is required.");
        }
    }

    private static List<string> Slugs(IReadOnlyList<string>? names) =>
        [.. (names ?? []).Select(n => (n ?? "").Trim()).Where(n => n.Length > 0).Distinct(StringComparer.Ordinal)];
}
