using Microsoft.EntityFrameworkCore;
using Vestnik.Data;

namespace Vestnik.Features.Import;

/// <summary>Reads and writes <see cref="ImportedRecord"/>s of one source.</summary>
public sealed class ImportedRecords(VestnikDbContext db)
{
    public Task<ImportedRecord?> FindAsync(string source, string kind, string sourceId, CancellationToken cancellationToken) =>
        db.Set<ImportedRecord>().FirstOrDefaultAsync(r => r.Source == source && r.Kind == kind && r.SourceId == sourceId, cancellationToken);

    /// <summary>The records of many source ids at once (a batch's articles, a post's comments).</summary>
    public async Task<Dictionary<string, ImportedRecord>> FindManyAsync(string source, string kind, IReadOnlyCollection<string> sourceIds, CancellationToken cancellationToken)
    {
        if (sourceIds.Count == 0)
        {
            return new Dictionary<string, ImportedRecord>(StringComparer.Ordinal);
        }
        var records = await db.Set<ImportedRecord>().Where(r => r.Source == source && r.Kind == kind && sourceIds.Contains(r.SourceId))
            .ToListAsync(cancellationToken);
        return records.ToDictionary(r => r.SourceId, StringComparer.Ordinal);
    }

    /// <summary>Every record of a kind as source id → target id (the catalog: sections, tags, bylines).</summary>
    public Task<Dictionary<string, long>> TargetsAsync(string source, string kind, CancellationToken cancellationToken) =>
        db.Set<ImportedRecord>().AsNoTracking().Where(r => r.Source == source && r.Kind == kind)
            .ToDictionaryAsync(r => r.SourceId, r => r.TargetId, StringComparer.Ordinal, cancellationToken);

    public ImportedRecord Add(string source, string kind, string sourceId, long targetId, string hash = "")
    {
        var record = new ImportedRecord { Source = source, Kind = kind, SourceId = sourceId, TargetId = targetId, ContentHash = hash };
        db.Add(record);
        return record;
    }
}
