using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Vestnik.Data;
using Vestnik.Features.Accounts;
using Vestnik.Features.Articles.Model;
using Vestnik.Features.Import.Conversion;
using Vestnik.Infrastructure.Text;

namespace Vestnik.Features.Import.WordPress;

/// <summary>
/// The first pass over an export: reads the authors, categories, tags and attachments (and the authors and terms
/// the posts use without declaring them), then makes the bylines, staff accounts, sections and tags in one
/// transaction. Only the catalog is held in memory, never a post.
/// </summary>
public sealed class WordPressCatalogImport(VestnikDbContext db, ImportedRecords records, UserManager<AppUser> users)
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

    /// <summary>
    /// The byline of a WordPress login. A declared author with an e-mail address also gets a staff account (role
    /// Author) without a password, so nobody signs in as them until an admin sends a reset; an existing account with
    /// that address is linked instead of doubled.
    /// </summary>
    private async Task<int> BylineAsync(string login, WxrAuthor? declared, WxrSite site, ImportReport report, CancellationToken cancellationToken)
    {
        if (await records.FindAsync(Source, ImportedKinds.Author, login, cancellationToken) is { } known)
        {
            return (int)known.TargetId;
        }
        var name = Cut(PlainText.Decode(declared?.DisplayName is { Length: > 0 } display ? display : login == NoAuthor ? site.Title : login), 200);
        if (name.Length == 0)
        {
            name = "WordPress";
        }
        var account = declared is null ? null : await AccountAsync(declared, name, report, cancellationToken);
        var byline = account is null ? null : await db.Authors.FirstOrDefaultAsync(a => a.UserId == account.Id, cancellationToken);
        if (byline is null)
        {
            byline = new Author { Name = name, Slug = await UniqueAsync(Transliteration.ToSlug(name) is { Length: > 0 } s ? s : "author", 120, slug => db.Authors.AnyAsync(a => a.Slug == slug, cancellationToken)), UserId = account?.Id };
            db.Authors.Add(byline);
            await db.SaveChangesAsync(cancellationToken);
        }
        records.Add(Source, ImportedKinds.Author, login, byline.Id);
        await db.SaveChangesAsync(cancellationToken);
        return byline.Id;
    }

    private async Task<AppUser?> AccountAsync(WxrAuthor author, string name, ImportReport report, CancellationToken cancellationToken)
    {
        var email = author.Email.Trim();
        if (email.Length == 0)
        {
            report.Warn($"author {author.Login}", "no e-mail address: a byline without an account");
            return null;
        }
        if (await users.FindByEmailAsync(email) is { } existing)
        {
            return existing;
        }
        cancellationToken.ThrowIfCancellationRequested();
        var account = new AppUser { UserName = email, Email = email, DisplayName = name };
        var created = await users.CreateAsync(account);
        if (!created.Succeeded)
        {
            report.Warn($"author {author.Login}", string.Join("; ", created.Errors.Select(e => e.Description)) + ": a byline without an account");
            return null;
        }
        var role = await users.AddToRoleAsync(account, Roles.Author);
        if (!role.Succeeded)
        {
            report.Warn($"author {author.Login}", string.Join("; ", role.Errors.Select(e => e.Description)));
        }
        return account;
    }

    private async Task<int> SectionAsync(string wpSlug, string name, WordPressCatalog catalog, CancellationToken cancellationToken)
    {
        int id;
        if (await records.FindAsync(Source, ImportedKinds.Section, wpSlug, cancellationToken) is { } known)
        {
            id = (int)known.TargetId;
        }
        else
        {
            var slug = Cut(Transliteration.ToSlug(wpSlug) is { Length: > 0 } fromSlug ? fromSlug : Transliteration.ToSlug(name), 80).TrimEnd('-');
            slug = slug.Length == 0 ? "section" : slug;
            var section = await db.Sections.FirstOrDefaultAsync(s => s.Slug == slug, cancellationToken);
            if (section is null)
            {
                var position = await db.Sections.MaxAsync(s => (int?)s.Position, cancellationToken) ?? 0;
                var title = Cut(PlainText.Decode(name), 100);
                section = new Section { Slug = slug, NameRu = title, NameEn = title, Position = position + 1 };
                db.Sections.Add(section);
                await db.SaveChangesAsync(cancellationToken);
            }
            id = section.Id;
            records.Add(Source, ImportedKinds.Section, wpSlug, id);
        }
        await OldAddressesAsync($"{catalog.BasePath}/category/{wpSlug}", a => a.SectionId = id, cancellationToken);
        return id;
    }

    private async Task<int?> TagAsync(string wpSlug, string name, WordPressCatalog catalog, CancellationToken cancellationToken)
    {
        int id;
        if (await records.FindAsync(Source, ImportedKinds.Tag, wpSlug, cancellationToken) is { } known)
        {
            id = (int)known.TargetId;
        }
        else
        {
            var title = Cut(PlainText.Decode(name), 100);
            var slug = Cut(Transliteration.ToSlug(title), 120);
            if (slug.Length == 0)
            {
                return null;
            }
            var tag = await db.Tags.FirstOrDefaultAsync(t => t.Slug == slug, cancellationToken);
            if (tag is null)
            {
                tag = new Tag { Name = title, Slug = slug, Language = PlainText.LanguageOf(title) };
                db.Tags.Add(tag);
                await db.SaveChangesAsync(cancellationToken);
            }
            id = tag.Id;
            records.Add(Source, ImportedKinds.Tag, wpSlug, id);
        }
        await OldAddressesAsync($"{catalog.BasePath}/tag/{wpSlug}", a => a.TagId = id, cancellationToken);
        return id;
    }

    private async Task OldAddressesAsync(string path, Action<OldAddress> target, CancellationToken cancellationToken)
    {
        if (OldAddress.Normalize(path) is { } normalized && !await db.Set<OldAddress>().AnyAsync(a => a.Path == normalized, cancellationToken))
        {
            var address = new OldAddress { Path = normalized };
            target(address);
            db.Add(address);
        }
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>The slug, or the slug with "-2", "-3"… when it is taken.</summary>
    public static async Task<string> UniqueAsync(string wanted, int maxLength, Func<string, Task<bool>> taken)
    {
        var candidate = wanted;
        for (var suffix = 2; await taken(candidate); suffix++)
        {
            var tail = "-" + suffix.ToString(System.Globalization.CultureInfo.InvariantCulture);
            candidate = (wanted.Length + tail.Length > maxLength ? wanted[..(maxLength - tail.Length)].TrimEnd('-') : wanted) + tail;
        }
        return candidate;
    }

    private static string Cut(string text, int max) => text.Length > max ? text[..max].Trim() : text.Trim();
}
