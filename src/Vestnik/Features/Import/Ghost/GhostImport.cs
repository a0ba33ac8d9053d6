using System.Text.Json;
using Vestnik.Data;
using Vestnik.Features.Articles.Model;

namespace Vestnik.Features.Import.Ghost;

/// <summary>
/// Imports a Ghost JSON export: a first pass makes the catalog (<see cref="GhostCatalogImport"/>), a second reads
/// the posts one at a time and writes them in batches, each in one transaction. Importing the same file again changes
/// nothing; a newer export updates what changed. The published counts of tags and bylines are recounted at the end.
/// </summary>
public sealed class GhostImport(VestnikDbContext db, GhostCatalogImport catalogImport, GhostPosts posts, ImportedRecords records)
{
    public async Task<ImportReport> RunAsync(GhostImportOptions options, IProgress<ImportProgress>? progress, CancellationToken cancellationToken)
    {
        var report = new ImportReport { DryRun = options.DryRun };
        // A dry run does everything inside one transaction and rolls it back: the batches join it.
        var dryRun = options.DryRun ? await db.Database.BeginTransactionAsync(cancellationToken) : null;
        await using (dryRun)
        {
            try
            {
                if (await catalogImport.RunAsync(options, report, progress, cancellationToken) is { } catalog)
                {
                    await PostsAsync(options, catalog, report, progress, cancellationToken);
                    await PublishedCounts.RecountAsync(db, cancellationToken);
                }
            }
            catch (JsonException malformed)
            {
                report.FatalError = $"The file is not a readable Ghost export: {malformed.Message}";
            }
            if (dryRun is not null)
            {
                await dryRun.RollbackAsync(cancellationToken);
            }
        }
        return report;
    }

    private async Task PostsAsync(GhostImportOptions options, GhostCatalog catalog, ImportReport report, IProgress<ImportProgress>? progress, CancellationToken cancellationToken)
    {
        await using var file = File.OpenRead(options.File);
        var batch = new List<GhostPost>(options.BatchSize);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var items = 0;
        foreach (var row in GhostExportReader.Read(file, table => table == "posts"))
        {
            var post = GhostPost.Of(row.Value);
            items++;
            if (!GhostPosts.IsArticle(post, options))
            {
                report.Ignore(post.Type.Length == 0 ? "(no type)" : post.Type);
                continue;
            }
            if (post.Id.Length == 0 || !seen.Add(post.Id))
            {
                report.Skip($"post {post.Slug}", post.Id.Length == 0 ? "no id" : $"a second post with the id {post.Id}");
                continue;
            }
            batch.Add(post);
            if (batch.Count == options.BatchSize)
            {
                await BatchAsync(batch, catalog, options, report, cancellationToken);
                batch.Clear();
                progress?.Report(new ImportProgress("posts", file.Position, file.Length, items));
            }
        }
        await BatchAsync(batch, catalog, options, report, cancellationToken);
        progress?.Report(new ImportProgress("posts", file.Length, file.Length, items));
    }

    private Task BatchAsync(List<GhostPost> batch, GhostCatalog catalog, GhostImportOptions options, ImportReport report, CancellationToken cancellationToken) =>
        ImportTransaction.BatchAsync(db, records, ImportSources.Ghost, batch, post => post.Id,
            post => $"post {post.Slug} «{ImportTransaction.Shorten(post.Title)}»",
            async (post, record, skip) =>
                (await posts.ImportAsync(post, record, catalog, options, report, skip, cancellationToken))?.Outcome,
            report, cancellationToken);
}
