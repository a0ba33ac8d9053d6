using System.Text;
using System.Xml;
using Vestnik.Data;
using Vestnik.Features.Articles.Model;

namespace Vestnik.Features.Import.WordPress;

/// <summary>
/// Imports a WordPress export: a first pass makes the catalog (<see cref="WordPressCatalogImport"/>), a second reads
/// the posts one at a time and writes them in batches, each in one transaction, with their comments. Importing the
/// same file again changes nothing; a newer export updates what changed. The published counts of tags and bylines
/// are recounted at the end.
/// </summary>
public sealed class WordPressImport(VestnikDbContext db, WordPressCatalogImport catalogImport, WordPressPosts posts, WordPressComments comments, ImportedRecords records)
{
    public async Task<ImportReport> RunAsync(WordPressImportOptions options, IProgress<ImportProgress>? progress, CancellationToken cancellationToken)
    {
        var report = new ImportReport { DryRun = options.DryRun };
        // A dry run does everything inside one transaction and rolls it back: the batches join it.
        var dryRun = options.DryRun ? await db.Database.BeginTransactionAsync(cancellationToken) : null;
        await using (dryRun)
        {
            try
            {
                var catalog = await catalogImport.RunAsync(options, report, progress, cancellationToken);
                await PostsAsync(options, catalog, report, progress, cancellationToken);
                await PublishedCounts.RecountAsync(db, cancellationToken);
            }
            catch (XmlException malformed)
            {
                report.FatalError = $"The file is not a readable WordPress export: {malformed.Message}";
            }
            catch (DecoderFallbackException wrongEncoding)
            {
                report.FatalError = $"The file is not in the encoding it declares: {wrongEncoding.Message}";
            }
            if (dryRun is not null)
            {
                await dryRun.RollbackAsync(cancellationToken);
            }
        }
        return report;
    }

    private async Task PostsAsync(WordPressImportOptions options, WordPressCatalog catalog, ImportReport report, IProgress<ImportProgress>? progress, CancellationToken cancellationToken)
    {
        await using var file = File.OpenRead(options.File);
        var batch = new List<WxrItem>(options.BatchSize);
        var items = 0;
        foreach (var entry in WxrReader.Read(file))
        {
            if (entry is not WxrItem item)
            {
                continue;
            }
            items++;
            if (!WordPressPosts.IsArticle(item, options))
            {
                if (item.Type != "attachment")
                {
                    report.Ignore(item.Type.Length == 0 ? "(no type)" : item.Type);
                }
                continue;
            }
            batch.Add(item);
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

    private Task BatchAsync(List<WxrItem> batch, WordPressCatalog catalog, WordPressImportOptions options, ImportReport report, CancellationToken cancellationToken) =>
        ImportTransaction.BatchAsync(db, records, ImportSources.WordPress, batch, item => item.Id,
            item => $"post {item.Id} «{ImportTransaction.Shorten(item.Title)}»",
            async (item, record, skip) =>
            {
                if (await posts.ImportAsync(item, record, catalog, options, report, skip, cancellationToken) is not { } article)
                {
                    return null;
                }
                await comments.ImportAsync(item, article.ArticleId, article.Outcome == ImportOutcome.Imported, report, cancellationToken);
                return article.Outcome;
            }, report, cancellationToken);
}
