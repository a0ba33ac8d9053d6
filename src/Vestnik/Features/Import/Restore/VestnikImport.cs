using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Vestnik.Data;
using Vestnik.Features.Articles.Model;
using Vestnik.Infrastructure;

namespace Vestnik.Features.Import.Restore;

/// <summary>
/// Restores a full export of a Vestnik site (docs/export.md) into an empty site, with every id, account, article,
/// comment and media file as it was: the way to move a site, from SQLite to PostgreSQL among others. A first pass
/// reads the whole file (its format and version, every object, the media manifest against the files), so a damaged
/// export is refused before anything is written; the second writes everything in one transaction, so a failure
/// leaves the site as empty as it was. The same export again changes nothing.
/// </summary>
public sealed class VestnikImport(VestnikDbContext db, RestoredArticles articles, ImportedRecords records, DataFolders folders)
{
    private const int RowsPerSave = 500;

    public async Task<ImportReport> RunAsync(string path, IProgress<ImportProgress>? progress, CancellationToken cancellationToken)
    {
        var report = new ImportReport();
        try
        {
            using var source = ExportSource.Open(path);
            var contents = ExportCheck.Read(source);
            if (await records.FindAsync(ImportSources.Vestnik, ImportedKinds.Export, contents.Hash, cancellationToken) is not null)
            {
                report.Unchanged = contents.Articles;
                return report;
            }
            if (await TargetSite.ContentAsync(db, folders.Media, cancellationToken) is { } content)
            {
                throw new ExportFileException($"This site is not empty: it holds {content}. An export is restored only into a new site " +
                    "(its database holding nothing but what the first start creates: the roles, the built-in labels and the admin account).");
            }
            var copied = new RestoredMediaFiles(folders.Media);
            try
            {
                await copied.CopyAsync(source, contents.MediaFiles, cancellationToken);
                await ImportTransaction.RunAsync(db, async () =>
                {
                    await TargetSite.ClearSeedAsync(db, cancellationToken);
                    await WriteAsync(source, contents, report, progress, cancellationToken);
                    records.Add(ImportSources.Vestnik, ImportedKinds.Export, contents.Hash, 0, contents.Hash);
                    await db.SaveChangesAsync(cancellationToken);
                    await PublishedCounts.RecountAsync(db, cancellationToken);
                }, cancellationToken);
            }
            catch
            {
                db.ChangeTracker.Clear();
                copied.Remove();
                throw;
            }
            await IdSequences.MovePastRestoredIdsAsync(db, cancellationToken);
            report.ImagesImported = contents.MediaAssets;
        }
        catch (ExportFileException refused)
        {
            report.FatalError = refused.Message;
        }
        catch (JsonException malformed)
        {
            report.FatalError = $"The export's JSON cannot be read at line {malformed.LineNumber + 1}, byte {malformed.BytePositionInLine + 1}: " +
                "the file is cut short or damaged.";
        }
        catch (Exception unreadable) when (unreadable is InvalidOperationException or FormatException)
        {
            report.FatalError = $"The export holds a value of the wrong type: {unreadable.Message}";
        }
        return report;
    }

    /// <summary>The second pass: the objects in the file's order, which is also the order their references need.</summary>
    private async Task WriteAsync(ExportSource source, ExportContents contents, ImportReport report, IProgress<ImportProgress>? progress, CancellationToken cancellationToken)
    {
        var roleIds = await db.Roles.AsNoTracking().ToDictionaryAsync(r => r.Name ?? "", r => r.Id, StringComparer.Ordinal, cancellationToken);
        using var json = new JsonStream(source.OpenJson());
        JsonDocument? site = null;
        var pending = 0;
        async Task SavedAsync()
        {
            if (++pending >= RowsPerSave)
            {
                await db.SaveChangesAsync(cancellationToken);
                db.ChangeTracker.Clear();
                pending = 0;
            }
        }

        json.Expect(JsonTokenType.StartObject, "The export");
        while (json.Read() == JsonTokenType.PropertyName)
        {
            var name = json.PropertyName!;
            if (name == "site")
            {
                // Its comment modes name sections and articles: written once they exist.
                site = json.ReadValue();
                continue;
            }
            if (name == "media")
            {
                json.Expect(JsonTokenType.StartObject, "media");
                while (json.Read() == JsonTokenType.PropertyName)
                {
                    if (json.PropertyName == "assets")
                    {
                        await EachAsync(json, "media.assets", async asset =>
                        {
                            RestoredRows.AddMediaAsset(db, asset);
                            await SavedAsync();
                        });
                    }
                    else
                    {
                        json.SkipValue();
                    }
                }
                continue;
            }
            Func<JsonElement, Task>? add = name switch
            {
                "sections" => row => Row(RestoredRows.AddSection, row),
                "tags" => row => Row(RestoredRows.AddTag, row),
                "labels" => row => Row(RestoredRows.AddLabel, row),
                "sourceOutlets" => row => Row(RestoredRows.AddOutlet, row),
                "authors" => row => Row(RestoredRows.AddAuthor, row),
                "staffAccounts" or "readerAccounts" => row => Row((db, account) => RestoredRows.AddAccount(db, account, roleIds), row),
                "oldAddresses" => row => Row(RestoredRows.AddOldAddress, row),
                "comments" => async row =>
                {
                    await Row(RestoredRows.AddComment, row);
                    report.CommentsImported++;
                },
                "articles" => async row =>
                {
                    // Everything before the articles is saved first: they point at sections, tags, labels and bylines.
                    await db.SaveChangesAsync(cancellationToken);
                    await articles.AddAsync(row, cancellationToken);
                    db.ChangeTracker.Clear();
                    pending = 0;
                    report.Imported++;
                    // The bar moves by articles here, not bytes: a zip entry's stream does not say where it is.
                    progress?.Report(new ImportProgress("articles", report.Imported, contents.Articles, report.Imported));
                },
                _ => null,
            };
            if (add is null)
            {
                json.SkipValue();
                continue;
            }
            await EachAsync(json, name, add);
        }
        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();
        await articles.LinkLaterTranslationsAsync(cancellationToken);
        using (site ?? throw new ExportFileException("The export lacks its \"site\" settings."))
        {
            foreach (var mode in site.RootElement.Array("commentModes"))
            {
                RestoredRows.AddCommentMode(db, mode);
            }
        }
        await db.SaveChangesAsync(cancellationToken);

        Task Row(Action<VestnikDbContext, JsonElement> write, JsonElement row)
        {
            write(db, row);
            return SavedAsync();
        }
    }

    private static async Task EachAsync(JsonStream json, string name, Func<JsonElement, Task> add)
    {
        json.Expect(JsonTokenType.StartArray, name);
        while (json.ReadValue() is { } element)
        {
            using (element)
            {
                await add(element.RootElement);
            }
        }
    }
}
