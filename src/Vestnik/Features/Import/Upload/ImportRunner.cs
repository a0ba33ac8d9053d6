using Microsoft.EntityFrameworkCore;
using Vestnik.Data;
using Vestnik.Features.Import.Ghost;
using Vestnik.Features.Import.WordPress;

namespace Vestnik.Features.Import.Upload;

/// <summary>
/// Runs queued imports one at a time, oldest first, through the same importer the <c>import</c> command uses, and
/// keeps each one's report on its row. Called by <see cref="ImportRunJob"/> under the cluster lease, so a run found
/// still "running" here was left by a node that stopped: it is failed with that reason. The upload's folder is
/// deleted when its run ends, however it ends.
/// </summary>
public sealed class ImportRunner(VestnikDbContext db, IServiceScopeFactory scopes, ImportUploads uploads, TimeProvider clock, ILogger<ImportRunner> logger)
{
    /// <summary>Imports the oldest queued run; false when none was waiting.</summary>
    public async Task<bool> RunNextAsync(CancellationToken cancellationToken)
    {
        await FailInterruptedAsync(cancellationToken);
        var run = await db.Set<ImportRun>().Where(r => r.State == ImportRunState.Queued).OrderBy(r => r.Id).FirstOrDefaultAsync(cancellationToken);
        if (run is null)
        {
            return false;
        }
        run.Start(clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        try
        {
            var progress = new ImportRunProgress(run.Id, scopes, clock, logger);
            ImportReport report;
            await using (progress)
            {
                using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, progress.LeaseLost);
                report = await ImportAsync(run, progress, stop.Token);
            }
            run.Finish(report, clock.GetUtcNow());
        }
        catch (OperationCanceledException)
        {
            // Stopped by the host's shutdown or by the loss of the lease: the run cannot go on from where it was.
            run.Fail(ImportRunFailure.Interrupted, null, clock.GetUtcNow());
        }
        catch (Exception exception)
        {
            logger.LogError(exception, "Import run {Run} broke", run.Id);
            run.Fail(ImportRunFailure.Broken, exception.Message, clock.GetUtcNow());
        }
        finally
        {
            uploads.Delete(run.Folder);
        }
        // The outcome is written even while the host stops, or the run would stay "running" until the next start.
        await db.SaveChangesAsync(CancellationToken.None);
        return true;
    }

    /// <summary>
    /// The importer of each source. Each gets a scope of its own: importers clear their context between items, which
    /// must not detach the run tracked here.
    /// </summary>
    private async Task<ImportReport> ImportAsync(ImportRun run, IProgress<ImportProgress> progress, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var folder = uploads.FolderOf(run.Folder);
        var export = Path.Combine(folder, run.ExportFile);
        var media = run.MediaFolder is null ? null : Path.Combine(folder, run.MediaFolder);
        return run.Source switch
        {
            ImportRunSource.WordPress => await scope.ServiceProvider.GetRequiredService<WordPressImport>().RunAsync(
                new WordPressImportOptions(export, media, run.DryRun, run.IncludePages), progress, cancellationToken),
            ImportRunSource.Ghost => await scope.ServiceProvider.GetRequiredService<GhostImport>().RunAsync(
                new GhostImportOptions(export, media, SiteUrl: null, run.DryRun, run.IncludePages), progress, cancellationToken),
            _ => throw new ArgumentOutOfRangeException(nameof(run), run.Source, null),
        };
    }

    private async Task FailInterruptedAsync(CancellationToken cancellationToken)
    {
        var interrupted = await db.Set<ImportRun>().Where(r => r.State == ImportRunState.Running).ToListAsync(cancellationToken);
        foreach (var run in interrupted)
        {
            logger.LogWarning("Import run {Run} was left running by a node that stopped; it is marked failed", run.Id);
            run.Fail(ImportRunFailure.Interrupted, null, clock.GetUtcNow());
            uploads.Delete(run.Folder);
        }
        await db.SaveChangesAsync(cancellationToken);
    }
}
