using Vestnik.Data;

namespace Vestnik.Features.Import;

/// <summary>
/// The transactions of an import: one per batch, and inside it a savepoint per item, so a failing item is rolled back
/// alone and a batch is never half-written. A dry run holds one transaction over the whole run and rolls it back;
/// its batches then join it.
/// </summary>
public static class ImportTransaction
{
    private const string ItemSavepoint = "import_item";

    public static async Task RunAsync(VestnikDbContext db, Func<Task> work, CancellationToken cancellationToken)
    {
        if (db.Database.CurrentTransaction is not null)
        {
            await work();
            return;
        }
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await work();
        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>
    /// One batch of a source's posts: what earlier runs made of them read once, then each post in a savepoint of its
    /// own, its outcome counted, or its reason for being skipped (or its failure) reported under its name.
    /// </summary>
    public static async Task BatchAsync<TItem>(
        VestnikDbContext db, ImportedRecords records, string source, IReadOnlyList<TItem> batch, Func<TItem, string> idOf,
        Func<TItem, string> nameOf, Func<TItem, ImportedRecord?, Action<string>, Task<ImportOutcome?>> import, ImportReport report,
        CancellationToken cancellationToken)
    {
        if (batch.Count == 0)
        {
            return;
        }
        await RunAsync(db, async () =>
        {
            // Read once for the batch; each item's end clears the context, so an updated record is attached again.
            var known = await records.FindManyAsync(source, ImportedKinds.Article, batch.Select(idOf).Distinct().ToList(), cancellationToken);
            foreach (var item in batch)
            {
                var name = nameOf(item);
                await ItemAsync(db, async () =>
                {
                    string? reason = null;
                    if (await import(item, known.GetValueOrDefault(idOf(item)), why => reason = why) is not { } outcome)
                    {
                        report.Skip(name, reason ?? "not imported");
                        return false;
                    }
                    report.Count(outcome);
                    return true;
                }, problem => report.Skip(name, problem.Message), cancellationToken);
            }
        }, cancellationToken);
    }

    /// <summary>A title short enough to name an item in a report.</summary>
    public static string Shorten(string title) => title.Length > 60 ? title[..60] + "…" : title;

    /// <summary>Runs one item inside the batch's transaction; false (and nothing of it left) when it failed.</summary>
    public static async Task<bool> ItemAsync(VestnikDbContext db, Func<Task<bool>> work, Action<Exception> failed, CancellationToken cancellationToken)
    {
        var transaction = db.Database.CurrentTransaction ?? throw new InvalidOperationException("An item runs inside its batch's transaction.");
        await transaction.CreateSavepointAsync(ItemSavepoint, cancellationToken);
        bool done;
        try
        {
            done = await work();
        }
        catch (Exception problem) when (problem is not OperationCanceledException)
        {
            failed(problem);
            done = false;
        }
        if (!done)
        {
            await transaction.RollbackToSavepointAsync(ItemSavepoint, cancellationToken);
        }
        await transaction.ReleaseSavepointAsync(ItemSavepoint, cancellationToken);
        // Written or rolled back, the item is done with: a context that kept every item of the batch would scan them
        // all on each save, and a failed item's entities must not be saved by the next one.
        db.ChangeTracker.Clear();
        return done;
    }
}
