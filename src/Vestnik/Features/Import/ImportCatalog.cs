using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Vestnik.Data;
using Vestnik.Features.Accounts;
using Vestnik.Features.Articles.Model;
using Vestnik.Features.Import.Conversion;
using Vestnik.Infrastructure.Text;

namespace Vestnik.Features.Import;

/// <summary>
/// The rows an archive's catalog becomes here, whatever system it comes from: bylines (with staff accounts without
/// passwords), sections and tags, each found again through its <see cref="ImportedRecord"/> on a second import, and
/// the old addresses of their pages.
/// </summary>
public sealed class ImportCatalog(VestnikDbContext db, ImportedRecords records, UserManager<AppUser> users)
{
    /// <summary>An author of the old site as the source describes them.</summary>
    /// <param name="SourceId">The source's own key (a WordPress login, a Ghost user id).</param>
    /// <param name="Email">Empty when the source has none: a byline without an account.</param>
    /// <param name="Declared">Listed among the source's users (not only named by a post): one without an e-mail address is reported.</param>
    public sealed record Person(string SourceId, string Name, string Email, string Label, bool Declared = true);

    /// <summary>
    /// The byline of an author. One with an e-mail address also gets a staff account (role Author) without a
    /// password, so nobody signs in as them until an admin sends a reset; an existing account with that address is
    /// linked instead of doubled.
    /// </summary>
    public async Task<int> BylineAsync(string source, Person person, ImportReport report, CancellationToken cancellationToken)
    {
        if (await records.FindAsync(source, ImportedKinds.Author, person.SourceId, cancellationToken) is { } known)
        {
            return (int)known.TargetId;
        }
        var name = Cut(person.Name, 200);
        if (person.Declared && person.Email.Trim().Length == 0)
        {
            report.Warn(person.Label, "no e-mail address: a byline without an account");
        }
        var account = person.Email.Trim().Length == 0 ? null : await AccountAsync(person, name, report, cancellationToken);
        var byline = account is null ? null : await db.Authors.FirstOrDefaultAsync(a => a.UserId == account.Id, cancellationToken);
        if (byline is null)
        {
            byline = new Author { Name = name, Slug = await UniqueAsync(Transliteration.ToSlug(name) is { Length: > 0 } s ? s : "author", 120, slug => db.Authors.AnyAsync(a => a.Slug == slug, cancellationToken)), UserId = account?.Id };
            db.Authors.Add(byline);
            await db.SaveChangesAsync(cancellationToken);
        }
        records.Add(source, ImportedKinds.Author, person.SourceId, byline.Id);
        await db.SaveChangesAsync(cancellationToken);
        return byline.Id;
    }

    private async Task<AppUser?> AccountAsync(Person person, string name, ImportReport report, CancellationToken cancellationToken)
    {
        var email = person.Email.Trim();
        if (await users.FindByEmailAsync(email) is { } existing)
        {
            return existing;
        }
        cancellationToken.ThrowIfCancellationRequested();
        var account = new AppUser { UserName = email, Email = email, DisplayName = name };
        var created = await users.CreateAsync(account);
        if (!created.Succeeded)
        {
            report.Warn(person.Label, string.Join("; ", created.Errors.Select(e => e.Description)) + ": a byline without an account");
            return null;
        }
        var role = await users.AddToRoleAsync(account, Roles.Author);
        if (!role.Succeeded)
        {
            report.Warn(person.Label, string.Join("; ", role.Errors.Select(e => e.Description)));
        }
        return account;
    }

    /// <summary>The section of a source's category (its slug romanized), made on first sight.</summary>
    public async Task<int> SectionAsync(string source, string sourceSlug, string name, CancellationToken cancellationToken)
    {
        if (await records.FindAsync(source, ImportedKinds.Section, sourceSlug, cancellationToken) is { } known)
        {
            return (int)known.TargetId;
        }
        var slug = Cut(Transliteration.ToSlug(sourceSlug) is { Length: > 0 } fromSlug ? fromSlug : Transliteration.ToSlug(name), 80).TrimEnd('-');
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
        records.Add(source, ImportedKinds.Section, sourceSlug, section.Id);
        await db.SaveChangesAsync(cancellationToken);
        return section.Id;
    }

    /// <summary>The tag of a source's tag (its name romanized), made on first sight; null when the name has no letters to make a slug of.</summary>
    public async Task<int?> TagAsync(string source, string sourceSlug, string name, CancellationToken cancellationToken)
    {
        if (await records.FindAsync(source, ImportedKinds.Tag, sourceSlug, cancellationToken) is { } known)
        {
            return (int)known.TargetId;
        }
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
        records.Add(source, ImportedKinds.Tag, sourceSlug, tag.Id);
        await db.SaveChangesAsync(cancellationToken);
        return tag.Id;
    }

    /// <summary>Keeps an old page address of a catalog entry (a category, tag or author page) unless it is already kept.</summary>
    public async Task OldAddressAsync(string path, Action<OldAddress> target, CancellationToken cancellationToken)
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
