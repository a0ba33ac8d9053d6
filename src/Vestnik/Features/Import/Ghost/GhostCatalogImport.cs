using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Vestnik.Data;
using Vestnik.Features.Import.Conversion;

namespace Vestnik.Features.Import.Ghost;

/// <summary>
/// The first pass over a Ghost export: reads its version, users, tags and the tables that tie posts to tags, authors
/// and feature-image words, then makes the bylines (with staff accounts), tags and sections in one transaction.
/// A post's primary tag (its first public one, as in Ghost's themes) is also its section. Internal <c>#tags</c> are
/// Ghost's own switches and are not imported. Posts themselves are not read here.
/// </summary>
public sealed class GhostCatalogImport(VestnikDbContext db, ImportCatalog catalogRows)
{
    private const string Source = ImportSources.Ghost;

    private static readonly HashSet<string> Tables = new(StringComparer.Ordinal)
    {
        GhostExportReader.Meta, "users", "tags", "posts_tags", "posts_authors", "posts_meta",
    };

    /// <summary>The export's catalog; null with <see cref="ImportReport.FatalError"/> set when the file is not an export we read.</summary>
    public async Task<GhostCatalog?> RunAsync(GhostImportOptions options, ImportReport report, IProgress<ImportProgress>? progress, CancellationToken cancellationToken)
    {
        var catalog = new GhostCatalog();
        var users = new Dictionary<string, ImportCatalog.Person>(StringComparer.Ordinal);
        var userSlugs = new Dictionary<string, string>(StringComparer.Ordinal);
        var primaryTags = new HashSet<string>(StringComparer.Ordinal);
        var tagLinks = new List<(string Post, string Tag, int Order)>();
        var authorLinks = new List<(string Post, string User, int Order)>();
        var metaSeen = false;

        await using (var file = File.OpenRead(options.File))
        {
            var rows = 0;
            foreach (var row in GhostExportReader.Read(file, Tables.Contains))
            {
                var value = row.Value;
                switch (row.Table)
                {
                    case GhostExportReader.Meta:
                        metaSeen = true;
                        catalog.Version = GhostCards.Text(value, "version");
                        break;
                    case "users" when Field(value, "id") is { Length: > 0 } id:
                        var name = GhostCards.Text(value, "name").Trim();
                        var slug = GhostCards.Text(value, "slug");
                        users[id] = new ImportCatalog.Person(id, name.Length > 0 ? name : slug.Length > 0 ? slug : "Ghost", GhostCards.Text(value, "email"), $"user {(slug.Length > 0 ? slug : id)}");
                        userSlugs[id] = slug;
                        break;
                    case "tags" when Field(value, "id") is { Length: > 0 } id:
                        var tagName = GhostCards.Text(value, "name").Trim();
                        var tagSlug = GhostCards.Text(value, "slug");
                        catalog.Tags[id] = new GhostCatalog.GhostTag(tagSlug.Length > 0 ? tagSlug : tagName, tagName,
                            GhostCards.Text(value, "visibility") == "internal" || tagName.StartsWith('#'));
                        break;
                    case "posts_tags":
                        tagLinks.Add((Field(value, "post_id"), Field(value, "tag_id"), Order(value)));
                        break;
                    case "posts_authors":
                        authorLinks.Add((Field(value, "post_id"), Field(value, "author_id"), Order(value)));
                        break;
                    case "posts_meta" when Field(value, "post_id") is { Length: > 0 } post:
                        catalog.FeatureImages[post] = (GhostCards.Text(value, "feature_image_alt"), GhostCards.Text(value, "feature_image_caption"));
                        break;
                }
                if (++rows % 500 == 0)
                {
                    progress?.Report(new ImportProgress("catalog", file.Position, file.Length, rows));
                }
            }
        }
        if (!metaSeen || !IsSupported(catalog.Version))
        {
            report.FatalError = metaSeen
                ? $"Ghost {(catalog.Version.Length == 0 ? "of an unknown version" : catalog.Version)} wrote this export; exports of Ghost 5 and 6 are read"
                : "The file is JSON but not a Ghost export: it has no \"meta\" with the version";
            return null;
        }

        foreach (var (post, tags) in Grouped(tagLinks))
        {
            catalog.TagsOfPost[post] = tags;
            if (tags.FirstOrDefault(t => catalog.Tags.TryGetValue(t, out var tag) && !tag.Internal) is { } primary)
            {
                primaryTags.Add(primary);
            }
        }
        foreach (var (post, authors) in Grouped(authorLinks))
        {
            catalog.AuthorsOfPost[post] = authors;
        }

        await ImportTransaction.RunAsync(db, async () =>
        {
            foreach (var (id, person) in users)
            {
                var byline = await catalogRows.BylineAsync(Source, person, report, cancellationToken);
                catalog.BylinesByUser[id] = byline;
                if (userSlugs[id].Length > 0)
                {
                    await catalogRows.OldAddressAsync($"/author/{userSlugs[id]}", a => a.AuthorId = byline, cancellationToken);
                }
            }
            foreach (var (id, tag) in catalog.Tags.Where(t => !t.Value.Internal && t.Value.Slug.Length > 0))
            {
                if (primaryTags.Contains(id))
                {
                    tag.SectionId = await catalogRows.SectionAsync(Source, tag.Slug, tag.Name.Length > 0 ? tag.Name : tag.Slug, cancellationToken);
                }
                tag.TagId = await catalogRows.TagAsync(Source, tag.Slug, tag.Name.Length > 0 ? tag.Name : tag.Slug, cancellationToken);
                if (tag.TagId is { } tagId)
                {
                    await catalogRows.OldAddressAsync($"/tag/{tag.Slug}", a => a.TagId = tagId, cancellationToken);
                }
            }
            catalog.FallbackSectionId = await db.Sections.OrderBy(s => s.Position).ThenBy(s => s.Id).Select(s => (int?)s.Id).FirstOrDefaultAsync(cancellationToken);
        }, cancellationToken);
        return catalog;
    }

    /// <summary>Ghost 5 and 6 write the tables read here; older exports differ in ways not handled.</summary>
    public static bool IsSupported(string version) => version.StartsWith("5.", StringComparison.Ordinal) || version.StartsWith("6.", StringComparison.Ordinal);

    private static IEnumerable<(string Post, List<string> Targets)> Grouped(List<(string Post, string Target, int Order)> links) =>
        links.Where(l => l.Post.Length > 0 && l.Target.Length > 0)
            .GroupBy(l => l.Post, StringComparer.Ordinal)
            .Select(g => (g.Key, g.OrderBy(l => l.Order).Select(l => l.Target).Distinct(StringComparer.Ordinal).ToList()));

    /// <summary>An id or key: Ghost writes them as strings (24 hex digits); a number is read as its digits.</summary>
    public static string Field(JsonElement row, string name) =>
        row.ValueKind == JsonValueKind.Object && row.TryGetProperty(name, out var value)
            ? value.ValueKind switch
            {
                JsonValueKind.String => value.GetString() ?? "",
                JsonValueKind.Number => value.GetRawText(),
                _ => "",
            }
            : "";

    private static int Order(JsonElement row) =>
        row.TryGetProperty("sort_order", out var order) && order.ValueKind == JsonValueKind.Number && order.TryGetInt32(out var value) ? value : 0;
}
