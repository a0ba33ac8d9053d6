namespace Vestnik.Features.Import;

/// <summary>What an import run did: counts per kind and every item it skipped or warned about, with the reason.</summary>
public sealed class ImportReport
{
    /// <summary>Skipped items and warnings kept in full; beyond this only the counts grow, so a bad file stays cheap.</summary>
    public const int MaxListed = 1000;

    public int Imported { get; set; }
    public int Updated { get; set; }
    public int Unchanged { get; set; }
    public int CommentsImported { get; set; }
    public int CommentsUpdated { get; set; }
    public int ImagesImported { get; set; }
    public int Skipped { get; private set; }
    public int Warned { get; private set; }
    public bool DryRun { get; init; }

    /// <summary>Set when the run stopped before the end of the file; the batches before it are committed.</summary>
    public string? FatalError { get; set; }

    public List<(string Item, string Reason)> SkippedItems { get; } = [];
    public List<(string Item, string Warning)> Warnings { get; } = [];

    /// <summary>Things the export holds that are not articles here (menus, revisions, custom types), counted by kind.</summary>
    public Dictionary<string, int> IgnoredTypes { get; } = new(StringComparer.Ordinal);

    public void Skip(string item, string reason)
    {
        Skipped++;
        if (SkippedItems.Count < MaxListed)
        {
            SkippedItems.Add((item, reason));
        }
    }

    public void Warn(string item, string warning)
    {
        Warned++;
        if (Warnings.Count < MaxListed)
        {
            Warnings.Add((item, warning));
        }
    }

    public void Ignore(string type) => IgnoredTypes[type] = IgnoredTypes.GetValueOrDefault(type) + 1;

    public void Count(ImportOutcome outcome)
    {
        switch (outcome)
        {
            case ImportOutcome.Imported:
                Imported++;
                break;
            case ImportOutcome.Updated:
                Updated++;
                break;
            default:
                Unchanged++;
                break;
        }
    }
}

/// <summary>What became of one item of the source: new here, changed since the last run, or as it was.</summary>
public enum ImportOutcome
{
    Imported,
    Updated,
    Unchanged,
}

/// <summary>How far a run is: the phase and the share of the file read.</summary>
public sealed record ImportProgress(string Phase, long BytesRead, long BytesTotal, int Items);
