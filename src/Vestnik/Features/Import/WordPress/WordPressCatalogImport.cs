using Microsoft.EntityFrameworkCore;
using Vestnik.Data;
using Vestnik.Features.Import.Conversion;

namespace Vestnik.Features.Import.WordPress;

/// <summary>
/// The first pass over an export: reads the authors, categories, tags and attachments (and the authors and terms
/// the posts use without declaring them), then makes the bylines, staff accounts, sections and tags in one
/// transaction. Only the catalog is held in memory, never a post.
/// </summary>
public sealed class WordPressCatalogImport(VestnikDbContext db, ImportCatalog catalogRows)
{
    private const string Source = ImportSources.WordPress;
    private const string NoAuthor = "(none)";

    public async Task<WordPressCatalog> RunAsync(WordPressImportOptions options, ImportReport report, IProgress<ImportProgress>? progress, CancellationToken cancellationToken)
    {
        var catalog = new WordPressCatalog();
        var authors = new Dictionary<string, WxrAuthor>(StringComparer.Ordinal);
        var categories = new Dictionary<string, string>(StringComparer.Ordinal);
        var tags = new Dictionary<string, string>(StringComparer.Ordinal);
        var creators = new HashSet<string>(StringComparer.Ordinal);

        await using (var file = File.OpenRead(options.File))
        {
            var items = 0;
            foreach (var entry in WxrReader.Read(file))
            {
                switch (entry)
                {
                    case WxrSite site:
                        catalog.Site = site;
                        break;
                    case WxrAuthor author when author.Login.Length > 0:
                        authors.TryAdd(author.Login, author);
                        break;
                    case WxrTerm term:
                        Remember(term, categories, tags);
                        break;
                    case WxrItem { Type: "attachment" } attachment when attachment.AttachmentUrl.Length > 0:
                        catalog.Attachments[attachment.Id] = new WordPressCatalog.Attachment(
                            attachment.AttachmentUrl, attachment.ImageAlt ?? "", PlainText.Of(attachment.Excerpt));
                        break;
                    case WxrItem item when WordPressPosts.IsArticle(item, options):
                        creators.Add(item.Creator.Length == 0 ? NoAuthor : item.Creator);
                        foreach (var term in item.Terms)
                        {
                            Remember(term, categories, tags);
                        }
                        break;
                }
                if (entry is WxrItem && ++items % 500 == 0)
                {
                    progress?.Report(new ImportProgress("catalog", file.Position, file.Length, items));
                }
            }
        }

        await ImportTransaction.RunAsync(db, async () =>
        {
            foreach (var login in creators.Concat(authors.Keys).Distinct(StringComparer.Ordinal))
            {
                var id = await BylineAsync(login, authors.GetValueOrDefault(login), catalog.Site, report, cancellationToken);
                if (login == NoAuthor)
                {
                    catalog.FallbackAuthorId = id;
                }
                else
                {
                    catalog.AuthorsByLogin[login] = id;
                }
            }
            foreach (var (slug, name) in categories)
            {
                catalog.SectionsBySlug[slug] = await SectionAsync(slug, name, catalog, cancellationToken);
            }
            foreach (var (slug, name) in tags)
            {
                if (await TagAsync(slug, name, catalog, cancellationToken) is { } tagId)
                {
                    catalog.TagsBySlug[slug] = tagId;
                }
            }
            catalog.FallbackSectionId = await db.Sections.OrderBy(s => s.Position).ThenBy(s => s.Id).Select(s => (int?)s.Id).FirstOrDefaultAsync(cancellationToken);
        }, cancellationToken);
        return catalog;
    }

    private static void Remember(WxrTerm term, Dictionary<string, string> categories, Dictionary<string, string> tags)
    {
        var slug = term.Slug.Length > 0 ? term.Slug : term.Name.Trim();
        if (slug.Length > 0)
        {
            (term.Kind == WxrTermKind.Category ? categories : tags).TryAdd(slug, term.Name.Trim().Length > 0 ? term.Name.Trim() : slug);
        }
    }

    private async Task<int> BylineAsync(string login, WxrAuthor? declared, WxrSite site, ImportReport report, CancellationToken cancellationToken)
    {
        var name = PlainText.Decode(declared?.DisplayName is { Length: > 0 } display ? display : login == NoAuthor ? site.Title : login);
        var person = new ImportCatalog.Person(login, name.Length == 0 ? "WordPress" : name, declared?.Email ?? "", $"author {login}", declared is not null);
        return await catalogRows.BylineAsync(Source, person, report, cancellationToken);
    }

    private async Task<int> SectionAsync(string wpSlug, string name, WordPressCatalog catalog, CancellationToken cancellationToken)
    {
        var id = await catalogRows.SectionAsync(Source, wpSlug, name, cancellationToken);
        await catalogRows.OldAddressAsync($"{catalog.BasePath}/category/{wpSlug}", a => a.SectionId = id, cancellationToken);
        return id;
    }

    private async Task<int?> TagAsync(string wpSlug, string name, WordPressCatalog catalog, CancellationToken cancellationToken)
    {
        if (await catalogRows.TagAsync(Source, wpSlug, name, cancellationToken) is not { } id)
        {
            return null;
        }
        await catalogRows.OldAddressAsync($"{catalog.BasePath}/tag/{wpSlug}", a => a.TagId = id, cancellationToken);
        return id;
    }
}
