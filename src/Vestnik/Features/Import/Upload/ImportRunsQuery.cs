using Microsoft.EntityFrameworkCore;
using Vestnik.Data;

namespace Vestnik.Features.Import.Upload;

/// <summary>How far a run is, as the page's script polls it.</summary>
public sealed record ImportRunStatus(long Id, string State, bool Over, long Value, long Max, string Text);

/// <summary>The import page's reads: a run with its report lines, the history, and a run's status for polling.</summary>
public sealed class ImportRunsQuery(VestnikDbContext db)
{
    public const int HistorySize = 20;

    /// <summary>The run asked for, or the latest one; with its report lines.</summary>
    public Task<ImportRun?> FindAsync(long? id, CancellationToken cancellationToken) =>
        db.Set<ImportRun>().AsNoTracking()
            .Where(r => id == null || r.Id == id)
            .OrderByDescending(r => r.Id)
            .Include(r => r.Lines.OrderBy(l => l.Id))
            .FirstOrDefaultAsync(cancellationToken);

    public Task<List<ImportRun>> HistoryAsync(CancellationToken cancellationToken) =>
        db.Set<ImportRun>().AsNoTracking().OrderByDescending(r => r.Id).Take(HistorySize).ToListAsync(cancellationToken);

    public async Task<ImportRunStatus?> StatusAsync(long id, ImportText text, CancellationToken cancellationToken)
    {
        var run = await db.Set<ImportRun>().AsNoTracking()
            .Where(r => r.Id == id)
            .Select(r => new { r.Id, r.State, r.Phase, r.BytesRead, r.BytesTotal, r.Items })
            .FirstOrDefaultAsync(cancellationToken);
        if (run is null)
        {
            return null;
        }
        var (value, max) = Bar(run.State, run.BytesRead, run.BytesTotal);
        var words = run.State == ImportRunState.Running && run.Phase.Length > 0
            ? text.Progress(run.Phase, run.BytesRead, run.BytesTotal, run.Items)
            : text.StateName(run.State);
        return new ImportRunStatus(run.Id, run.State.ToString(), run.State is ImportRunState.Finished or ImportRunState.Failed, value, max, words);
    }

    /// <summary>The bar's value and maximum: the share of the file read in the current pass; full once the run finished.</summary>
    public static (long Value, long Max) Bar(ImportRunState state, long read, long total) => state switch
    {
        ImportRunState.Finished => (1, 1),
        _ when total == 0 => (0, 1),
        _ => (Math.Min(read, total), total),
    };
}
